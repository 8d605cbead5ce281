/**
 * The sites as the map draws them at its current camera: near markers spread apart (with leader
 * lines to their true places) or gathered into a named group, each label placed beside its own
 * marker by priority, and sites outside the frame turned into edge indicators. Screen geometry
 * comes from src/domain; this module only projects it and turns it back into GeoJSON.
 */
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type * as maplibregl from 'maplibre-gl';
import { type EdgeIndicator, edgeIndicators } from '../../domain/edgeIndicators';
import {
  type Box,
  type LabelMarker,
  layoutLabels,
  type PlacedLabel,
} from '../../domain/labelLayout';
import type { SiteRecord } from '../../domain/siteFeatures';
import { GROUP_RADIUS, spreadSites } from '../../domain/spreadSites';
import { AREA_LETTER_SPACING, LINE_HEIGHT } from './siteLayers';

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

export interface LayoutContext {
  /** Width in pixels of a label's text at a font size, in the map's font. */
  measure: (text: string, size: number) => number;
  /** Cards and controls drawn over the map, in container pixels: labels keep clear of them. */
  obstacles?: readonly Box[];
  /** Size of an edge chip; without it (a slide) no indicators are made. */
  chip?: (name: string, more: number) => { width: number; height: number };
  /** Height of the band along the bottom edge that cards fill (chips sit above it). */
  bottomBand?: number;
  /** Labels one size smaller, for a narrow map. */
  small?: boolean;
}

/** Text size of a site's label: areas small and spaced out, lit sites larger. */
export const labelSize = (r: Pick<SiteRecord, 'area' | 'lit'>, small = false) =>
  (r.area ? 10 : r.lit ? 13 : 12) - (small ? 1 : 0);
const STROKE = 3.5;
/** A chip keeps this far from the map's edge. */
const CHIP_MARGIN = 6;

const disc = (x: number, y: number, r: number): Box => ({
  x0: x - r,
  y0: y - r,
  x1: x + r,
  y1: y + r,
});

const fc = <G extends Point | LineString>(features: Feature<G>[]): FeatureCollection<G> => ({
  type: 'FeatureCollection',
  features,
});

/** A rough width, for maps drawn without a canvas to measure with. */
const roughMeasure = (text: string, size: number) => text.length * size * 0.58;

export function siteGeoJson(
  records: readonly SiteRecord[],
  map: maplibregl.Map,
  context: LayoutContext = { measure: roughMeasure },
): SiteGeoJson {
  const byId = new Map(records.map((r) => [r.id, r]));
  const projected = records.map((r) => {
    const p = map.project([r.lon, r.lat]);
    return { id: r.id, x: p.x, y: p.y, r: r.r, weight: r.count * 1000 + r.total, name: r.name };
  });
  const { sites, groups } = spreadSites(projected);
  const truePlace = new Map(projected.map((p) => [p.id, p]));
  // Rounded to ~1 cm, so panning (which moves every point alike) writes no new GeoJSON.
  const round = (v: number) => Math.round(v * 1e7) / 1e7;
  const at = (x: number, y: number): [number, number] => {
    const ll = map.unproject([x, y]);
    return [round(ll.lng), round(ll.lat)];
  };
  const { clientWidth: w, clientHeight: h } = map.getContainer();
  const obstacles = context.obstacles ?? [];
  /** A marker is in view when its whole disc is on the map and no card covers its centre. */
  const shown = (x: number, y: number, r: number) =>
    x >= r &&
    y >= r &&
    x <= w - r &&
    y <= h - r &&
    !obstacles.some((o) => x >= o.x0 - r && x <= o.x1 + r && y >= o.y0 - r && y <= o.y1 + r);
  const radius = (id: string) => byId.get(id)?.r ?? 0;
  const siteShown = (s: { id: string; x: number; y: number }) => shown(s.x, s.y, radius(s.id));
  const groupShown = (g: { x: number; y: number }) => shown(g.x, g.y, GROUP_RADIUS);

  // Outside the frame (or under a card): an edge chip instead of a label.
  const offscreen = [
    ...sites.filter((s) => !siteShown(s)).map((s) => ({ ids: [s.id], x: s.x, y: s.y })),
    ...groups.filter((g) => !groupShown(g)),
  ].flatMap(({ ids, x, y }) =>
    ids.flatMap((id) => {
      const r = byId.get(id);
      return r ? [{ id, name: r.name, x, y, weight: r.count * 1000 + r.total }] : [];
    }),
  );
  const indicators = context.chip
    ? edgeIndicators({
        sites: offscreen,
        frame: {
          x0: CHIP_MARGIN,
          y0: CHIP_MARGIN,
          x1: w - CHIP_MARGIN,
          y1: h - CHIP_MARGIN - (context.bottomBand ?? 0),
        },
        size: context.chip,
        // Chips keep clear of the cards and of every marker in view.
        obstacles: [
          ...obstacles,
          ...sites.filter(siteShown).map((s) => disc(s.x, s.y, radius(s.id) + 4)),
          ...groups.filter(groupShown).map((g) => disc(g.x, g.y, GROUP_RADIUS + 4)),
        ],
      })
    : [];

  // Labels: selected first, then lit, then the busiest; beside their own marker only.
  const segments: [number, number, number, number][] = [];
  const dots: Box[] = [];
  for (const s of sites) {
    const p = truePlace.get(s.id);
    if (!s.moved || !p) continue;
    segments.push([s.x, s.y, p.x, p.y]);
    dots.push({ x0: p.x - 3, y0: p.y - 3, x1: p.x + 3, y1: p.y + 3 });
  }
  const rank = (r: SiteRecord) => (r.selected ? 0 : r.lit ? 1e6 : 2e6) - r.count * 1000 - r.total;
  const labelMarkers: LabelMarker[] = [
    ...sites.flatMap((s): LabelMarker[] => {
      const r = byId.get(s.id);
      if (!r || !siteShown(s)) return [];
      return [
        {
          id: s.id,
          x: s.x,
          y: s.y,
          // The stroke, not the soft lit halo: a label may sit on the glow, never on the disc.
          r: r.r + STROKE,
          text: r.area ? r.name.toUpperCase() : r.name,
          size: labelSize(r, context.small),
          letterSpacing: r.area ? AREA_LETTER_SPACING : 0,
          priority: rank(r),
          ...(s.outward !== undefined ? { outward: s.outward } : {}),
        },
      ];
    }),
    ...groups.filter(groupShown).map((g) => ({
      id: `group:${g.ids.join(',')}`,
      x: g.x,
      y: g.y,
      r: GROUP_RADIUS + STROKE,
      text: g.label,
      size: context.small ? 11 : 12,
      priority: Math.min(
        ...g.ids.map((id) => (byId.has(id) ? rank(byId.get(id) as SiteRecord) : 0)),
      ),
    })),
  ];
  const labels = layoutLabels({
    markers: labelMarkers,
    frame: { x0: 2, y0: 2, x1: w - 2, y1: h - 2 },
    obstacles: [...obstacles, ...dots, ...indicators.map((i) => i.box)],
    segments,
    measure: context.measure,
    lineHeight: LINE_HEIGHT,
    gap: 3,
  });
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
        ...labelProps(r.id, labelSize(r, context.small)),
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
        ...labelProps(`group:${g.ids.join(',')}`, context.small ? 11 : 12),
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
