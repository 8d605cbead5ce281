/**
 * The map as a plain SVG, for the first frame: the basemap pre-projected at build time (Web
 * Mercator, public/basemap/static-map.json), the sites placed and spread as the live map places
 * them, for the camera the live map opens with. MapLibre replaces it without a jump; without
 * WebGL it stays, and the reader is told why.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { assets } from '#assets';
import type { SiteRecord } from '../../domain/siteFeatures';
import { spreadSites } from '../../domain/spreadSites';
import type { MapColours } from '../../ui/palette';
import { type HomeCamera, mercator, projector, type Size } from './homeCamera';

interface StaticBasemap {
  land: string;
  focus: string;
  borders: string;
  usMexico: string;
}

const staticBasemapQuery = queryOptions({
  queryKey: ['static-basemap'],
  queryFn: async (): Promise<StaticBasemap> => {
    const source = assets.staticBasemap;
    if (typeof source !== 'string') return source as unknown as StaticBasemap;
    const response = await fetch(source);
    if (!response.ok) throw new Error(`${source} answered ${response.status}`);
    return (await response.json()) as StaticBasemap;
  },
  staleTime: 'static',
});

interface Props {
  sites: readonly SiteRecord[];
  camera: HomeCamera;
  size: Size;
  colours: MapColours;
  /** After the frame that shows the basemap and the sites (or once it cannot be drawn). */
  /** The cards and controls over the map: a marker under one is not drawn. */
  boxes: readonly { x0: number; y0: number; x1: number; y1: number }[];
  onDrawn?: () => void;
}

