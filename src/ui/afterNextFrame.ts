const HIDDEN_PAGE_MS = 200;

/**
 * Runs `f` in a task after the next frame; a hidden page draws no frames, so a timer runs it
 * there (and wherever there are no frames at all).
 */
export function afterNextFrame(f: () => void): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    clearTimeout(fallback);
    f();
  };
  const fallback = setTimeout(run, HIDDEN_PAGE_MS);
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(run, 0));
}
