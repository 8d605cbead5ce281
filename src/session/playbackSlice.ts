import type { StateCreator } from 'zustand';
import type { Store } from './store';

/** Days of the timeline that pass per second of playback. */
export const PLAYBACK_SPEEDS = { slow: 30, normal: 90, fast: 365 } as const;
export type PlaybackSpeed = keyof typeof PLAYBACK_SPEEDS;

export interface PlaybackSlice {
  /** True while ▶ Play moves the playhead through the window. Never in the URL. */
  playing: boolean;
  speed: PlaybackSpeed;
  setSpeed: (speed: PlaybackSpeed) => void;
}

export const createPlaybackSlice: StateCreator<Store, [], [], PlaybackSlice> = (set) => ({
  playing: false,
  speed: 'normal',
  setSpeed: (speed) => set({ speed }),
});