/** Screen positions of the sites as the live map draws them (spread where they would overlap). */
export function placeSites(sites: readonly SiteRecord[], camera: HomeCamera, size: Size) {
  const project = projector(camera, size);
  const screen = sites.map((r) => {
    const [x, y] = project(r.lon, r.lat);
    return { id: r.id, x, y, r: r.r, weight: r.count * 1000 + r.total, name: r.name };
  });
  return spreadSites(screen);
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Labels as the live map places them, roughly: the busiest sites first, each beside its marker
 * on the first side (right, left, below, above) where it hits no label or marker already
 * placed; a label with no room is left out, as MapLibre leaves it out.
 */
export function placeLabels(
  items: readonly {
    id: string;
    x: number;
    y: number;
    r: number;
    text: string;
    size: number;
    priority: number;
  }[],
): Map<string, { x: number; y: number; anchor: 'start' | 'end' | 'middle' }> {
  const taken: Box[] = items.map((i) => ({
    x0: i.x - i.r,
    y0: i.y - i.r,
    x1: i.x + i.r,
    y1: i.y + i.r,
  }));
  const out = new Map<string, { x: number; y: number; anchor: 'start' | 'end' | 'middle' }>();
  for (const i of [...items].sort((a, b) => a.priority - b.priority)) {
    const w = i.text.length * i.size * 0.58;
    const h = i.size * 1.2;
    const gap = i.r + 4;
    const candidates = [
      {
        x: i.x + gap,
        y: i.y,
        anchor: 'start' as const,
        box: { x0: i.x + gap, x1: i.x + gap + w, y0: i.y - h / 2, y1: i.y + h / 2 },
      },
      {
        x: i.x - gap,
        y: i.y,
        anchor: 'end' as const,
        box: { x0: i.x - gap - w, x1: i.x - gap, y0: i.y - h / 2, y1: i.y + h / 2 },
      },
      {
        x: i.x,
        y: i.y + gap + h / 2,
        anchor: 'middle' as const,
        box: { x0: i.x - w / 2, x1: i.x + w / 2, y0: i.y + gap, y1: i.y + gap + h },
      },
      {
        x: i.x,
        y: i.y - gap - h / 2,
        anchor: 'middle' as const,
        box: { x0: i.x - w / 2, x1: i.x + w / 2, y0: i.y - gap - h, y1: i.y - gap },
      },
    ];
    const own = { x0: i.x - i.r, y0: i.y - i.r, x1: i.x + i.r, y1: i.y + i.r };
    const fit = candidates.find(
      (c) =>
        !taken.some(
          (t) => t !== own && overlaps(c.box, t) && !(t.x0 === own.x0 && t.y0 === own.y0),
        ),
    );
    if (!fit) continue;
    taken.push(fit.box);
    out.set(i.id, { x: fit.x, y: fit.y, anchor: fit.anchor });
  }
  return out;
}

export function StaticMap({ sites, camera, size, colours, boxes, onDrawn }: Props) {
  const query = useQuery(staticBasemapQuery);
  const basemap = query.data;
  const settled = query.isSuccess || query.isError;
  const drawn = useRef(onDrawn);
  drawn.current = onDrawn;
  useEffect(() => {
    if (!settled) return;
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => drawn.current?.());
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [settled]);
  const [cx, cy] = mercator(camera.lon, camera.lat);
  const k = 2 ** camera.zoom;
  const world = `translate(${size.width / 2 - cx * k} ${size.height / 2 - cy * k}) scale(${k})`;
  const spread = placeSites(sites, camera, size);
  const byId = new Map(sites.map((s) => [s.id, s]));
  // As the live map: a marker off the map or under a card is not drawn (its edge chip comes
  // with the live map).
  const shown = (x: number, y: number, r: number) =>
    x >= r &&
    y >= r &&
    x <= size.width - r &&
    y <= size.height - r &&
    !boxes.some((o) => x >= o.x0 - r && x <= o.x1 + r && y >= o.y0 - r && y <= o.y1 + r);
  const placed = spread.sites.filter((p) => shown(p.x, p.y, byId.get(p.id)?.r ?? 0));
  const groups = spread.groups.filter((g) => shown(g.x, g.y, 16));
  const labels = placeLabels(
    placed.flatMap((p) => {
      const s = byId.get(p.id);
      if (!s) return [];
      return [
        {
          id: p.id,
          x: p.x,
          y: p.y,
          r: s.r,
          text: s.area ? s.name.toUpperCase() : s.name,
          size: s.area ? 10 : 12,
          // As the live map's symbol-sort-key: selected, then lit, then the busiest.
          priority: s.selected ? 0 : s.lit ? 1 : 100 - s.count,
        },
      ];
    }),
  );
  const line = { fill: 'none', vectorEffect: 'non-scaling-stroke' } as const;
  return (
    <svg
      className="static-map"
      width={size.width}
      height={size.height}
      aria-hidden="true"
      data-testid="static-map"
      {...(basemap ? { 'data-sites-drawn': '' } : {})}
    >
      <rect width={size.width} height={size.height} fill={colours.water} />
      {basemap && (
        <g transform={world}>
          <path d={basemap.land} fill={colours.land} />
          <path d={basemap.focus} fill={colours.landFocus} />
          <path d={basemap.borders} {...line} stroke={colours.border} strokeWidth={0.9} />
          <path
            d={basemap.usMexico}
            {...line}
            stroke={colours.usMexicoBorder}
            strokeWidth={6}
            strokeOpacity={0.18}
          />
          <path
            d={basemap.usMexico}
            {...line}
            stroke={colours.usMexicoBorder}
            strokeWidth={2}
            data-testid="static-border"
          />
        </g>
      )}
      {basemap &&
        placed.map((p) => {
          const s = byId.get(p.id);
          if (!s) return null;
          const label = labels.get(p.id);
          return (
            <g key={p.id} className="static-site" data-site={p.id}>
              <circle
                cx={p.x}
                cy={p.y}
                r={s.r}
                fill={s.area ? colours.area : s.count > 0 ? colours.site : colours.siteEmpty}
                fillOpacity={s.area ? 0.16 : 0.92}
                stroke={s.lit ? colours.lit : s.area ? colours.area : colours.labelHalo}
                strokeWidth={s.lit ? 3 : 1.2}
              />
              {label && (
                <text
                  x={label.x}
                  y={label.y}
                  dy="0.35em"
                  textAnchor={label.anchor}
                  fill={s.lit ? colours.lit : s.area ? colours.area : colours.label}
                  stroke={colours.labelHalo}
                  strokeWidth={3}
                  paintOrder="stroke"
                  fontSize={s.area ? 10 : 12}
                >
                  {s.area ? s.name.toUpperCase() : s.name}
                </text>
              )}
            </g>
          );
        })}
      {basemap &&
        groups.map((g) => (
          <g key={g.ids.join(',')} className="static-site" data-site={`group:${g.ids.join(',')}`}>
            <circle cx={g.x} cy={g.y} r={16} fill={colours.site} fillOpacity={0.85} />
            <text
              x={g.x}
              y={g.y + 26}
              textAnchor="middle"
              fill={colours.label}
              stroke={colours.labelHalo}
              strokeWidth={3}
              paintOrder="stroke"
              fontSize={12}
            >
              {g.label}
            </text>
          </g>
        ))}
    </svg>
  );
}
