/**
 * Puts the sites on a map in two ways. Where and how big they are goes in as GeoJSON, written
 * only for the sources whose content changed, since each write re-tiles in MapLibre's worker.
 * What the playhead lights (and the fading of the rest) goes in as feature state, which
 * repaints without re-tiling: a playhead step never waits for the worker.
 */
import type * as maplibregl from 'maplibre-gl';
import type { SiteRecord } from '../../domain/siteFeatures';
import type { SiteGeoJson } from './siteGeoJson';

export const SITE_SOURCES = ['sites', 'site-leaders', 'site-groups'] as const;
type SiteSource = (typeof SITE_SOURCES)[number];

/** The last GeoJSON text written to each source of one map; empty after a style change. */
export type WrittenSources = Partial<Record<SiteSource, string>>;

export function writeSiteData(
  map: maplibregl.Map,
  drawn: SiteGeoJson,
  written: WrittenSources = {},
): WrittenSources {
  const data: Record<SiteSource, GeoJSON.FeatureCollection> = {
    sites: drawn.sites,
    'site-leaders': drawn.leaders,
    'site-groups': drawn.groups,
  };
  const next: WrittenSources = {};
  for (const id of SITE_SOURCES) {
    const text = JSON.stringify(data[id]);
    next[id] = text;
    if (written[id] !== text) map.getSource<maplibregl.GeoJSONSource>(id)?.setData(data[id]);
  }
  return next;
}

/** Lit, ongoing and dimmed sites, and groups holding a lit site, as feature state. */
export function writeSiteState(
  map: maplibregl.Map,
  records: readonly SiteRecord[],
  drawn: SiteGeoJson,
): void {
  const anyLit = records.some((r) => r.lit);
  const litIds = new Set<string>();
  for (const r of records) {
    if (r.lit) litIds.add(r.id);
    map.setFeatureState(
      { source: 'sites', id: r.id },
      { lit: r.lit, ongoing: r.ongoing, dim: anyLit && !r.lit && !r.ongoing && !r.selected },
    );
  }
  for (const g of drawn.groups.features) {
    const key = String(g.properties?.ids ?? '');
    const lit = key.split(',').some((id) => litIds.has(id));
    map.setFeatureState({ source: 'site-groups', id: key }, { lit });
  }
}

/** True when two site lists differ in nothing but which sites are lit or under way. */
export function onlyLitChanged(a: readonly SiteRecord[], b: readonly SiteRecord[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((r, i) => {
    const s = b[i];
    return (
      s !== undefined &&
      r.id === s.id &&
      r.count === s.count &&
      r.total === s.total &&
      r.r === s.r &&
      r.selected === s.selected &&
      r.name === s.name
    );
  });
}
