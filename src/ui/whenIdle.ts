/** Runs `f` when the page has nothing else to do; after a timer where the browser cannot say. */
export function whenIdle(f: () => void, fallbackMs = 500): void {
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(() => f());
  else window.setTimeout(f, fallbackMs);
}
