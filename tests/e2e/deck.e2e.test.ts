/**
 * Presenting from a real deck: reveal.js (from node_modules, served locally, no network) hosts
 * the embed with embed.js, and the presenter's clicker (PageDown / PageUp) or keyboard drives it
 * as they would in a room. Also a plain page that listens to keys, and slide-fit embeds at three
 * frame sizes that must never scroll, never grow, and keep map, timeline and caption on screen.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatasetSchema } from '../../src/data/schema';
import { ARTIFACTS, type Harness, openPage, ROOT, startHarness } from './harness';

const dataset = DatasetSchema.parse(
  JSON.parse(readFileSync(resolve(ROOT, 'public/data/frontera.json'), 'utf8')),
);
const narrative = dataset.narratives[0];
if (!narrative) throw new Error('no narrative in the dataset');
const steps = narrative.steps;

let h: Harness;
let host: Server;
let hostUrl = '';

const REVEAL = resolve(ROOT, 'node_modules/reveal.js/dist');
const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css' };

/** A three-slide reveal.js deck whose middle slide holds the embed at `src`. */
const deck = (src: string) => `<!doctype html><html><head><meta charset="utf-8">
  <link rel="stylesheet" href="/reveal/reveal.css"><link rel="stylesheet" href="/reveal/theme/white.css">
  </head><body><div class="reveal"><div class="slides">
    <section><h2>Before</h2></section>
    <section><iframe id="f" src="${src}" title="Frontera" style="width:1200px;height:675px;border:0"
      allow="fullscreen"></iframe></section>
    <section><h2>After</h2></section>
  </div></div>
  <script src="/reveal/reveal.js"></script>
  <script src="${h.baseUrl}embed.js"></script>
  <script>Reveal.initialize({ hash: false, transition: 'none', width: 1280, height: 720, margin: 0.02 });</script>
  </body></html>`;

/** A plain page that logs the keys it receives, tall enough to scroll. */
const plain = (src: string) => `<!doctype html><html><body style="margin:0">
  <iframe id="f" src="${src}" title="Frontera" style="width:960px;height:540px;border:0"></iframe>
  <div style="height:3000px">Article text</div>
  <script src="${h.baseUrl}embed.js"></script>
  <script>
    window.keys = [];
    document.addEventListener('keydown', (e) =>
      window.keys.push({ type: e.type, key: e.key, code: e.code, keyCode: e.keyCode }));
  </script></body></html>`;

/** An iframe of exactly w × h, with embed.js, that records what the embed posts. */
const framed = (
  src: string,
  w: number,
  hgt: number,
) => `<!doctype html><html><body style="margin:0">
  <iframe id="f" src="${src}" title="Frontera" style="width:${w}px;height:${hgt}px;border:0;display:block"></iframe>
  <script src="${h.baseUrl}embed.js"></script>
  <script>window.posted = []; addEventListener('message', (e) => window.posted.push(e.data));</script>
  </body></html>`;

beforeAll(async () => {
  h = await startHarness();
  host = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://host');
    if (url.pathname.startsWith('/reveal/')) {
      const file = resolve(REVEAL, url.pathname.slice('/reveal/'.length));
      if (!file.startsWith(REVEAL)) return void res.writeHead(403).end();
      try {
        res.setHeader('content-type', TYPES[extname(file)] ?? 'application/octet-stream');
        res.end(readFileSync(file));
      } catch {
        res.writeHead(404).end();
      }
      return;
    }
    const src = `${h.baseUrl}${url.searchParams.get('src') ?? ''}`;
    res.setHeader('content-type', 'text/html; charset=utf-8');
    if (url.pathname === '/deck') res.end(deck(src));
    else if (url.pathname === '/plain') res.end(plain(src));
    else res.end(framed(src, Number(url.searchParams.get('w')), Number(url.searchParams.get('h'))));
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

const open = (path: string, src: string, viewport = { width: 1280, height: 720 }) =>
  openPage(
    h,
    `${hostUrl}${path}${path.includes('?') ? '&' : '?'}src=${encodeURIComponent(src)}`,
    viewport,
  );

const slideIndex = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { Reveal: { getIndices(): { h: number } } }).Reveal.getIndices().h,
  );

async function embedFrame(page: Page): Promise<Frame> {
  await page.frameLocator('#f').locator('.timeline').waitFor({ timeout: 30_000 });
  const frame = page.frames().find((f) => f.url().startsWith(h.baseUrl));
  if (!frame) throw new Error('no embed frame');
  // The app's debug probe, on in every frame of a test page (see harness.ts).
  await frame.waitForFunction(
    () =>
      (window as { __frontera?: { mapReady?: () => boolean } }).__frontera?.mapReady?.() === true,
    null,
    { timeout: 30_000 },
  );
  return frame;
}

