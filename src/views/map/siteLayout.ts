/**
 * The sites as drawn at a camera, in screen pixels: near markers spread apart (each moved one
 * keeps a leader line to its true place) or gathered into a named group, each label placed
 * beside its own marker by priority, and sites outside the frame turned into edge indicators.
 * The live map (siteGeoJson) and the static first frame (StaticMap) both draw this layout, so
 * the first frame's labels sit where MapLibre's will.
 */
import { type EdgeIndicator, edgeIndicators } from '../../domain/edgeIndicators';
import {
  type Box,
  type LabelMarker,
  layoutLabels,
  type PlacedLabel,
} from '../../domain/labelLayout';
import type { SiteRecord } from '../../domain/siteFeatures';
import {
  GROUP_RADIUS,
  type PlacedSite,
  type SiteGroup,
  spreadSites,
} from '../../domain/spreadSites';
import { AREA_LETTER_SPACING, LINE_HEIGHT } from './siteLayers';

export interface LayoutContext {
  /** Width in pixels of a label's text at a font size, in the map's font. */
  measure: (text: string, size: number) => number;
  /** Cards and controls drawn over the map, in container pixels: labels keep clear of them. */
  obstacles?: readonly Box[];
  /** Size of an edge chip; without it (a slide, the first frame) no indicators are made. */
  chip?: (name: string, more: number) => { width: number; height: number };
  /** Height of the band along the bottom edge that cards fill (chips sit above it). */
  bottomBand?: number;
  /** Labels one size smaller, for a narrow map. */
  small?: boolean;
}

export interface SiteLayout {
  sites: PlacedSite[];
  groups: SiteGroup[];
  /** Where each site really is, in screen pixels (a moved marker's leader line ends there). */
  truePlace: Map<string, { x: number; y: number }>;
  labels: PlacedLabel[];
  indicators: EdgeIndicator[];
  /** False for a marker off the map or under a card: it is not drawn. */
  siteShown: (s: { id: string; x: number; y: number }) => boolean;
  groupShown: (g: { x: number; y: number }) => boolean;
}

/** Below this map width (px) labels are one size smaller. */
export const NARROW_LABELS_PX = 600;

/** Text size of a site's label: areas small and spaced out, lit sites larger. */
export const labelSize = (r: Pick<SiteRecord, 'area' | 'lit'>, small = false) =>
  (r.area ? 10 : r.lit ? 13 : 12) - (small ? 1 : 0);
/** Text of a site's label: areas in capitals, as the live map's layer writes them. */
export const labelText = (r: Pick<SiteRecord, 'area' | 'name'>) =>
  r.area ? r.name.toUpperCase() : r.name;
export const groupLabelSize = (small = false) => (small ? 11 : 12);
const STROKE = 3.5;
/** A chip keeps this far from the map's edge. */
const CHIP_MARGIN = 6;

const disc = (x: number, y: number, r: number): Box => ({
  x0: x - r,
  y0: y - r,
  x1: x + r,
  y1: y + r,
});

/** A rough width, for maps drawn without a canvas to measure with. */
export const roughMeasure = (text: string, size: number) => text.length * size * 0.58;

export function layoutSites(
  records: readonly SiteRecord[],
  project: (lon: number, lat: number) => readonly [number, number],
  size: { width: number; height: number },
  context: LayoutContext = { measure: roughMeasure },
): SiteLayout {
  const { width: w, height: h } = size;
  const byId = new Map(records.map((r) => [r.id, r]));
  const projected = records.map((r) => {
    const [x, y] = project(r.lon, r.lat);
    return { id: r.id, x, y, r: r.r, weight: r.count * 1000 + r.total, name: r.name };
  });
  const { sites, groups } = spreadSites(projected);
  const truePlace = new Map(projected.map((p) => [p.id, { x: p.x, y: p.y }]));
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
          text: labelText(r),
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
      size: groupLabelSize(context.small),
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
  return { sites, groups, truePlace, labels, indicators, siteShown, groupShown };
}
