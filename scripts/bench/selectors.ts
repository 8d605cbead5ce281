/**
 * Every selector and performance mark the benchmark relies on, in one place: when the app's
 * markup changes, update them here. `locate` fails with a message naming the selector.
 */
import type { Locator, Page } from 'playwright-core';

/** performance.mark names the app sets (src/views/timeline/Timeline.tsx, src/views/map/MapController.ts). */
export const MARKS = {
  timelineReady: 'frontera:timeline-ready',
  mapReady: 'frontera:map-ready',
} as const;

/**
 * What the first frame must show, each a CSS selector that matches only once it is drawn: the
 * timeline's marks (prerendered, then the live canvas) and the map's sites (the static map, then
 * MapLibre's). The bench records the first animation frame in which all of them match.
 */
export const FIRST_FRAME = ['.timeline [data-marks-drawn]', '.map-area [data-sites-drawn]'];

type RoleSelector = { role: 'button' | 'slider'; name: RegExp };
type Selector = { css: string } | RoleSelector;

export const SELECTORS = {
  /** The playhead handle: role slider, accessible name "Playhead date". */
  playhead: { role: 'slider', name: /Playhead/ },
  /** The d3-zoom target: the lanes layer over the marks canvas (wheel zooms, drag pans). */
  zoomSurface: { css: '.marks-layer' },
  /** d3-brush's overlay on the window strip: drag across it to create a window. */
  brushOverlay: { css: '.timeline-brush .overlay' },
  /** The brushed window, draggable once it exists. */
  brushSelection: { css: '.timeline-brush .selection' },
  /** Header button that opens the filter panel ("Filters", "Filters (1)"). */
  filtersButton: { role: 'button', name: /^Filters/ },
  /** US administration toggle, named "Trump 12 events"; aria-pressed flips on each click. */
  trumpToggle: { role: 'button', name: /^Trump \d+ events?$/ },
} as const satisfies Record<string, Selector>;

export type SelectorKey = keyof typeof SELECTORS;

export function describeSelector(key: SelectorKey): string {
  const s: Selector = SELECTORS[key];
  return 'css' in s ? `${key} (css "${s.css}")` : `${key} (role ${s.role}, name ${s.name})`;
}

function all(page: Page, key: SelectorKey): Locator {
  const s: Selector = SELECTORS[key];
  return 'css' in s ? page.locator(s.css) : page.getByRole(s.role, { name: s.name });
}

export const locator = (page: Page, key: SelectorKey): Locator => all(page, key).first();

/** The element for `key`, visible, or an error naming the selector. */
export async function locate(page: Page, key: SelectorKey, timeout = 10_000): Promise<Locator> {
  const l = locator(page, key);
  try {
    await l.waitFor({ state: 'visible', timeout });
  } catch {
    const inDom = await all(page, key)
      .count()
      .catch(() => 0);
    throw new Error(
      `selector not found: ${describeSelector(key)} — ${inDom ? `${inDom} match(es) in the DOM, none visible` : 'no match in the DOM'} after ${timeout} ms; update scripts/bench/selectors.ts`,
    );
  }
  return l;
}