describe('a reveal.js deck hosting the embed', () => {
  it('after a click inside the embed, the clicker and the arrows still drive the deck', async () => {
    const { page, context, errors } = await open('deck', '?embed=1&fit=slide&t=2018-11-25');
    await page.waitForFunction(
      () =>
        'Reveal' in window &&
        (window as never as { Reveal: { isReady(): boolean } }).Reveal.isReady(),
    );
    await page.evaluate(() =>
      (window as unknown as { Reveal: { slide(i: number): void } }).Reveal.slide(1),
    );
    const frame = await embedFrame(page);
    const inner = page.frameLocator('#f');

    // The presenter clicks the map (a site, the sea: anything), then presses the clicker.
    await inner.getByTestId('map').click({ position: { x: 200, y: 120 } });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f');
    await page.keyboard.press('PageDown');
    await expect.poll(() => slideIndex(page)).toBe(2);
    // The host has the focus back: the next press is the deck's own.
    expect(await page.evaluate(() => document.activeElement?.id)).not.toBe('f');
    await page.keyboard.press('PageUp');
    await expect.poll(() => slideIndex(page)).toBe(1);

    // → after a click on the map goes to the deck too (the map keeps its arrows for keyboard users).
    await inner.getByTestId('map').click({ position: { x: 220, y: 140 } });
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => slideIndex(page)).toBe(2);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => slideIndex(page)).toBe(1);

    // On the playhead the arrows are the playhead's; PageDown still moves the deck.
    const slider = inner.getByRole('slider', { name: 'Playhead date' });
    const before = await slider.getAttribute('aria-valuenow');
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => slider.getAttribute('aria-valuenow')).not.toBe(before);
    expect(await slideIndex(page)).toBe(1);
    await page.keyboard.press('PageDown');
    await expect.poll(() => slideIndex(page)).toBe(2);
    expect(await frame.evaluate(() => document.documentElement.scrollTop)).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a story embed steps with the clicker, hands over after its last step, and PageUp comes back', async () => {
    const last = steps.length;
    const { page, context, errors } = await open(
      'deck',
      `?embed=1&fit=slide&story=${narrative.id}:${last - 1}`,
    );
    await page.waitForFunction(
      () =>
        'Reveal' in window &&
        (window as never as { Reveal: { isReady(): boolean } }).Reveal.isReady(),
    );
    await page.evaluate(() =>
      (window as unknown as { Reveal: { slide(i: number): void } }).Reveal.slide(1),
    );
    await embedFrame(page);
    const inner = page.frameLocator('#f');
    const heading = inner.locator('.story-panel h2');
    await expect.poll(() => heading.textContent()).toBe(steps[last - 2]?.title);

    await inner.locator('.story-caption').click();
    await page.keyboard.press('PageDown');
    await expect.poll(() => heading.textContent()).toBe(steps[last - 1]?.title);
    expect(await slideIndex(page)).toBe(1);
    // Past the last step the clicker moves the deck on…
    await page.keyboard.press('PageDown');
    await expect.poll(() => slideIndex(page)).toBe(2);
    // …and back to the story, which is where the presenter left it.
    await page.keyboard.press('PageUp');
    await expect.poll(() => slideIndex(page)).toBe(1);
    expect(await heading.textContent()).toBe(steps[last - 1]?.title);
    await page.screenshot({ path: resolve(ARTIFACTS, 'deck-story.png') });

    // Inside the story again: ← steps back, and PageUp before the first step leaves backwards.
    await inner.locator('.story-caption').click();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => heading.textContent()).toBe(steps[last - 2]?.title);
    await inner.getByRole('button', { name: 'Leave story' }).waitFor();
    await page.keyboard.press('Home');
    await expect.poll(() => heading.textContent()).toBe(steps[0]?.title);
    await inner.locator('.story-caption').click();
    await page.keyboard.press('PageUp');
    await expect.poll(() => slideIndex(page)).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('a plain page hosting the embed', () => {
  it('receives the key as a keydown with key, code and keyCode, and scrolls when nothing takes it', async () => {
    const { page, context } = await open('plain', '?embed=1&t=2018-11-25');
    await embedFrame(page);
    const inner = page.frameLocator('#f');
    await inner.getByTestId('map').click({ position: { x: 200, y: 120 } });
    await page.keyboard.press('PageDown');
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { keys: unknown[] }).keys))
      .toEqual([{ type: 'keydown', key: 'PageDown', code: 'PageDown', keyCode: 34 }]);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
    await context.close();
  });
});

