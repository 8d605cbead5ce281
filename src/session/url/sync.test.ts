import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fixtureDataset } from '../../../tests/fixtures';
import { EMPTY_FILTERS } from '../../domain/filters';
import { createSession, type Session } from '../SessionProvider';
import { startUrlSync } from './sync';

/** A window with just what URL sync uses: location, history and popstate. */
function fakeWindow(search = '') {
  const listeners = new Set<() => void>();
  const calls: { mode: 'push' | 'replace'; url: string }[] = [];
  const entries = [search];
  let index = 0;
  const location = { pathname: '/', search, hash: '' };
  const go = (url: string) => {
    location.search = url.slice(1).includes('?') ? url.slice(url.indexOf('?')) : '';
  };
  const win = {
    location,
    history: {
      pushState: (_: unknown, __: string, url: string) => {
        calls.push({ mode: 'push', url });
        go(url);
        entries.splice(index + 1, entries.length, location.search);
        index++;
      },
      replaceState: (_: unknown, __: string, url: string) => {
        calls.push({ mode: 'replace', url });
        go(url);
        entries[index] = location.search;
      },
    },
    addEventListener: (_: string, f: () => void) => listeners.add(f),
    dispatchEvent: () => true,
    removeEventListener: (_: string, f: () => void) => listeners.delete(f),
    back: () => {
      index--;
      location.search = entries[index] ?? '';
      for (const f of listeners) f();
    },
  };
  return { win: win as unknown as Window & { back: () => void }, calls, location };
}

/** Long enough for the next frame and the task after it (fake timers). */
const FRAME_MS = 50;

let stop: (() => void) | null = null;
beforeEach(() => {
  vi.useFakeTimers();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  stop?.();
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

/** A session started from the fake window's address, synced to it as the app does. */
function start(win: Window, search: string): Session['store'] {
  const session = createSession(fixtureDataset, search);
  stop = startUrlSync(session.store, session.actions.followAddress, win);
  return session.store;
}

describe('URL sync', () => {
  it('pushes a history entry for a filter and replaces (debounced) for a playhead move', () => {
    const { win, calls } = fakeWindow();
    const store = start(win, '');
    calls.length = 0;
    store.setState({ filters: { ...EMPTY_FILTERS, us: ['trump'] } });
    // Written once the frame that shows the filter is drawn, not during the click.
    expect(calls).toEqual([]);
    vi.advanceTimersByTime(FRAME_MS);
    expect(calls).toEqual([{ mode: 'push', url: '/?us=trump' }]);
    store.setState({ playhead: Date.UTC(2019, 0, 1) });
    store.setState({ playhead: Date.UTC(2019, 0, 2) });
    expect(calls).toHaveLength(1);
    vi.advanceTimersByTime(300);
    expect(calls.at(-1)).toEqual({ mode: 'replace', url: '/?t=2019-01-02&us=trump' });
    expect(calls).toHaveLength(2);
  });

  it('writes nothing on hover, or while the reader drags the playhead', () => {
    const { win, calls } = fakeWindow();
    const store = start(win, '');
    calls.length = 0;
    store.setState({ hoveredEventId: 'mpp' });
    store.setState({ scrubbing: true });
    store.setState({ playhead: Date.UTC(2020, 0, 1) });
    vi.advanceTimersByTime(1000);
    expect(calls).toEqual([]);
    store.setState({ scrubbing: false });
    vi.advanceTimersByTime(300);
    expect(calls).toEqual([{ mode: 'replace', url: '/?t=2020-01-01' }]);
  });

  it('checks ids against the dataset on first load and on Back alike, and cleans the address', () => {
    const { win, location } = fakeWindow('?us=nobody&site=tijuana');
    const store = start(win, '?us=nobody&site=tijuana');
    expect(store.getState().filters.us).toEqual([]);
    expect(store.getState().selectedPlaceId).toBe('tijuana');
    expect(location.search).toBe('?site=tijuana');
    // A new entry, then Back to an address that names an unknown administration again.
    store.setState({ filters: { ...EMPTY_FILTERS, us: ['trump'] } });
    vi.advanceTimersByTime(FRAME_MS);
    win.history.replaceState(null, '', '/?us=nobody');
    store.setState({ filters: { ...EMPTY_FILTERS, mx: ['lopez-obrador'] } });
    vi.advanceTimersByTime(FRAME_MS);
    win.back();
    expect(store.getState().filters.us).toEqual([]);
    expect(location.search).toBe('');
  });

  it('gives two pushes in one frame an entry each, and drops one that Back overtakes', () => {
    const { win, calls, location } = fakeWindow();
    const store = start(win, '');
    calls.length = 0;
    store.setState({ filters: { ...EMPTY_FILTERS, us: ['trump'] } });
    store.setState({ filters: { ...EMPTY_FILTERS, us: ['trump'], mx: ['lopez-obrador'] } });
    vi.advanceTimersByTime(FRAME_MS);
    expect(calls).toEqual([
      { mode: 'push', url: '/?us=trump' },
      { mode: 'push', url: '/?us=trump&mx=lopez-obrador' },
    ]);
    // Back before the frame: the pending push is not written on top of the entry Back reached.
    store.setState({ filters: EMPTY_FILTERS });
    win.back();
    vi.advanceTimersByTime(FRAME_MS);
    expect(location.search).toBe('?us=trump');
    expect(store.getState().filters.us).toEqual(['trump']);
    expect(calls.filter((c) => c.mode === 'push')).toHaveLength(2);
  });

  it('still writes a push in a hidden page, which draws no frames', () => {
    vi.stubGlobal('requestAnimationFrame', () => 0);
    const { win, calls } = fakeWindow();
    const store = start(win, '');
    calls.length = 0;
    store.setState({ filters: { ...EMPTY_FILTERS, us: ['trump'] } });
    vi.advanceTimersByTime(FRAME_MS);
    expect(calls).toEqual([]);
    vi.advanceTimersByTime(250);
    expect(calls).toEqual([{ mode: 'push', url: '/?us=trump' }]);
  });
});
