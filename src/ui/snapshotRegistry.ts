/**
 * Views register how to draw themselves for the PNG snapshot (the map at export size, the
 * timeline band with slide-sized type), so the snapshot never imports a view or reaches into
 * the DOM by selector.
 */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

type Sources = {
  /** The map as it is now, rendered afresh at w × h pixels. */
  map?: (w: number, h: number) => Promise<HTMLCanvasElement | null>;
  /** Draw the timeline into a box of the slide, type scaled by `scale`. */
  timeline?: (ctx: CanvasRenderingContext2D, box: Box, scale: number) => void;
};
const sources: Sources = {};

export function registerSnapshotSource<K extends keyof Sources>(
  key: K,
  source: NonNullable<Sources[K]>,
): () => void {
  sources[key] = source;
  return () => {
    if (sources[key] === source) delete sources[key];
  };
}

export function snapshotSources(): Readonly<Sources> {
  return sources;
}

/** Why a view could not be drawn for the slide, as a code the button words in the reader's language. */
export class SnapshotError extends Error {
  constructor(readonly code: 'map-timeout' | 'map-error') {
    super(code === 'map-timeout' ? 'the map took too long to draw' : 'the map failed to draw');
    this.name = 'SnapshotError';
  }
}
