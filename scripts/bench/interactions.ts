/**
 * Input → next frame for the interactions users feel: a playhead step, a wheel-zoom step, a
 * brush move and a filter toggle. Each input is real (Playwright keyboard/mouse through CDP);
 * the page measures from the event's timeStamp to the end of the next frame (probes.ts), and
 * the next input waits for that measurement and for an idle period (at most `settleMs`).
 */
import type { Page } from 'playwright-core';
import { type PageProbes, withTimeout } from './probes';
import { describeSelector, locate, SELECTORS } from './selectors';
import { percentile } from './stats';

export const INTERACTIONS = [
  'playhead step',
  'wheel zoom',
  'brush move',
  'brush release',
  'filter toggle',
] as const;
export type InteractionName = (typeof INTERACTIONS)[number];

export interface InteractionResult {
  samples: number[];
  p50: number | null;
  p95: number | null;
  /** Set when the interaction stopped early; samples holds what was measured before. */
  error?: string;
  /** Inputs that had no visible effect (e.g. the toggle did not flip). */
  noEffect?: number;
  /** Wall-clock seconds the benchmark spent on this interaction (inputs, waits, checks). */
  wallS: number;
}

export interface InteractionOptions {
  inputs: number;
  /**
   * After each measured frame, wait for an idle period but at most this long (ms) before the
   * next input. MapLibre keeps drawing for ~300 ms after its data changes, so a short wait paces
   * inputs like repeated key presses or a wheel gesture; a long one measures an idle page.
   */
  settleMs: number;
  /** Longest wait for one input's measurement, and for any single page round trip. */
  inputTimeout: number;
}

type Probe = { __froBench: PageProbes };

async function arm(page: Page, type: string, o: InteractionOptions) {
  await withTimeout(
    page.evaluate((t) => (window as unknown as Probe).__froBench.arm(t), type),
    o.inputTimeout,
    `arming the ${type} probe`,
  );
}

/** The armed measurement, after the page settled; arms `thenArm` for the following input. */
async function measured(
  page: Page,
  type: string,
  o: InteractionOptions,
  { thenArm, settle = true }: { thenArm?: string; settle?: boolean } = {},
): Promise<number> {
  const ms = await withTimeout(
    page.evaluate(
      ([timeout, settleMs, next]) =>
        (window as unknown as Probe).__froBench.next(timeout, settleMs, next),
      [o.inputTimeout, settle ? o.settleMs : 0, thenArm] as const,
    ),
    o.inputTimeout + 5_000,
    `waiting for the ${type} measurement`,
  );
  if (ms === null) throw new Error(`no ${type} event reached the page within ${o.inputTimeout} ms`);
  return ms;
}

const send = (what: string, o: InteractionOptions, p: Promise<unknown>) =>
  withTimeout(p, o.inputTimeout, `sending ${what}`);

const result = (
  samples: number[],
  wallS: number,
  extra: Partial<InteractionResult> = {},
): InteractionResult => ({
  samples,
  wallS,
  p50: percentile(samples, 0.5),
  p95: percentile(samples, 0.95),
  ...extra,
});

/**
 * Arms the keydown probe and reads the focused playhead's value; null when the playhead does not
 * have focus (the name pattern comes from SELECTORS.playhead).
 */
async function armPlayhead(page: Page, o: InteractionOptions): Promise<string | null> {
  return withTimeout(
    page.evaluate(
      ([role, name]) => {
        (window as unknown as Probe).__froBench.arm('keydown');
        const el = document.activeElement;
        const label = el?.getAttribute('aria-label') ?? '';
        return el?.getAttribute('role') === role && new RegExp(name).test(label)
          ? el.getAttribute('aria-valuenow')
          : null;
      },
      [SELECTORS.playhead.role, SELECTORS.playhead.name.source] as const,
    ),
    o.inputTimeout,
    'reading the playhead',
  );
}

/** Focus the playhead and press ArrowRight (to the next event); turn round at the data's end. */
async function playheadSteps(page: Page, o: InteractionOptions, samples: number[]) {
  const slider = await locate(page, 'playhead');
  let key: 'ArrowRight' | 'ArrowLeft' = 'ArrowRight';
  let before = await armPlayhead(page, o);
  for (let tries = 0; samples.length < o.inputs && tries < o.inputs * 3; tries++) {
    if (before === null) {
      await slider.focus({ timeout: o.inputTimeout });
      before = await armPlayhead(page, o);
      if (before === null) throw new Error(`${describeSelector('playhead')} does not keep focus`);
    }
    await send('ArrowRight', o, page.keyboard.press(key));
    const ms = await measured(page, 'keydown', o);
    const after = await armPlayhead(page, o);
    if (after === before) key = key === 'ArrowRight' ? 'ArrowLeft' : 'ArrowRight';
    else samples.push(ms); // unchanged: at the first or last event, turn round and retry
    before = after;
  }
}

/**
 * Arms the wheel probe and returns d3-zoom's scale on the zoom surface (d3 keeps the transform
 * on the element) and a point where the surface itself is hit — no mark or band above it —
 * keeping `prefer` while it still is.
 */
