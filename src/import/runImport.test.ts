// @vitest-environment node
// Pure TypeScript under test: no DOM, so no jsdom start-up cost.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { importBytes } from './importFile';
import { runImport } from './runImport';
import { drain, runInSlices } from './steps';
import { REFERENCE } from './testSupport';
import { type ImportResult, LIMITS } from './types';

const options = { reference: REFERENCE };
/** Just over the worker threshold with few rows, so each import stays quick. */
const ROWS = Math.ceil(LIMITS.workerThresholdBytes / 700);
const bytes = () =>
  new TextEncoder().encode(`title,summary,date\n${`A,${'s'.repeat(790)},2019\n`.repeat(ROWS)}`);

/** A stand-in Worker that runs the import as the real worker would, asynchronously. */
class FakeWorker {
  static created = 0;
  static fail = false;
  private listeners: Record<string, ((e: unknown) => void)[]> = {};
  terminated = false;
  constructor(
    readonly url: URL,
    readonly init: WorkerOptions,
  ) {
    FakeWorker.created += 1;
  }
  addEventListener(type: string, fn: (e: unknown) => void) {
    this.listeners[type] = [...(this.listeners[type] ?? []), fn];
  }
  postMessage(data: { name: string; bytes: Uint8Array; options: typeof options }) {
    setTimeout(() => {
      if (FakeWorker.fail) for (const fn of this.listeners.error ?? []) fn({ preventDefault() {} });
      else
        for (const fn of this.listeners.message ?? [])
          fn({ data: asWorkerSends(importBytes(data.name, data.bytes, data.options)) });
    });
  }
  terminate() {
    this.terminated = true;
  }
}

/** What the real worker posts: the result, and its dataset as JSON bytes. */
function asWorkerSends({ dataset, ...rest }: ImportResult) {
  const json = dataset ? new TextEncoder().encode(JSON.stringify(dataset)).buffer : null;
  return { result: { ...rest, dataset: null }, dataset: json };
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeWorker.created = 0;
  FakeWorker.fail = false;
});

describe('runImport', () => {
  it('runs small files inline', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const r = await runImport('a.csv', new TextEncoder().encode('title,date\nA,2019'), options);
    expect(r.dataset?.events).toHaveLength(1);
    expect(FakeWorker.created).toBe(0);
  });
  it('runs here, in slices, when there is no Worker', async () => {
    vi.stubGlobal('Worker', undefined);
    const r = await runImport('a.csv', bytes(), options);
    expect(r.validRows).toBe(ROWS);
  });
  it('hands larger files to a worker', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const r = await runImport('a.csv', bytes(), options);
    expect(FakeWorker.created).toBe(1);
    expect(r.validRows).toBe(ROWS);
    expect(r.events).toBe(ROWS);
    // The events arrive as JSON and become the same dataset when first read.
    expect(r.dataset).toEqual(importBytes('a.csv', bytes(), options).dataset);
  });
  it('falls back to the main thread when the worker fails', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    FakeWorker.fail = true;
    const r = await runImport('a.csv', bytes(), options);
    expect(r.validRows).toBe(ROWS);
  });
  it('rejects when aborted', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const controller = new AbortController();
    const pending = runImport('a.csv', bytes(), options, controller.signal);
    controller.abort();
    // The reason the reader's cancel gave, as the platform's fetch would reject.
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('steps', () => {
  function* counter(n: number) {
    let i = 0;
    while (i < n) {
      i += 1;
      yield;
    }
    return i;
  }
  it('drain runs them at once; runInSlices gives the event loop turns', async () => {
    expect(drain(counter(5))).toBe(5);
    let ticks = 0;
    const timer = setInterval(() => {
      ticks += 1;
    }, 0);
    function* slow() {
      const end = Date.now() + 200;
      while (Date.now() < end) yield;
      return 'done';
    }
    await expect(runInSlices(slow())).resolves.toBe('done');
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(1);
  });
});
