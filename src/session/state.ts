/**
 * What a reading session holds: only what the reader did, never the dataset. Data only, in
 * slices; it changes through the session's actions (./actions.ts) and nowhere else.
 */

import type { Interval } from '../domain/derivedModel';
import { EMPTY_FILTERS, type Filters } from '../domain/filters';
import type { Lang } from '../i18n/lang';

export type { Interval };

/** The product's own framing: 2016 through 2023. */
export const DEFAULT_VIEW: Interval = [Date.UTC(2016, 0, 1), Date.UTC(2024, 0, 1)];
export const DEFAULT_PLAYHEAD = Date.UTC(2018, 10, 25);

/** Days of the timeline that pass per second of playback. */
export const PLAYBACK_SPEEDS = { slow: 30, normal: 90, fast: 365 } as const;
export type PlaybackSpeed = keyof typeof PLAYBACK_SPEEDS;
export const PLAYBACK_SPEED_NAMES = [
  'slow',
  'normal',
  'fast',
] as const satisfies readonly PlaybackSpeed[];

import type { ThemeSetting } from '../ui/useTheme';

export type { ThemeSetting };

/** How an embed meets its frame: an article lets it grow, a slide gives it a fixed frame. */
export type EmbedFit = 'article' | 'slide';

/** A map camera: centre and zoom (MapLibre zoom levels). */
export interface Camera {
  lon: number;
  lat: number;
  zoom: number;
}

/**
 * What the session asks the map to show. The map engine resolves it with MapLibre's
 * cameraForBounds at its own size, unless the reader is moving the map. `seq` makes a repeated
 * request (the same site twice) a new one. `reveal` (a selection) moves the map only when its
 * places are not in plain view; `fit` (a story step) always frames them.
 */
export type MapRequest =
  | { seq: number; kind: 'fit' | 'reveal'; placeIds: readonly string[] }
  | { seq: number; kind: 'camera'; camera: Camera }
  | { seq: number; kind: 'home' };

export interface TimeState {
  /** Visible domain of the timeline, updated every frame of a zoom or pan gesture. */
  view: Interval;
  /** The view once a gesture ends: what follows the visible period but not its drawing. */
  settledView: Interval;
  /** Brushed window that filters the map and list; null = the visible domain. */
  window: Interval | null;
  playhead: number;
  /** True while the reader drags the playhead: history entries wait for the release. */
  scrubbing: boolean;
}

export interface SelectionState {
  selectedEventId: string | null;
  selectedPlaceId: string | null;
  /** Transient: never in the URL. */
  hoveredEventId: string | null;
}

export interface MapState {
  /** Where the reader left the map (for the URL); null = framed by the app. */
  camera: Camera | null;
  mapRequest: MapRequest | null;
}

export interface FilterState {
  filters: Filters;
}

export interface PlaybackState {
  /** True while ▶ Play moves the playhead. Never in the URL. */
  playing: boolean;
  speed: PlaybackSpeed;
}

export interface UiState {
  theme: ThemeSetting;
  /** Embed mode: minimal chrome, a credit line and a link to the full app. */
  embed: boolean;
  fit: EmbedFit;
  /** false = a locked view: no filter, zoom or window changes; hover and the card still work. */
  controls: boolean;
  /** Story mode: narrative id and 0-based step, or null when not presenting. */
  story: { id: string; step: number } | null;
  /** The reader's chosen language; null = the browser's. */
  lang: Lang | null;
  /** `?data=`: a dataset on this site to show instead of the built-in one. */
  dataUrl: string | null;
}

export type SessionState = TimeState &
  SelectionState &
  MapState &
  FilterState &
  PlaybackState &
  UiState;

/** A change to the session: what every command returns. */
export type Patch = Partial<SessionState>;

export const INITIAL_SESSION: SessionState = {
  view: DEFAULT_VIEW,
  settledView: DEFAULT_VIEW,
  window: null,
  playhead: DEFAULT_PLAYHEAD,
  scrubbing: false,
  selectedEventId: null,
  selectedPlaceId: null,
  hoveredEventId: null,
  camera: null,
  mapRequest: null,
  filters: EMPTY_FILTERS,
  playing: false,
  speed: 'normal',
  theme: 'auto',
  embed: false,
  fit: 'article',
  controls: true,
  story: null,
  lang: null,
  dataUrl: null,
};
