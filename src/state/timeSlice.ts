import type { StateCreator } from 'zustand';
import type { Store } from './store';

/** [start, end) in epoch ms (UTC). */
export type Interval = readonly [number, number];

/** The product's own framing: 2016 through 2023. */
export const DEFAULT_VIEW: Interval = [Date.UTC(2016, 0, 1), Date.UTC(2024, 0, 1)];
export const DEFAULT_PLAYHEAD = Date.UTC(2018, 10, 25);

export interface TimeSlice {
  /** Visible domain of the timeline (zoom and pan). */
  view: Interval;
  /** Brushed time window that filters the map and list; null = the visible domain. */
  window: Interval | null;
  playhead: number;
  /** True while the reader drags the playhead: history entries wait for the release. */
  scrubbing: boolean;
  setView: (view: Interval) => void;
  setWindow: (window: Interval | null) => void;
  setPlayhead: (t: number) => void;
  setScrubbing: (scrubbing: boolean) => void;
}

export const createTimeSlice: StateCreator<Store, [], [], TimeSlice> = (set) => ({
  view: DEFAULT_VIEW,
  window: null,
  playhead: DEFAULT_PLAYHEAD,
  scrubbing: false,
  setView: (view) => set({ view }),
  setWindow: (window) => set({ window }),
  setPlayhead: (playhead) => set({ playhead }),
  setScrubbing: (scrubbing) => set({ scrubbing }),
});