async function armWheel(
  page: Page,
  o: InteractionOptions,
  prefer: { x: number; y: number } | null,
): Promise<{ k: number | null; point: { x: number; y: number } | null }> {
  return withTimeout(
    page.evaluate(
      ({ css, prefer }) => {
        (window as unknown as Probe).__froBench.arm('wheel');
        const el = document.querySelector(css) as (Element & { __zoom?: { k: number } }) | null;
        if (!el) return { k: null, point: null };
        const k = el.__zoom?.k ?? null;
        // Marks are drawn on a canvas inside the zoom target; a wheel over it bubbles up.
        const hits = (x: number, y: number) => {
          const at = document.elementFromPoint(x, y);
          return at !== null && el.contains(at);
        };
        if (prefer && hits(prefer.x, prefer.y)) return { k, point: prefer };
        const r = el.getBoundingClientRect();
        const ys = [0.5, 0.6, 0.4, 0.7, 0.3, 0.8, 0.2, 0.9];
        for (let fx = 0.5; fx < 0.95; fx += 0.01)
          for (const fy of ys)
            for (const f of [fx, 1 - fx]) {
              const x = Math.round(r.left + f * r.width);
              const y = Math.round(r.top + fy * r.height);
              if (y > 0 && y < innerHeight && hits(x, y)) return { k, point: { x, y } };
            }
        return { k, point: null };
      },
      { css: SELECTORS.zoomSurface.css, prefer },
    ),
    o.inputTimeout,
    'finding a point over the zoom surface',
  );
}

/** Wheel over the zoom surface, alternately in and out so the view stays bounded. */
async function wheelSteps(page: Page, o: InteractionOptions, samples: number[]) {
  const surface = await locate(page, 'zoomSurface');
  await surface.scrollIntoViewIfNeeded({ timeout: o.inputTimeout });
  let pointer: { x: number; y: number } | null = null;
  let state = await armWheel(page, o, null);
  let noEffect = 0;
  for (let tries = 0; samples.length < o.inputs; tries++) {
    const { point, k } = state;
    if (!point || tries > o.inputs * 3)
      throw new Error(`no point over ${describeSelector('zoomSurface')} lies inside the viewport`);
    if (point.x !== pointer?.x || point.y !== pointer.y) {
      await send('pointer move', o, page.mouse.move(point.x, point.y));
      pointer = point;
      state = await armWheel(page, o, point); // the move may have shown a tooltip: check again
      continue;
    }
    const delta = samples.length % 2 === 0 ? -100 : 100; // negative deltaY zooms in
    await send('wheel', o, page.mouse.wheel(0, delta));
    samples.push(await measured(page, 'wheel', o));
    state = await armWheel(page, o, point);
    if (state.k === k) noEffect++;
  }
  return noEffect;
}

/** The brush selection's x extent (null when there is none); arms the probe for `armType`. */
const selectionBox = (page: Page, o: InteractionOptions, armType?: string) =>
  withTimeout(
    page.evaluate(
      ([css, type]) => {
        if (type) (window as unknown as Probe).__froBench.arm(type);
        const r = document.querySelector(css)?.getBoundingClientRect();
        return r && r.width > 0 ? { x: r.x, width: r.width } : null;
      },
      [SELECTORS.brushSelection.css, armType] as const,
    ),
    o.inputTimeout,
    'reading the brush selection',
  );

/** Create a window by dragging across the strip, then drag it a few pixels per step. */
async function brushSteps(page: Page, o: InteractionOptions, moves: number[], releases: number[]) {
  const overlay = await locate(page, 'brushOverlay');
  await overlay.scrollIntoViewIfNeeded({ timeout: o.inputTimeout });
  const strip = await overlay.boundingBox({ timeout: o.inputTimeout });
  if (!strip) throw new Error(`${describeSelector('brushOverlay')} has no box`);
  const y = strip.y + strip.height / 2;
  if (!(await selectionBox(page, o))) {
    // Start and end the drag where the overlay itself is under the pointer (the playhead's
    // handle may cross the strip).
    const free = await withTimeout(
      page.evaluate(
        ({ css, strip, y }) => {
          const overlay = document.querySelector(css);
          const hits = (f: number) =>
            document.elementFromPoint(strip.x + strip.width * f, y) === overlay;
          for (let f = 0.45; f > 0.05; f -= 0.05) if (hits(f) && hits(f + 0.15)) return f;
          for (let f = 0.5; f < 0.8; f += 0.05) if (hits(f) && hits(f + 0.15)) return f;
          return null;
        },
        { css: SELECTORS.brushOverlay.css, strip, y },
      ),
      o.inputTimeout,
      'finding a free stretch of the brush strip',
    );
    if (free === null) throw new Error(`${describeSelector('brushOverlay')} is covered`);
    await page.mouse.move(strip.x + strip.width * free, y);
    await page.mouse.down();
    await page.mouse.move(strip.x + strip.width * (free + 0.15), y, { steps: 5 });
    await page.mouse.up();
  }
  await locate(page, 'brushSelection', o.inputTimeout);
  let box = await selectionBox(page, o);
  let pointerX: number | null = null;
  let noEffect = 0;
  for (let i = 0; i < o.inputs; i++) {
    if (!box) throw new Error(`${describeSelector('brushSelection')} is empty`);
    // The pointer stays where the last drag left it: the middle of the moved selection.
    if (pointerX === null || pointerX < box.x + 2 || pointerX > box.x + box.width - 2) {
      pointerX = box.x + box.width / 2;
      await send('pointer move', o, page.mouse.move(pointerX, y));
      await arm(page, 'pointermove', o);
    }
    const dx = i % 2 === 0 ? 6 : -6;
    await send('pointer down', o, page.mouse.down());
    pointerX += dx;
    await send('pointer move', o, page.mouse.move(pointerX, y));
    // Release straight after the move's frame, as a quick drag does.
    moves.push(await measured(page, 'pointermove', o, { thenArm: 'pointerup', settle: false }));
    await send('pointer up', o, page.mouse.up());
    releases.push(await measured(page, 'pointerup', o));
    const after = await selectionBox(page, o, 'pointermove'); // armed for the next drag
    if (!after || Math.abs(after.x - box.x) < 1) noEffect++;
    box = after;
  }
  return noEffect;
}

