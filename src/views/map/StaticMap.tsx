/**
 * The map as a plain SVG, for the first frame: the basemap pre-projected at build time (Web
 * Mercator, public/basemap/static-map.json), the sites and labels laid out by the live map's own
 * layout (siteLayout), for the camera the live map opens with. MapLibre replaces it without a jump; without
 * WebGL it stays, and the reader is told why.
 */
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { PlacedLabel } from '../../domain/labelLayout';
import type { SiteRecord } from '../../domain/siteFeatures';
import { GROUP_RADIUS } from '../../domain/spreadSites';
import type { MapColours } from '../../ui/palette';
import { useFontsVersion } from '../../ui/useFontsVersion';
import { type HomeCamera, mercator, projector, type Size } from './homeCamera';
import { labelMeasurer } from './measureLabel';
import { AREA_LETTER_SPACING, LINE_HEIGHT } from './siteLayers';
import {
  groupLabelSize,
  type LayoutContext,
  labelSize,
  layoutSites,
  NARROW_LABELS_PX,
} from './siteLayout';
import { staticBasemapQuery } from './staticBasemap';

interface Props {
  sites: readonly SiteRecord[];
  camera: HomeCamera;
  size: Size;
  colours: MapColours;
  /** The cards and controls over the map: a marker under one is not drawn. */
  boxes: readonly { x0: number; y0: number; x1: number; y1: number }[];
  /** After the frame that shows the basemap and the sites (or once it cannot be drawn). */
  onDrawn?: () => void;
}

/** The sites as the live map lays them out at this camera: the same spread, labels and rules. */
function staticSiteLayout(
  sites: readonly SiteRecord[],
  camera: HomeCamera,
  size: Size,
  boxes: LayoutContext['obstacles'],
  measure: LayoutContext['measure'],
) {
  return layoutSites(sites, projector(camera, size), size, {
    measure,
    obstacles: boxes ?? [],
    small: size.width < NARROW_LABELS_PX,
  });
}

/** SVG's text-anchor for a label's box, from MapLibre's anchor. */
const textAnchor = (l: PlacedLabel) =>
  l.anchor.endsWith('left') ? 'start' : l.anchor.endsWith('right') ? 'end' : 'middle';
const textX = (l: PlacedLabel) =>
  l.anchor.endsWith('left')
    ? l.box.x0
    : l.anchor.endsWith('right')
      ? l.box.x1
      : (l.box.x0 + l.box.x1) / 2;

export function StaticMap({ sites, camera, size, colours, boxes, onDrawn }: Props) {
  const query = useQuery(staticBasemapQuery);
  const basemap = query.data;
  const settled = query.isSuccess || query.isError;
  const [measure] = useState(labelMeasurer);
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
  const fonts = useFontsVersion();
  // Laid out again when what it depends on changes (the labels' face included), not on every
  // render of the map area.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `fonts` changes what `measure` returns
  const layout = useMemo(
    () => staticSiteLayout(sites, camera, size, boxes, measure),
    [sites, camera, size, boxes, measure, fonts],
  );
  const byId = new Map(sites.map((s) => [s.id, s]));
  const placed = layout.sites.filter(layout.siteShown);
  const groups = layout.groups.filter(layout.groupShown);
  const labels = new Map(layout.labels.map((l) => [l.id, l]));
  const small = size.width < NARROW_LABELS_PX;
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
          const t = layout.truePlace.get(p.id);
          return p.moved && t ? (
            <g key={`leader-${p.id}`} opacity={0.6}>
              <line x1={p.x} y1={p.y} x2={t.x} y2={t.y} stroke={colours.label} strokeWidth={1} />
              <circle cx={t.x} cy={t.y} r={2} fill={colours.label} />
            </g>
          ) : null;
        })}
      {basemap &&
        layout.labels.map((l) =>
          l.leader ? (
            <line
              key={`label-leader-${l.id}`}
              x1={l.leader[0]}
              y1={l.leader[1]}
              x2={l.leader[2]}
              y2={l.leader[3]}
              stroke={colours.label}
              strokeWidth={1}
              opacity={0.55}
            />
          ) : null,
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
                <LabelText
                  label={label}
                  size={labelSize(s, small)}
                  fill={s.lit ? colours.lit : s.area ? colours.area : colours.label}
                  halo={colours.labelHalo}
                  spaced={s.area}
                />
              )}
            </g>
          );
        })}
      {basemap &&
        groups.map((g) => {
          const id = `group:${g.ids.join(',')}`;
          const label = labels.get(id);
          return (
            <g key={id} className="static-site" data-site={id}>
              <circle cx={g.x} cy={g.y} r={GROUP_RADIUS} fill={colours.site} fillOpacity={0.85} />
              {label && (
                <LabelText
                  label={label}
                  size={groupLabelSize(small)}
                  fill={colours.label}
                  halo={colours.labelHalo}
                />
              )}
            </g>
          );
        })}
    </svg>
  );
}

/** A label drawn in its placed box, one line per tspan, as MapLibre sets it. */
function LabelText({
  label,
  size,
  fill,
  halo,
  spaced = false,
}: {
  label: PlacedLabel;
  size: number;
  fill: string;
  halo: string;
  spaced?: boolean;
}) {
  const x = textX(label);
  return (
    <text
      textAnchor={textAnchor(label)}
      fill={fill}
      stroke={halo}
      strokeWidth={3}
      paintOrder="stroke"
      fontSize={size}
      {...(spaced ? { letterSpacing: `${AREA_LETTER_SPACING}em` } : {})}
    >
      {label.lines.map((line, i) => (
        <tspan key={line} x={x} y={label.box.y0 + (i + 0.5) * size * LINE_HEIGHT} dy="0.35em">
          {line}
        </tspan>
      ))}
    </text>
  );
}
