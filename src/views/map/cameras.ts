/**
 * Framing requests turned into cameras, with MapLibre's own cameraForBounds at the map's real
 * size: a reveal moves only when what it must show is off-screen, and then never zooms in; a fit
 * (a story step) frames its places closely. The home view is ./homeCamera.ts (shared with the
 * static first frame).
 */
import * as maplibregl from 'maplibre-gl';
import { type Bounds, boundsOf } from '../../domain/borderFrame';
import type { Box } from '../../domain/labelLayout';
import { framingPadding } from './homeCamera';

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
  const { clientWidth: width, clientHeight: height } = map.getContainer();
  return fitCamera(map, bounds, framingPadding({ width, height }, overlays), maxZoom);
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
