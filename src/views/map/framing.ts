/**
 * What a map request frames, as data: an explicit camera, or bounds around places with the
 * closest zoom their kind allows. Shared by the live map and the slides rendered off screen, so a
 * story step looks the same in both.
 */
import type { Place } from '../../data/schema';
import { AREA_KINDS } from '../../data/vocabulary';
import type { MapRequest } from '../../domain/mapFraming';
import { FALLBACK_HOME, HOME_MAX_ZOOM } from './homeCamera';

/** How close a framing may zoom, by what the place is. */
const MAX_ZOOM: Record<'point' | 'area' | 'country', number> = { point: 7, area: 5.5, country: 4 };

export type Framing =
  | { kind: 'camera'; center: [number, number]; zoom: number }
  | { kind: 'bounds'; bounds: [number, number, number, number]; maxZoom: number };

type Request = MapRequest extends infer R
  ? R extends { seq: number }
    ? Omit<R, 'seq'>
    : never
  : never;

/** The framing for a request; `siteIds` are the sites "home" shows. Null: nothing to frame. */
export function framingFor(
  r: Request,
  places: ReadonlyMap<string, Place>,
  siteIds: readonly string[],
): Framing | null {
  if (r.kind === 'camera')
    return { kind: 'camera', center: [r.camera.lon, r.camera.lat], zoom: r.camera.zoom };
  const ids = r.kind === 'fit' ? r.placeIds : siteIds;
  const found = ids.flatMap((id) => {
    const p = places.get(id);
    return p ? [p] : [];
  });
  if (found.length === 0)
    return r.kind === 'home'
      ? { kind: 'bounds', bounds: FALLBACK_HOME, maxZoom: HOME_MAX_ZOOM }
      : null;
  const lons = found.map((p) => p.lon);
  const lats = found.map((p) => p.lat);
  const bounds: [number, number, number, number] = [
    Math.min(...lons),
    Math.min(...lats),
    Math.max(...lons),
    Math.max(...lats),
  ];
  if (r.kind === 'home') return { kind: 'bounds', bounds, maxZoom: HOME_MAX_ZOOM };
  const byKind = Math.min(
    ...found.map((p) =>
      p.kind === 'country'
        ? MAX_ZOOM.country
        : AREA_KINDS.has(p.kind)
          ? MAX_ZOOM.area
          : MAX_ZOOM.point,
    ),
  );
  return { kind: 'bounds', bounds, maxZoom: Math.min(byKind, r.maxZoom ?? byKind) };
}
