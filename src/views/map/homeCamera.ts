/**
 * Framing without MapLibre: the padding every framing keeps, the camera that fits bounds in Web
 * Mercator, computed as MapLibre's cameraForBounds does (bearing 0), and the home view. The
 * static first frame and the engine (its first camera, and every "home" request) both come from
 * here, so the live map opens exactly where the static one was drawn.
 */
import {
  type Bounds,
  boundsOf,
  homeBounds,
  isBorderSite,
  type Located,
  US_MEXICO_BORDER,
} from '../../domain/borderFrame';
import type { Box } from '../../domain/labelLayout';
import { projectAt } from '../../domain/mercator';

/** West, south, east, north: the border from the Pacific to the Gulf, for a dataset with no sites. */
export const FALLBACK_HOME: Bounds = US_MEXICO_BORDER;
/** The home view never zooms closer than this. */
export const HOME_MAX_ZOOM = 6;
/** MapLibre's world at zoom 0 is 512 px wide. */
const TILE = 512;

export type { Bounds };
export { boundsOf };

export interface Size {
  width: number;
  height: number;
}

export interface Padding {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface HomeCamera {
  lon: number;
  lat: number;
  zoom: number;
}

/**
 * Room around what is framed: a margin that fits spread markers and their labels, plus the bands
 * of the cards along the top and bottom. Squeezed so MapLibre always has a frame to fit into.
 */
export function framingPadding(size: Size, overlay: { top: number; bottom: number }): Padding {
  // Spread markers reach ~30 px beyond their sites; labels need room beside them.
  const pad = Math.max(20, Math.min(48, Math.min(size.width, size.height) * 0.08));
  const padding = { top: pad + overlay.top, bottom: pad + overlay.bottom, left: pad, right: pad };
  const squeeze = (a: number, b: number, room: number) => {
    const k = Math.min(1, (room * 0.7) / Math.max(1, a + b));
    return [a * k, b * k] as const;
  };
  [padding.top, padding.bottom] = squeeze(padding.top, padding.bottom, size.height);
  [padding.left, padding.right] = squeeze(padding.left, padding.right, size.width);
  return padding;
}

/** Web Mercator world coordinates at zoom 0 (0–512), as MapLibre's MercatorCoordinate × 512. */
export function mercator(lon: number, lat: number): [number, number] {
  const phi = (Math.max(-85.051129, Math.min(85.051129, lat)) * Math.PI) / 180;
  return [
    ((lon + 180) / 360) * TILE,
    ((180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + phi / 2))) / 360) * TILE,
  ];
}

function unmercator(x: number, y: number): [number, number] {
  const lon = (x / TILE) * 360 - 180;
  const y2 = 180 - (y / TILE) * 360;
  return [lon, (360 / Math.PI) * Math.atan(Math.exp((y2 * Math.PI) / 180)) - 90];
}

/** The camera that fits `bounds` into `size` less `padding`, no closer than `maxZoom`. */
export function cameraForBounds(
  bounds: Bounds,
  size: Size,
  padding: Padding,
  maxZoom: number,
  minZoom = 0,
): HomeCamera {
  const [w, s, e, n] = bounds;
  const [x0, y0] = mercator(w, n);
  const [x1, y1] = mercator(e, s);
  const room = {
    x: Math.max(1, size.width - padding.left - padding.right),
    y: Math.max(1, size.height - padding.top - padding.bottom),
  };
  const fit = Math.min(room.x / Math.max(x1 - x0, 1e-9), room.y / Math.max(y1 - y0, 1e-9));
  const zoom = Math.max(minZoom, Math.min(maxZoom, Math.log2(fit)));
  const k = 2 ** zoom;
  // The padding moves the framed box off the container's centre: the camera moves the other way.
  const cx = (x0 + x1) / 2 - (padding.left - padding.right) / 2 / k;
  const cy = (y0 + y1) / 2 - (padding.top - padding.bottom) / 2 / k;
  const [lon, lat] = unmercator(cx, cy);
  return { lon, lat, zoom };
}

/** Screen position (container pixels) of a point under a camera, as MapLibre projects it. */
export function projector(
  camera: HomeCamera,
  size: Size,
): (lon: number, lat: number) => [number, number] {
  const [cx, cy] = mercator(camera.lon, camera.lat);
  const k = 2 ** camera.zoom;
  return (lon, lat) => {
    const [x, y] = mercator(lon, lat);
    return [(x - cx) * k + size.width / 2, (y - cy) * k + size.height / 2];
  };
}

/** Room kept between a framed site and a card over the map. */
const CLEARANCE = 28;

/**
 * The home view: the border from the Pacific to the Gulf with every site near it, as large as
 * the map allows, keeping clear only of the cards that would cover a site. A card over open sea
 * or empty land costs the border nothing; one that would cover a site has its band kept free,
 * and the framing is checked again. Sites far from the border are left to the edge chips.
 */
export function homeCamera(
  places: readonly Located[],
  size: Size,
  boxes: readonly Box[],
  minZoom = 0,
): HomeCamera {
  const bounds = homeBounds(places) ?? FALLBACK_HOME;
  const near = places.filter(isBorderSite);
  // The border line's ends count too: the home view runs from the Pacific to the Gulf.
  const [w, s, e, n] = US_MEXICO_BORDER;
  const framed: Located[] = near.length
    ? [...near, { lon: w, lat: n }, { lon: e, lat: s }]
    : [...places];
  const bands = { top: 0, bottom: 0 };
  let camera = cameraForBounds(
    [...bounds],
    size,
    framingPadding(size, bands),
    HOME_MAX_ZOOM,
    minZoom,
  );
  for (let round = 0; round < 4; round++) {
    const covered = boxes.filter((b) =>
      framed.some((p) => {
        const at = projectAt(p, camera, size.width, size.height);
        return (
          at.x > b.x0 - CLEARANCE &&
          at.x < b.x1 + CLEARANCE &&
          at.y > b.y0 - CLEARANCE &&
          at.y < b.y1 + CLEARANCE
        );
      }),
    );
    let grew = false;
    for (const b of covered) {
      // A card in the top half takes a band from the top; one in the bottom half from the bottom.
      const top = (b.y0 + b.y1) / 2 < size.height / 2;
      const band = top ? b.y1 : size.height - b.y0;
      const side = top ? 'top' : 'bottom';
      if (band > bands[side]) {
        bands[side] = band;
        grew = true;
      }
    }
    if (!grew) break;
    camera = cameraForBounds(
      [...bounds],
      size,
      framingPadding(size, bands),
      HOME_MAX_ZOOM,
      minZoom,
    );
  }
  return camera;
}
