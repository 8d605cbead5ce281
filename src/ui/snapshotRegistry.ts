/**
 * Views register what the snapshot needs (the map canvas, the timeline SVG) on mount, so the
 * snapshot never reaches into the DOM by selector.
 */
type Sources = { map?: () => HTMLCanvasElement | null; timeline?: () => SVGSVGElement | null };
const sources: Sources = {};

export function registerSnapshotSource<K extends keyof Sources>(
  key: K,
  get: NonNullable<Sources[K]>,
): () => void {
  sources[key] = get;
  return () => {
    if (sources[key] === get) delete sources[key];
  };
}

export function snapshotSources(): Readonly<Sources> {
  return sources;
}
