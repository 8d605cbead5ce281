/**
 * Views register how to draw themselves for a slide (the map at export size, the timeline band
 * with slide-sized type), so the PNG and the PowerPoint export never import a view or reach into
 * the DOM by selector. A `scene` asks for another moment than the one on screen — a story step —
 * drawn off screen without touching what the reader sees.
 */
import type { MapRequest } from '../domain/mapFraming';

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

type Interval = readonly [number, number];

/** A moment of the explorer, as a story step sets it. */
export interface Scene {
  view: Interval;
  window: Interval | null;
  playhead: number;
  selectedEventId: string | null;
  selectedPlaceId: string | null;
  /** What the map frames; null = where the live map is now. */
  request: MapRequest | null;
}

export type SnapshotSources = {
  /** The map rendered afresh at w × h pixels: as it is now, or at a scene. */
  map?: (w: number, h: number, scene?: Scene) => Promise<HTMLCanvasElement | null>;
  /**
   * Draw the timeline into a box of the slide, type scaled by `scale`: now, or at a scene (its
   * drawing code loads with the first slide).
   */
  timeline?: (
    ctx: CanvasRenderingContext2D,
    box: Box,
    scale: number,
    scene?: Scene,
  ) => Promise<void>;
};
const sources: SnapshotSources = {};

export function registerSnapshotSource<K extends keyof SnapshotSources>(
  key: K,
  source: NonNullable<SnapshotSources[K]>,
): () => void {
  sources[key] = source;
  return () => {
    if (sources[key] === source) delete sources[key];
  };
}

export function snapshotSources(): Readonly<SnapshotSources> {
  return sources;
}

/** Why a view could not be drawn for the slide, as a code the button words in the reader's language. */
export class SnapshotError extends Error {
  constructor(readonly code: 'map-timeout' | 'map-error') {
    super(code === 'map-timeout' ? 'the map took too long to draw' : 'the map failed to draw');
    this.name = 'SnapshotError';
  }
}
