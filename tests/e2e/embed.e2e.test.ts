/**
 * Embedding and presenting, in real Chromium: an iframe on a host page resizes itself through
 * embed.js, messages of the wrong shape change nothing, story mode walks by keyboard and survives
 * a reload, the PNG snapshot has content, and the single-file build works from file:// offline.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatasetSchema } from '../../src/data/schema';
import { preferredEmbedHeight } from '../../src/views/embed/messages';
import {
  ARTIFACTS,
  drawnMarks,
  guardContext,
  type Harness,
  openPage,
  ROOT,
  startHarness,
  waitForMap,
} from './harness';

const dataset = DatasetSchema.parse(
  JSON.parse(readFileSync(resolve(ROOT, 'public/data/frontera.json'), 'utf8')),
);
const narrative = dataset.narratives[0];

let h: Harness;
let host: Server;
let hostUrl = '';

beforeAll(async () => {
  h = await startHarness();
  // A host page on another port (another origin) that embeds the app, as a newsroom CMS would.
  host = createServer((_req, res) => {
    res.setHeader('content-type', 'text/html');
    res.end(`<!doctype html><html><body style="margin:0">
      <h1>Host article</h1>
      <iframe id="f" src="${h.baseUrl}?embed=1&t=2018-11-25" title="Frontera" style="width:900px;height:150px;border:0"></iframe>
      <script src="${h.baseUrl}embed.js"></script>
      <script>
        window.received = [];
        window.addEventListener('message', (e) => window.received.push(e.data));
      </script>
    </body></html>`);
  });
  await new Promise<void>((r) => host.listen(0, '127.0.0.1', () => r()));
  const addr = host.address();
  if (!addr || typeof addr === 'string') throw new Error('no host port');
  hostUrl = `http://127.0.0.1:${addr.port}/`;
});
afterAll(async () => {
  await new Promise((r) => host?.close(r));
  await h?.close();
});

describe('embedding', () => {
  it('lays out a small iframe (800×500) as map, timeline strip and credit, with the card over the map', async () => {
    const { page, context } = await openPage(h, '?embed=1', { width: 800, height: 500 });
    await waitForMap(page);
    const box = async (sel: string) => (await page.locator(sel).first().boundingBox()) ?? null;
    const map = await box('.map-area');
    const strip = await box('.timeline-area');
    const credit = await box('.embed-footer');
    if (!map || !strip || !credit) throw new Error('compact embed is missing a part');
    expect(map.height).toBeGreaterThan(200);
    expect(strip.y).toBeGreaterThanOrEqual(map.y + map.height - 1);
    expect(credit.y + credit.height).toBeLessThanOrEqual(500);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(
      500,
    );
    await expect(page.locator('.lane-label').allTextContents()).resolves.toEqual(['Events']);
    await page.getByRole('slider', { name: 'Playhead date' }).focus();
    await page.keyboard.press('Enter');
    const card = await box('.side-panel');
    if (!card) throw new Error('no card');
    // Over the map, not below the fold.
    expect(card.y + card.height).toBeLessThanOrEqual(strip.y + 1);
    await page.screenshot({ path: resolve(ARTIFACTS, 'embed-800x500.png') });
    await context.close();
  });

  it('posts its preferred height, and embed.js sizes the unmarked iframe that sent it', async () => {
    const { page, context } = await openPage(h, hostUrl);
    const frame = page.locator('#f');
    await page.waitForFunction(
      () =>
        (document.getElementById('f') as HTMLIFrameElement).getBoundingClientRect().height > 400,
      null,
      {
        timeout: 30_000,
      },
    );
    const messages = await page.evaluate(
      () => (window as unknown as { received: { type: string; height: number }[] }).received,
    );
    const resize = messages.find((m) => m.type === 'frontera:resize');
    expect(resize?.height).toBe(preferredEmbedHeight(900));
    const box = await frame.boundingBox();
    expect(box?.height).toBe(preferredEmbedHeight(900));
    // The embedded page fits its iframe: no scrollbar, the credit in view.
    const inner = page.frameLocator('#f');
    await inner.locator('.embed-footer').waitFor();
    const fit = await page.frames()[1]?.evaluate(() => ({
      scroll: document.documentElement.scrollHeight,
      view: window.innerHeight,
      footer: document.querySelector('.embed-footer')?.getBoundingClientRect().bottom ?? 0,
    }));
    expect(fit && fit.scroll <= fit.view).toBe(true);
    expect(fit && fit.footer <= fit.view).toBe(true);
    await page.screenshot({ path: resolve(ARTIFACTS, 'embed-host.png'), fullPage: true });
    await context.close();
  });

  it('ignores messages of the wrong shape and obeys valid ones', async () => {
    const { page, context } = await openPage(h, hostUrl);
    const app = page.frameLocator('#f');
    await app.locator('.timeline').waitFor();
    const slider = app.getByRole('slider', { name: 'Playhead date' });
    const before = await slider.getAttribute('aria-valuetext');
    await page.evaluate(() => {
      const w = (document.getElementById('f') as HTMLIFrameElement).contentWindow;
      w?.postMessage({ type: 'frontera:goto-date', date: 'not-a-date' }, '*');
      w?.postMessage({ type: 'frontera:goto-date', date: '2019-01-25', extra: true }, '*');
      w?.postMessage('frontera:goto-date 2019-01-25', '*');
      w?.postMessage({ type: 'frontera:select-event', id: '<script>' }, '*');
    });
    await page.waitForTimeout(300);
    expect(await slider.getAttribute('aria-valuetext')).toBe(before);
    expect(await app.locator('.event-card').count()).toBe(0);
    await page.evaluate(() => {
      (document.getElementById('f') as HTMLIFrameElement).contentWindow?.postMessage(
        { type: 'frontera:goto-date', date: '2019-01-25' },
        '*',
      );
    });
    await expect.poll(() => slider.getAttribute('aria-valuetext')).toMatch(/^25 January 2019/);
    await context.close();
  });
});

describe('story mode', () => {
  it('walks forward and back by keyboard and keeps its step across a reload', async () => {
    if (!narrative) throw new Error('no narrative in the dataset');
    const { page, context, errors } = await openPage(h, `?story=${narrative.id}`);
    await waitForMap(page);
    const heading = page.locator('.story-panel h2');
    await expect.poll(() => heading.textContent()).toBe(narrative.steps[0]?.title);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('PageDown');
    await page.keyboard.press(' ');
    await expect.poll(() => heading.textContent()).toBe(narrative.steps[3]?.title);
    await page.keyboard.press('PageUp');
    await expect.poll(() => heading.textContent()).toBe(narrative.steps[2]?.title);
    await expect
      .poll(() => new URL(page.url()).searchParams.get('story'))
      .toBe(`${narrative.id}:3`);
    await page.screenshot({ path: resolve(ARTIFACTS, 'story-step-3.png') });
    await page.reload();
    await expect.poll(() => heading.textContent()).toBe(narrative.steps[2]?.title);
    await page.keyboard.press('End');
    await expect.poll(() => heading.textContent()).toBe(narrative.steps.at(-1)?.title);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.story-panel').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('snapshot', () => {
  it('downloads a 1920×1080 slide: text column, map to the right edge, named timeline lanes, no localhost link', async () => {
    const { page, context } = await openPage(h, '?t=2018-11-25&site=tijuana');
    await waitForMap(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /PNG$/ }).click(),
    ]);
    const path = resolve(ARTIFACTS, 'snapshot.png');
    await download.saveAs(path);
    // Decode the PNG in the page and measure how varied the pixels are in each area.
    const stats = await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext('2d') as CanvasRenderingContext2D;
      ctx.drawImage(img, 0, 0);
      const distinct = (x: number, y: number, w: number, h: number) => {
        const d = ctx.getImageData(x, y, w, h).data;
        const colours = new Set<number>();
        for (let i = 0; i < d.length; i += 16)
          colours.add(((d[i] ?? 0) << 16) | ((d[i + 1] ?? 0) << 8) | (d[i + 2] ?? 0));
        return colours.size;
      };
      return {
        w: img.width,
        h: img.height,
        // The map reaches the right edge, not letterboxed.
        mapRight: distinct(1400, 80, 500, 560),
        title: distinct(56, 48, 600, 200),
        lanes: distinct(0, 740, 150, 260),
        timeline: distinct(200, 700, 1700, 300),
      };
    }, readFileSync(path).toString('base64'));
    expect(stats.w).toBe(1920);
    expect(stats.h).toBe(1080);
    expect(stats.mapRight).toBeGreaterThan(8);
    expect(stats.title).toBeGreaterThan(8);
    expect(stats.lanes).toBeGreaterThan(3);
    expect(stats.timeline).toBeGreaterThan(10);
    await context.close();
  });
});

describe('single-file build', () => {
  it('opens from file:// and draws the map and timeline with zero network requests', async () => {
    // NODE_ENV=production: a custom mode is not "production" to Vite, and React would ship its
    // development build.
    execFileSync('npx', ['vite', 'build', '--mode', 'single', '--logLevel', 'warn'], {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    });
    const file = resolve(ROOT, 'dist-single/index.html');
    expect(existsSync(file)).toBe(true);
    const context = await h.browser.newContext({
      viewport: { width: 1280, height: 800 },
      offline: true,
    });
    // Its own policy (script hashes) must hold: any violation fails the test on close.
    const { page, requests, errors } = await guardContext(context, []);
    await page.goto(pathToFileURL(file).href);
    await waitForMap(page);
    await expect.poll(async () => (await drawnMarks(page)).length).toBeGreaterThan(10);
    const network = requests.filter(
      (u) => !u.startsWith('file:') && !u.startsWith('blob:') && !u.startsWith('data:'),
    );
    expect(network).toEqual([]);
    expect(requests.filter((u) => u.startsWith('file:'))).toEqual([pathToFileURL(file).href]);
    expect(errors).toEqual([]);
    await page.screenshot({ path: resolve(ARTIFACTS, 'single-file.png') });
    await context.close();
  });
});
