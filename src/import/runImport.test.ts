// @vitest-environment node
// Pure TypeScript under test: no DOM, so no jsdom start-up cost.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { importText } from './importFile';
import { runImport } from './runImport';
import { REFERENCE } from './testSupport';
import { LIMITS } from './types';

const options = { reference: REFERENCE };
/** Just over the worker threshold with few rows, so each import stays quick. */
const ROWS = Math.ceil(LIMITS.workerThresholdChars / 700);
const big = `title,summary,date\n${`A,${'s'.repeat(790)},2019\n`.repeat(ROWS)}`;

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
  postMessage(data: { name: string; text: string; options: typeof options }) {
    setTimeout(() => {
      if (FakeWorker.fail) for (const fn of this.listeners.error ?? []) fn({ preventDefault() {} });
      else
        for (const fn of this.listeners.message ?? [])
          fn({ data: importText(data.name, data.text, data.options) });
    });
  }
  terminate() {
    this.terminated = true;
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeWorker.created = 0;
  FakeWorker.fail = false;
});

describe('runImport', () => {
  it('runs small files inline', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const r = await runImport('a.csv', 'title,date\nA,2019', options);
    expect(r.dataset?.events).toHaveLength(1);
    expect(FakeWorker.created).toBe(0);
  });
  it('runs inline when there is no Worker', async () => {
    vi.stubGlobal('Worker', undefined);
    const r = await runImport('a.csv', big, options);
    expect(r.validRows).toBe(ROWS);
  });
  it('hands large files to a module worker', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const r = await runImport('a.csv', big, options);
    expect(FakeWorker.created).toBe(1);
    expect(r.validRows).toBe(ROWS);
  });
  it('falls back to inline when the worker cannot start', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    FakeWorker.fail = true;
    const r = await runImport('a.csv', big, options);
    expect(r.validRows).toBe(ROWS);
  });
  it('rejects when aborted', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const controller = new AbortController();
    const pending = runImport('a.csv', big, options, controller.signal);
    controller.abort();
    await expect(pending).rejects.toBeDefined();
  });
});