describe('slide fit', () => {
  for (const [w, hgt] of [
    [800, 450],
    [1280, 720],
    [1920, 1080],
  ] as const) {
    it(`fills a ${w}×${hgt} frame exactly: no scroll, no growth, map, timeline and caption on screen`, async () => {
      const { page, context, errors } = await open(
        `frame?w=${w}&h=${hgt}`,
        `?embed=1&fit=slide&story=${narrative.id}:12`,
        { width: w + 40, height: hgt + 40 },
      );
      const frame = await embedFrame(page);
      await page.waitForTimeout(300);
      const box = await page.locator('#f').boundingBox();
      expect(box).toMatchObject({ width: w, height: hgt });
      // Never asks to grow: no resize message at all.
      const posted = await page.evaluate(
        () => (window as unknown as { posted: { type: string }[] }).posted,
      );
      expect(posted.filter((m) => m.type === 'frontera:resize')).toEqual([]);
      const seen = await frame.evaluate(() => {
        const root = document.documentElement;
        const onTop = (sel: string, inside: string) => {
          const el = document.querySelector(sel);
          if (!el) return `${sel} missing`;
          const r = el.getBoundingClientRect();
          const points = [
            [r.left + r.width / 2, r.top + r.height / 2],
            [r.left + 4, r.top + 4],
            [r.right - 4, r.bottom - 4],
          ];
          for (const [x = 0, y = 0] of points) {
            if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) return `${sel} off screen`;
            const hit = document.elementFromPoint(x, y);
            if (!hit?.closest(inside)) return `${sel} covered by ${hit?.className}`;
          }
          return 'ok';
        };
        const caption = document.querySelector('.story-caption') as HTMLElement;
        const body = document.querySelector('.story-body') as HTMLElement;
        return {
          scroll: [root.scrollHeight - innerHeight, root.scrollWidth - innerWidth],
          map: onTop('.map-container', '.map-area'),
          timeline: onTop('.timeline-canvas', '.timeline'),
          caption: onTop('.story-caption', '.story-caption'),
          title: onTop('.story-panel h2', '.story-panel h2'),
          clipped: body.scrollHeight > body.clientHeight + 1,
          captionPx: Number.parseFloat(getComputedStyle(caption).fontSize),
        };
      });
      expect(seen).toMatchObject({
        scroll: [0, 0],
        map: 'ok',
        timeline: 'ok',
        caption: 'ok',
        title: 'ok',
        clipped: false,
      });
      expect(seen.captionPx).toBeGreaterThanOrEqual(w >= 1920 ? 24 : 13);
      await page.screenshot({ path: resolve(ARTIFACTS, `slide-${w}x${hgt}.png`) });
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('without a story, a small 800×450 slide keeps the map, the whole timeline strip and the credit', async () => {
    const { page, context, errors } = await open(
      'frame?w=800&h=450',
      '?embed=1&fit=slide&t=2018-11-25',
      {
        width: 840,
        height: 490,
      },
    );
    const frame = await embedFrame(page);
    const seen = await frame.evaluate(() => {
      const box = (sel: string) => document.querySelector(sel)?.getBoundingClientRect();
      const marks = box('[data-testid="timeline-marks"]');
      const area = box('.timeline-area');
      const credit = box('.embed-footer');
      const map = box('.map-container');
      const hit = (r?: DOMRect) =>
        r ? document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) : null;
      return {
        scroll: document.documentElement.scrollHeight - innerHeight,
        lane: !!marks && !!area && marks.height > 8 && marks.bottom <= area.bottom + 0.5,
        marksOnTop: !!hit(marks)?.closest('.timeline'),
        mapOnTop: !!hit(map)?.closest('.map-area'),
        credit: !!credit && credit.bottom <= innerHeight,
        mapShare: (map?.height ?? 0) / innerHeight,
      };
    });
    expect(seen).toMatchObject({
      scroll: 0,
      lane: true,
      marksOnTop: true,
      mapOnTop: true,
      credit: true,
    });
    expect(seen.mapShare).toBeGreaterThan(0.45);
    await page.screenshot({ path: resolve(ARTIFACTS, 'slide-800x450-explore.png') });
    expect(errors).toEqual([]);
    await context.close();
  });
});
