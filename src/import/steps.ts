/**
 * The import is written as steps (a generator that yields between chunks of rows), so one code
 * path serves both a worker, which runs it straight through, and the main thread, which gives
 * the page a turn whenever a slice of about 30 ms has run.
 */
export type Steps<T> = Generator<void, T, void>;

/** Run the steps to the end at once (in a worker, or for small files). */
export function drain<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

const SLICE_MS = 30;
const now = () => globalThis.performance?.now() ?? Date.now();
/** A macrotask, so input and painting get their turn (scheduler.yield where there is one). */
const pause = () => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise<void>((r) => setTimeout(r, 0));
};

/** Run the steps in slices of about 30 ms, yielding to the page between them. */
export async function runInSlices<T>(steps: Steps<T>, signal?: AbortSignal): Promise<T> {
  let start = now();
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (now() - start >= SLICE_MS) {
      await pause();
      signal?.throwIfAborted();
      start = now();
    }
  }
}
