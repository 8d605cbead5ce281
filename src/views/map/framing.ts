/**
 * Framing requests turned into cameras, with MapLibre's own cameraForBounds at the map's real
 * size. The home view frames the border (src/domain/borderFrame.ts); a reveal moves only when
 * what it must show is off-screen, and then never zooms in; a fit (a story step) frames its
 * places closely.
 */
import * as maplibregl from 'maplibre-gl';
import { type Bounds, boundsOf, type Located } from '../../domain/borderFrame';
import type { Box } from '../../domain/labelLayout';
import { projectAt } from '../../domain/mercator';

/** What is drawn over the map, in container pixels. */
export interface Overlays {
  /** Height of the cards along the top and bottom edges: framing keeps markers clear of them. */
  top: number;
  bottom: number;
  /** Every card and control over the map: labels and edge chips keep clear of them. */
  boxes: Box[];
}

export interface FramingCamera {
  center: maplibregl.LngLat;
  zoom: number;
}

type Padding = { top: number; bottom: number; left: number; right: number };

/**
 * Room around what is framed: a margin that fits spread markers and their labels, plus the
 * bands of the cards along the top and bottom (all of them, or only those given).
 */
export function framePadding(
  width: number,
  height: number,
  overlays: Pick<Overlays, 'top' | 'bottom'>,
): Padding {
  // Spread markers reach ~30 px beyond their sites; labels need room beside them.
  const pad = Math.max(20, Math.min(48, Math.min(width, height) * 0.08));
  const padding = {
    top: pad + overlays.top,
    bottom: pad + overlays.bottom,
    left: pad,
    right: pad,
  };
  // Leave MapLibre a frame to fit into, however small the map.
  const squeeze = (a: number, b: number, room: number) => {
    const k = Math.min(1, (room * 0.7) / Math.max(1, a + b));
    return [a * k, b * k] as const;
  };
  [padding.top, padding.bottom] = squeeze(padding.top, padding.bottom, height);
  [padding.left, padding.right] = squeeze(padding.left, padding.right, width);
  return padding;
}

function fitCamera(
  map: maplibregl.Map,
  bounds: Bounds,
  padding: Padding,
  maxZoom: number,
): FramingCamera | null {
  const camera = map.cameraForBounds(bounds as [number, number, number, number], {
    padding,
    maxZoom,
  });
  if (!camera?.center || camera.zoom === undefined) return null;
  return { center: maplibregl.LngLat.convert(camera.center), zoom: camera.zoom };
}

export function cameraForBounds(
  map: maplibregl.Map,
  bounds: Bounds,
  overlays: Overlays,
  maxZoom: number,
): FramingCamera | null {
  const { clientWidth: w, clientHeight: h } = map.getContainer();
  return fitCamera(map, bounds, framePadding(w, h, overlays), maxZoom);
}

/** Room kept between a framed site and a card over the map. */
const CLEARANCE = 28;

/**
 * The home view: the bounds as large as the map allows, keeping clear only of the cards that
 * would cover a site. A card over open sea or empty land costs the border nothing; one that would
 * cover a site has its band kept free, and the framing is checked again.
 */
export function homeCamera(
  map: maplibregl.Map,
  bounds: Bounds,
  sites: readonly Located[],
  overlays: Overlays,
  maxZoom: number,
): FramingCamera | null {
  const { clientWidth: w, clientHeight: h } = map.getContainer();
  const bands = { top: 0, bottom: 0 };
  let camera: FramingCamera | null = null;
  for (let round = 0; round < 4; round++) {
    camera = fitCamera(map, bounds, framePadding(w, h, bands), maxZoom);
    if (!camera) return null;
    const at = { lon: camera.center.lng, lat: camera.center.lat, zoom: camera.zoom };
    const covered = overlays.boxes.filter((b) =>
      sites.some((s) => {
        const p = projectAt(s, at, w, h);
        return (
          p.x > b.x0 - CLEARANCE &&
          p.x < b.x1 + CLEARANCE &&
          p.y > b.y0 - CLEARANCE &&
          p.y < b.y1 + CLEARANCE
        );
      }),
    );
    let grew = false;
    for (const b of covered) {
      // A card in the top half takes a band from the top; one in the bottom half from the bottom.
      const top = (b.y0 + b.y1) / 2 < h / 2;
      const band = top ? b.y1 : h - b.y0;
      const side = top ? 'top' : 'bottom';
      if (band > bands[side]) {
        bands[side] = band;
        grew = true;
      }
    }
    if (!grew) break;
  }
  return camera;
}

/** The part of the map where a marker is in plain view: inside it and under no card. */
export function inPlainView(
  map: maplibregl.Map,
  overlays: Overlays,
  x: number,
  y: number,
  margin = 12,
): boolean {
  const { clientWidth: w, clientHeight: h } = map.getContainer();
  if (x < margin || y < margin || x > w - margin || y > h - margin) return false;
  return !overlays.boxes.some((b) => x >= b.x0 && x <= b.x1 && y >= b.y0 && y <= b.y1);
}

/**
 * The camera that shows every point in plain view, or null when they already are: a pan at the
 * current zoom when they fit, a zoom out when they do not.
 */
export function revealCamera(
  map: maplibregl.Map,
  points: readonly { lon: number; lat: number; x: number; y: number }[],
  overlays: Overlays,
): FramingCamera | null {
  if (points.length === 0) return null;
  if (points.every((p) => inPlainView(map, overlays, p.x, p.y))) return null;
  const bounds = boundsOf(points);
  return bounds ? cameraForBounds(map, bounds, overlays, map.getZoom()) : null;
}
