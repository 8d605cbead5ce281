import type { StateCreator } from 'zustand';
import type { Interval } from '../domain/derivedModel';
import type { Store } from './store';

export type { Interval };

/** The product's own framing: 2016 through 2023. */
export const DEFAULT_VIEW: Interval = [Date.UTC(2016, 0, 1), Date.UTC(2024, 0, 1)];
export const DEFAULT_PLAYHEAD = Date.UTC(2018, 10, 25);

export interface TimeSlice {
  /** Visible domain of the timeline (zoom and pan), updated every frame of a gesture. */
  view: Interval;
  /**
   * The view once a gesture ends. What depends on the visible period but not on drawing it
   * (map counts, site list) follows this one, so a wheel zoom redraws only the timeline.
   */
  settledView: Interval;
  /** Brushed time window that filters the map and list; null = the visible domain. */
  window: Interval | null;
  playhead: number;
  /** True while the reader drags the playhead: history entries wait for the release. */
  scrubbing: boolean;
  /** A view change; `transient` while a zoom or pan gesture is still under way. */
  setView: (view: Interval, transient?: boolean) => void;
  setWindow: (window: Interval | null) => void;
  setScrubbing: (scrubbing: boolean) => void;
}

export const createTimeSlice: StateCreator<Store, [], [], TimeSlice> = (set) => ({
  view: DEFAULT_VIEW,
  settledView: DEFAULT_VIEW,
  window: null,
  playhead: DEFAULT_PLAYHEAD,
  scrubbing: false,
  setView: (view, transient = false) => set(transient ? { view } : { view, settledView: view }),
  setWindow: (window) => set({ window }),
  setScrubbing: (scrubbing) => set({ scrubbing }),
});
