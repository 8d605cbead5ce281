/**
 * The map's home view: the US–Mexico border from the Pacific to the Gulf, with every site near
 * it. Sites far from it (Mexico City, Tapachula, Washington) stay out of the home view and are
 * shown at its edge instead, so the border is never shrunk to a strip to make room for them.
 */

/** West, south, east, north in degrees. */
export type Bounds = readonly [number, number, number, number];

/** The boundary line's extent (Natural Earth 1:50m): Tijuana–San Diego to Matamoros–Brownsville. */
export const US_MEXICO_BORDER: Bounds = [-117.13, 25.87, -97.15, 32.72];
/** How far beyond the boundary's extent a site still counts as a border site (~170 km). */
export const BORDER_REACH_DEG = 1.5;

export interface Located {
  lon: number;
  lat: number;
}

export function isBorderSite(p: Located): boolean {
  const [w, s, e, n] = US_MEXICO_BORDER;
  const r = BORDER_REACH_DEG;
  return p.lon >= w - r && p.lon <= e + r && p.lat >= s - r && p.lat <= n + r;
}

export function boundsOf(points: readonly Located[]): Bounds | null {
  if (points.length === 0) return null;
  let [w, s, e, n] = [180, 90, -180, -90];
  for (const p of points) {
    w = Math.min(w, p.lon);
    s = Math.min(s, p.lat);
    e = Math.max(e, p.lon);
    n = Math.max(n, p.lat);
  }
  return [w, s, e, n];
}

/**
 * The home view's bounds: the whole border and every border site; for a dataset with no site
 * near the border (a reader's own file), all its sites; null when there are none.
 */
export function homeBounds(sites: readonly Located[]): Bounds | null {
  const near = sites.filter(isBorderSite);
  if (near.length === 0) return boundsOf(sites);
  const [w, s, e, n] = US_MEXICO_BORDER;
  return boundsOf([...near, { lon: w, lat: s }, { lon: e, lat: n }]);
}
