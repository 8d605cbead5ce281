/**
 * The sites as the live map draws them at its current camera: the screen layout of siteLayout
 * (spread markers, labels beside their own marker, edge indicators), projected with MapLibre
 * and turned back into GeoJSON for its layers.
 */
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type * as maplibregl from 'maplibre-gl';
import type { EdgeIndicator } from '../../domain/edgeIndicators';
import type { PlacedLabel } from '../../domain/labelLayout';
import type { SiteRecord } from '../../domain/siteFeatures';
import { GROUP_RADIUS } from '../../domain/spreadSites';
import { groupLabelSize, type LayoutContext, labelSize, layoutSites } from './siteLayout';

export interface DrawnMarker {
  /** A site id, or `group:` and its members' ids. */
  id: string;
  x: number;
  y: number;
  r: number;
}

export interface SiteGeoJson {
  sites: FeatureCollection<Point>;
  leaders: FeatureCollection<LineString | Point>;
  groups: FeatureCollection<Point>;
  /** Drawn positions in screen pixels (map container coordinates). */
  screen: DrawnMarker[];
  /** Labels as placed, in screen pixels. */
  labels: PlacedLabel[];
  /** Sites outside the frame, as chips at its edge. */
  indicators: EdgeIndicator[];
}

const fc = <G extends Point | LineString>(features: Feature<G>[]): FeatureCollection<G> => ({
  type: 'FeatureCollection',
  features,
});

export function siteGeoJson(
  records: readonly SiteRecord[],
  map: maplibregl.Map,
  context?: LayoutContext,
): SiteGeoJson {
  const byId = new Map(records.map((r) => [r.id, r]));
  // Rounded to ~1 cm, so panning (which moves every point alike) writes no new GeoJSON.
  const round = (v: number) => Math.round(v * 1e7) / 1e7;
  const at = (x: number, y: number): [number, number] => {
    const ll = map.unproject([x, y]);
    return [round(ll.lng), round(ll.lat)];
  };
  const { clientWidth: width, clientHeight: height } = map.getContainer();
  const { sites, groups, labels, indicators, siteShown, groupShown } = layoutSites(
    records,
    (lon, lat) => {
      const p = map.project([lon, lat]);
      return [p.x, p.y];
    },
    { width, height },
    context,
  );
  const labelOf = new Map(labels.map((l) => [l.id, l]));
  const labelProps = (id: string, size: number) => {
    const l = labelOf.get(id);
    return l
      ? { label: l.lines.join('\n'), anchor: l.anchor, offset: l.offset.map((v) => v / size), size }
      : { label: '', anchor: 'left', offset: [0, 0], size };
  };

  const siteFeatures: Feature<Point>[] = [];
  const leaders: Feature<LineString | Point>[] = [];
  for (const s of sites) {
    const r = byId.get(s.id);
    if (!r) continue;
    const drawn = s.moved ? at(s.x, s.y) : ([r.lon, r.lat] as [number, number]);
    siteFeatures.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: drawn },
      properties: {
        id: r.id,
        name: r.name,
        area: r.area ? 1 : 0,
        count: r.count,
        total: r.total,
        r: r.r,
        selected: r.selected ? 1 : 0,
        ...labelProps(r.id, labelSize(r, context?.small)),
        // Behind a card or off the map: its edge chip stands for it.
        hidden: siteShown(s) ? 0 : 1,
      },
    });
    if (s.moved && siteShown(s)) {
      leaders.push(
        {
          type: 'Feature',
          geometry: { type: 'LineString', coordinates: [drawn, [r.lon, r.lat]] },
          properties: {},
        },
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [r.lon, r.lat] },
          properties: {},
        },
      );
    }
  }
  // A label set out from a crowded marker keeps a line to it.
  for (const l of labels)
    if (l.leader)
      leaders.push({
        type: 'Feature',
        geometry: {
          type: 'LineString',
          coordinates: [at(l.leader[0], l.leader[1]), at(l.leader[2], l.leader[3])],
        },
        properties: {},
      });
  const groupFeatures: Feature<Point>[] = groups.map((g) => {
    const members = g.ids.flatMap((id) => byId.get(id) ?? []);
    return {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: at(g.x, g.y) },
      properties: {
        ids: g.ids.join(','),
        r: GROUP_RADIUS,
        count: members.reduce((t, m) => t + m.count, 0),
        selected: members.some((m) => m.selected) ? 1 : 0,
        area: 0,
        hidden: groupShown(g) ? 0 : 1,
        ...labelProps(`group:${g.ids.join(',')}`, groupLabelSize(context?.small)),
      },
    };
  });
  return {
    sites: fc(siteFeatures),
    leaders: fc(leaders),
    groups: fc(groupFeatures),
    screen: [
      ...sites.map((s) => ({
        id: s.id,
        x: Math.round(s.x),
        y: Math.round(s.y),
        r: byId.get(s.id)?.r ?? 0,
      })),
      ...groups.map((g) => ({
        id: `group:${g.ids.join(',')}`,
        x: Math.round(g.x),
        y: Math.round(g.y),
        r: GROUP_RADIUS,
      })),
    ],
    labels,
    indicators,
  };
}
