/**
 * Story mode for a room, at projector size (1920×1080): the timeline's lane names, ticks and
 * mark titles read at 16 px or more, and every step's map is framed with its surroundings.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatasetSchema } from '../../src/data/schema';
import { ARTIFACTS, type Harness, openPage, ROOT, startHarness, waitForMap } from './harness';

const dataset = DatasetSchema.parse(
  JSON.parse(readFileSync(resolve(ROOT, 'public/data/frontera.json'), 'utf8')),
);
const narrative = dataset.narratives[0];
if (!narrative) throw new Error('no narrative in the dataset');

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('story mode on a projector', () => {
  it('draws the timeline text at 16 px or more at 1920×1080', async () => {
    const { page, context, errors } = await openPage(h, `?story=${narrative.id}:7`, {
      width: 1920,
      height: 1080,
    });
    await waitForMap(page);
    const sizes = await page.evaluate(() => {
      // SVG text: its CSS size times the drawing's scale (viewBox → screen).
      const px = (sel: string) =>
        [...document.querySelectorAll<SVGGraphicsElement>(sel)].map((el) => {
          const k = el.getScreenCTM()?.a ?? 1;
          return Number.parseFloat(getComputedStyle(el).fontSize) * k;
        });
      // Mark titles are 11 px in drawing units; the marks canvas shares the drawing's scale.
      const svg = document.querySelector<SVGSVGElement>('.timeline-svg');
      const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="timeline-marks"]');
      const k = svg ? svg.getBoundingClientRect().width / svg.viewBox.baseVal.width : 0;
      return {
        lanes: px('.lane-label'),
        ticks: px('.timeline-axis text'),
        marks: 11 * k,
        sameScale:
          Math.abs(
            (canvas?.getBoundingClientRect().width ?? 0) -
              (svg?.getBoundingClientRect().width ?? 0),
          ) < 2,
      };
    });
    expect(sizes.lanes.length).toBeGreaterThan(5);
    expect(Math.min(...sizes.lanes)).toBeGreaterThanOrEqual(16);
    expect(Math.min(...sizes.ticks)).toBeGreaterThanOrEqual(16);
    expect(sizes.marks).toBeGreaterThanOrEqual(16);
    expect(sizes.sameScale).toBe(true);
    await page.screenshot({ path: resolve(ARTIFACTS, 'story-room-1920.png') });
    expect(errors).toEqual([]);
    await context.close();
  });

  for (const lang of ['en', 'es'])
    it(`shows every step's whole caption, in room-size type, at 1920×1080 (${lang})`, async () => {
      const { page, context, errors } = await openPage(h, `?lang=${lang}&story=${narrative.id}:1`, {
        width: 1920,
        height: 1080,
      });
      await page.waitForSelector('.story-caption');
      for (let step = 1; step <= narrative.steps.length; step++) {
        await page.waitForFunction(
          (n) => document.querySelector('.story-kicker')?.textContent?.includes(String(n)),
          step,
        );
        const measure = () =>
          page.evaluate(() => {
            const body = document.querySelector<HTMLElement>('.story-body');
            const caption = document.querySelector<HTMLElement>('.story-caption');
            const title = document.querySelector<HTMLElement>('.story-panel h2');
            return {
              overflow: body ? body.scrollHeight - body.clientHeight : -1,
              caption: caption ? Number.parseFloat(getComputedStyle(caption).fontSize) : 0,
              title: title ? Number.parseFloat(getComputedStyle(title).fontSize) : 0,
            };
          });
        // All of it on screen without scrolling (once the step has been fitted, within five
        // seconds: a loaded CI machine lays the story out late), and still read from the back of
        // the room. A failure says what the panel looked like.
        try {
          await expect
            .poll(async () => (await measure()).overflow, {
              message: `step ${step}`,
              timeout: 5000,
            })
            .toBeLessThanOrEqual(1);
        } catch (e) {
          await page.screenshot({ path: resolve(ARTIFACTS, `room-overflow-${lang}-${step}.png`) });
          const state = await page.evaluate(() => {
            const box = (sel: string) => {
              const el = document.querySelector<HTMLElement>(sel);
              return el
                ? {
                    h: el.clientHeight,
                    scroll: el.scrollHeight,
                    fit: el.style.getPropertyValue('--fit'),
                    font: getComputedStyle(el).fontSize,
                  }
                : null;
            };
            return {
              body: box('.story-body'),
              panel: box('.story-panel'),
              controls: box('.story-controls'),
              caption: box('.story-caption'),
              timeline: box('.timeline'),
              text: document.querySelector('.story-body')?.textContent?.slice(0, 400),
            };
          });
          throw new Error(`${(e as Error).message}\n${JSON.stringify(state)}`);
        }
        const fit = await measure();
        expect(fit.caption, `step ${step}`).toBeGreaterThanOrEqual(23);
        expect(fit.title, `step ${step}`).toBeGreaterThanOrEqual(32);
        await page.keyboard.press('PageDown');
      }
      expect(errors).toEqual([]);
      await context.close();
    });
});
