/**
 * Code injected into every page before the app runs (page.addInitScript): a long-task observer
 * and the input → next frame probe. Self-contained: it is serialised into the page.
 */
import type { Page } from 'playwright-core';

export interface PageProbes {
  longTasks: { start: number; duration: number }[];
  /** Start of the first frame that showed every `firstFrame` selector (ms), or null. */
  firstFrame: number | null;
  /** Measure the next event of `type`: from its timeStamp to the end of the next frame. */
  arm: (type: string) => void;
  /**
   * The armed measurement in ms, or null if none arrived within `timeout` ms. With `settleMs`,
   * resolves only after the page's next idle period, or `settleMs` after the measured frame;
   * then arms `thenArm` when given.
   */
  next: (timeout: number, settleMs: number, thenArm?: string) => Promise<number | null>;
}

export const INPUT_EVENTS = ['keydown', 'wheel', 'click', 'pointermove', 'pointerup'] as const;

/** Runs in the page. Keep it free of imports and closures over module scope. */
export function installProbes({
  events,
  firstFrame,
}: {
  events: string[];
  firstFrame: string[];
}): void {
  const longTasks: { start: number; duration: number }[] = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No Long Tasks API: the count stays empty.
  }
  let armed: string | null = null;
  let resolve: ((ms: number) => void) | null = null;
  let pending: Promise<number> | null = null;
  const onInput = (e: Event) => {
    if (e.type !== armed) return;
    armed = null;
    const done = resolve;
    resolve = null;
    const stamp = e.timeStamp;
    // The frame that shows the input's effect has ended once a task queued from its rAF runs.
    requestAnimationFrame(() => setTimeout(() => done?.(performance.now() - stamp), 0));
  };
  for (const type of events) window.addEventListener(type, onInput, { capture: true });
  // Each frame until the page shows all of them: the timeline's marks and the map's sites.
  const watch = (t: number) => {
    if (firstFrame.every((css) => document.querySelector(css))) probes.firstFrame = t;
    else requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
  const probes: PageProbes = {
    longTasks,
    firstFrame: null,
    arm(type) {
      armed = type;
      pending = new Promise<number>((r) => {
        resolve = r;
      });
    },
    async next(timeout, settleMs, thenArm) {
      const timer = new Promise<null>((r) => setTimeout(() => r(null), timeout));
      const ms = pending ? await Promise.race([pending, timer]) : null;
      if (settleMs > 0)
        await new Promise((r) =>
          requestAnimationFrame(() => requestIdleCallback(r, { timeout: settleMs })),
        );
      if (thenArm) probes.arm(thenArm);
      return ms;
    },
  };
  (window as unknown as { __froBench: PageProbes }).__froBench = probes;
}

/**
 * tsx (esbuild with keepNames) wraps named functions in `__name(fn, "name")`; functions sent to
 * the page keep those calls, so the page needs a no-op `__name` before anything else runs.
 */
export const NAME_SHIM = 'globalThis.__name ??= (fn) => fn;';

export async function addProbes(page: Page, firstFrame: readonly string[]): Promise<void> {
  await page.addInitScript(NAME_SHIM);
  await page.addInitScript(installProbes, {
    events: [...INPUT_EVENTS],
    firstFrame: [...firstFrame],
  });
}

/** Rejects after `ms` with a message naming what timed out. */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
