/** What the map draws for each site, from the gazetteer and the current counts. */
import type { Place } from '../data/schema';
import { AREA_KINDS } from '../data/vocabulary';

export interface SiteRecord {
  id: string;
  name: string;
  kind: Place['kind'];
  lon: number;
  lat: number;
  /** Drawn as a ring (a state, country, region or sector) rather than a dot. */
  area: boolean;
  /** Events at this site in the current window (after filters). */
  count: number;
  /** Events at this site in the dataset (after filters). */
  total: number;
  /** Marker radius in pixels: a capped square-root scale of `count`. */
  r: number;
  /** An event at this site is at the playhead (src/domain/playheadRule.ts). */
  lit: boolean;
  /** Not lit, but a longer span at this site is under way at the playhead. */
  ongoing: boolean;
  selected: boolean;
}

export const MIN_RADIUS = 5;
export const MAX_RADIUS = 15;

/**
 * Radius on a square-root scale (area tracks the count), capped: the busiest site in view is
 * MAX_RADIUS whether it holds 12 events or 12,000, so markers never swamp the map.
 */
export function siteRadius(count: number, maxCount: number): number {
  if (count <= 0 || maxCount <= 0) return MIN_RADIUS;
  return MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * Math.sqrt(Math.min(1, count / maxCount));
}

export function siteRecords(
  places: readonly Place[],
  totals: ReadonlyMap<string, number>,
  counts: ReadonlyMap<string, number>,
  lit: ReadonlySet<string>,
  selected: ReadonlySet<string>,
  ongoing: ReadonlySet<string> = new Set(),
): SiteRecord[] {
  let max = 0;
  for (const p of places)
    if ((totals.get(p.id) ?? 0) > 0) max = Math.max(max, counts.get(p.id) ?? 0);
  const out: SiteRecord[] = [];
  for (const p of places) {
    const total = totals.get(p.id) ?? 0;
    if (total === 0) continue; // only places that have events get a marker
    const count = counts.get(p.id) ?? 0;
    out.push({
      id: p.id,
      name: p.name,
      kind: p.kind,
      lon: p.lon,
      lat: p.lat,
      area: AREA_KINDS.has(p.kind),
      count,
      total,
      r: siteRadius(count, max),
      lit: lit.has(p.id),
      ongoing: !lit.has(p.id) && ongoing.has(p.id),
      selected: selected.has(p.id),
    });
  }
  return out;
}
