/**
 * What a map request frames, as data: an explicit camera, or bounds around places with the
 * closest zoom their kind allows. Shared by the live map and the slides rendered off screen, so a
 * story step looks the same in both.
 */
import type { Place } from '../../data/schema';
import { AREA_KINDS } from '../../data/vocabulary';
import { boundsOf, homeBounds } from '../../domain/borderFrame';
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

/**
 * The framing for a request; `siteIds` are the sites on the map. "home" is the border with the
 * sites near it, as the live map's home view. Null: nothing to frame.
 */
export function framingFor(
  r: Request,
  places: ReadonlyMap<string, Place>,
  siteIds: readonly string[],
): Framing | null {
  if (r.kind === 'camera')
    return { kind: 'camera', center: [r.camera.lon, r.camera.lat], zoom: r.camera.zoom };
  const ids = 'placeIds' in r ? r.placeIds : siteIds;
  const found = ids.flatMap((id) => {
    const p = places.get(id);
    return p ? [p] : [];
  });
  if (found.length === 0)
    return r.kind === 'home'
      ? { kind: 'bounds', bounds: [...FALLBACK_HOME], maxZoom: HOME_MAX_ZOOM }
      : null;
  if (r.kind === 'home')
    return {
      kind: 'bounds',
      bounds: [...(homeBounds(found) ?? FALLBACK_HOME)],
      maxZoom: HOME_MAX_ZOOM,
    };
  const [w, s, e, n] = boundsOf(found) ?? FALLBACK_HOME;
  return { kind: 'bounds', bounds: [w, s, e, n], maxZoom: closestZoom(found, r.maxZoom) };
}

/** How close a framing of these places may zoom: the loosest their kinds allow, and `limit`. */
export function closestZoom(
  places: readonly Pick<Place, 'kind'>[],
  limit = Number.POSITIVE_INFINITY,
): number {
  return Math.min(
    limit,
    ...places.map((p) =>
      p.kind === 'country'
        ? MAX_ZOOM.country
        : AREA_KINDS.has(p.kind)
          ? MAX_ZOOM.area
          : MAX_ZOOM.point,
    ),
  );
}
