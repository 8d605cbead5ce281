/** Pure arithmetic on the timeline's visible domain: zoom about a point, pan to show an instant. */
export type Span = readonly [number, number];

export const MIN_VIEW_MS = 7 * 86_400_000;

/** Clamp a view inside `extent`, keeping its length (or shrinking it to fit). */
export function clampView(view: Span, extent: Span): Span {
  const len = Math.min(view[1] - view[0], extent[1] - extent[0]);
  const start = Math.min(Math.max(view[0], extent[0]), extent[1] - len);
  return [start, start + len];
}

/** Zoom by `factor` (> 1 zooms in) about instant `center`, within extent and minimum span. */
export function zoomView(view: Span, factor: number, center: number, extent: Span): Span {
  const len = Math.max(MIN_VIEW_MS, (view[1] - view[0]) / factor);
  const ratio = (center - view[0]) / (view[1] - view[0]);
  const start = center - ratio * len;
  return clampView([start, start + len], extent);
}

/** The smallest pan that brings `t` inside the view with a margin; the same view if it is inside. */
export function panToInclude(view: Span, t: number, extent: Span, margin = 0.1): Span {
  const len = view[1] - view[0];
  const pad = len * margin;
  if (t >= view[0] + pad && t <= view[1] - pad) return view;
  const start = t < view[0] + pad ? t - pad : t + pad - len;
  return clampView([start, start + len], extent);
}