/** Open the filters, then click the Trump toggle on and off. */
async function filterToggles(page: Page, o: InteractionOptions, samples: number[]) {
  const open = await locate(page, 'filtersButton');
  if ((await open.getAttribute('aria-expanded')) !== 'true') {
    await open.click({ timeout: o.inputTimeout });
  }
  const toggle = await locate(page, 'trumpToggle', o.inputTimeout);
  await toggle.scrollIntoViewIfNeeded({ timeout: o.inputTimeout });
  // One round trip per input: the button's centre and pressed state, and arm the probe. A
  // handle, not the locator: resolving a role and name scans the whole page each time.
  let handle = await toggle.elementHandle({ timeout: o.inputTimeout });
  const read = () =>
    withTimeout(
      handle.evaluate((el) => {
        if (!el.isConnected) return null;
        (window as unknown as Probe).__froBench.arm('click');
        const r = el.getBoundingClientRect();
        return {
          x: r.x + r.width / 2,
          y: r.y + r.height / 2,
          pressed: el.getAttribute('aria-pressed'),
        };
      }),
      o.inputTimeout,
      `reading ${describeSelector('trumpToggle')}`,
    );
  const armToggle = async () => {
    const state = await read();
    if (state) return state;
    handle = await (await locate(page, 'trumpToggle', o.inputTimeout)).elementHandle();
    const again = await read();
    if (!again) throw new Error(`${describeSelector('trumpToggle')} keeps leaving the page`);
    return again;
  };
  let state = await armToggle();
  let noEffect = 0;
  for (let i = 0; i < o.inputs; i++) {
    await send('click', o, page.mouse.click(state.x, state.y));
    samples.push(await measured(page, 'click', o));
    const after = await armToggle();
    if (after.pressed === state.pressed) noEffect++;
    state = after;
  }
  return noEffect;
}

const message = (e: unknown) => (e instanceof Error ? e.message.split('\n')[0] : String(e)) ?? '';

/** Runs every interaction on an open page; a failing one is reported, the others still run. */
export async function runInteractions(
  page: Page,
  o: InteractionOptions,
): Promise<Record<InteractionName, InteractionResult>> {
  const out = {} as Record<InteractionName, InteractionResult>;
  let unresponsive: string | null = null;
  const run = async (names: InteractionName[], body: (samples: number[][]) => Promise<unknown>) => {
    const samples = names.map(() => [] as number[]);
    if (unresponsive) {
      for (const n of names) out[n] = result([], 0, { error: `skipped: ${unresponsive}` });
      return;
    }
    const t = performance.now();
    const wall = () => Math.round(performance.now() - t) / 1000;
    try {
      const extra = await body(samples);
      names.forEach((n, i) => {
        out[n] = result(
          samples[i] ?? [],
          wall(),
          typeof extra === 'number' && extra > 0 ? { noEffect: extra } : {},
        );
      });
    } catch (e) {
      const error = message(e);
      if (/no answer within/.test(error)) unresponsive = `page stopped answering (${error})`;
      names.forEach((n, i) => {
        out[n] = result(samples[i] ?? [], wall(), { error });
      });
    }
  };
  await run(['playhead step'], ([s]) => playheadSteps(page, o, s ?? []));
  await run(['wheel zoom'], ([s]) => wheelSteps(page, o, s ?? []));
  await run(['brush move', 'brush release'], ([m, r]) => brushSteps(page, o, m ?? [], r ?? []));
  // Last: opening the filter panel moves the timeline down the page.
  await run(['filter toggle'], ([s]) => filterToggles(page, o, s ?? []));
  return out;
}
