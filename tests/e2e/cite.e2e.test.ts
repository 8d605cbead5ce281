/**
 * Cite this event, as a reporter uses it: open an event's card, open "Cite this event", press
 * Copy and paste. What lands on the clipboard names the article, the paragraph a reader counts in
 * the original and a link that opens the same event — in English and in Spanish.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, openPage, startHarness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());

const EVENT = '2019-01-23-2019-01-26-nielsen-statement';
const TITLE = "Trump's war on immigrants escalates";

async function copied(path: string, button: string) {
  const opened = await openPage(h, path);
  const { page, context } = opened;
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(h.baseUrl).origin,
  });
  const card = page.locator('article.event-card');
  await card.waitFor({ timeout: 30_000 });
  await card
    .locator('summary')
    .filter({ hasText: /Cite this event|Citar este evento/ })
    .click();
  await card.getByRole('button', { name: button }).click();
  await card
    .getByRole('status')
    .filter({ hasText: /copied|copiada/ })
    .waitFor();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  return { ...opened, text };
}

describe('Cite this event', () => {
  it('copies a Chicago-style note with the article, its ¶ and a permalink that opens the event', async () => {
    const { text, page, context } = await copied(`?event=${EVENT}`, 'Copy note');
    expect(text).toContain(`Norisa Diaz, “${TITLE}:`);
    expect(text).toContain('World Socialist Web Site, January 26, 2019, par. 13');
    const permalink = `${h.baseUrl}?event=${EVENT}`;
    expect(text).toContain('cited in Frontera, “Nielsen says smugglers and traffickers');
    expect(text.endsWith(`${permalink}.`)).toBe(true);
    // The link opens the same event for whoever follows it.
    await page.goto(permalink);
    await expect
      .poll(() => page.locator('article.event-card h2').textContent(), { timeout: 30_000 })
      .toBe('Nielsen says smugglers and traffickers have exploited US immigration');
    await context.close();
  });

  it('copies a plain line in Spanish, the paragraph as ¶ and the link keeping the language', async () => {
    const { text, context } = await copied(`?event=${EVENT}&lang=es`, 'Copiar línea');
    expect(text).toContain(`Norisa Diaz, «${TITLE}:`);
    expect(text).toContain('World Socialist Web Site, 26 de enero de 2019, ¶ 13. Vía Frontera:');
    expect(text.endsWith(`${h.baseUrl}?event=${EVENT}&lang=es`)).toBe(true);
    await context.close();
  });
});
