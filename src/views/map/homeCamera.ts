/**
 * Framing without MapLibre: the padding every framing keeps, and the camera that fits bounds in
 * Web Mercator, computed as MapLibre's cameraForBounds does (bearing 0). The static first frame
 * and the engine's first camera both come from here, so the live map opens exactly where the
 * static one was drawn.
 */

/** West, south, east, north: the border from Baja California to the Gulf, and Central America. */
export const FALLBACK_HOME: Bounds = [-118.5, 12.5, -86, 33.8];
/** The home view never zooms closer than this. */
export const HOME_MAX_ZOOM = 6;
/** MapLibre's world at zoom 0 is 512 px wide. */
const TILE = 512;

export type Bounds = [number, number, number, number];

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
 * Room around what is framed: a margin, the cards drawn over the map's top and bottom edges, and
 * sideways room for the labels beside the outermost markers (and the zoom buttons on the right).
 */
export function framingPadding(size: Size, overlay: { top: number; bottom: number }): Padding {
  const pad = Math.max(12, Math.min(48, Math.min(size.width, size.height) * 0.08));
  const labelRoom = Math.min(70, size.width * 0.12);
  return {
    top: pad + overlay.top,
    bottom: pad + overlay.bottom,
    left: pad + labelRoom,
    right: pad + 40 + labelRoom,
  };
}

/** The bounds of some points; null for none. */
export function boundsOf(points: readonly { lon: number; lat: number }[]): Bounds | null {
  if (points.length === 0) return null;
  let w = Number.POSITIVE_INFINITY;
  let s = Number.POSITIVE_INFINITY;
  let e = Number.NEGATIVE_INFINITY;
  let n = Number.NEGATIVE_INFINITY;
  for (const p of points) {
    w = Math.min(w, p.lon);
    e = Math.max(e, p.lon);
    s = Math.min(s, p.lat);
    n = Math.max(n, p.lat);
  }
  return [w, s, e, n];
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

/** The home view: every site with a marker, framed with the padding every framing keeps. */
export function homeCamera(
  sites: readonly { lon: number; lat: number }[],
  size: Size,
  overlay: { top: number; bottom: number },
  minZoom = 0,
): HomeCamera {
  const bounds = boundsOf(sites) ?? FALLBACK_HOME;
  return cameraForBounds(bounds, size, framingPadding(size, overlay), HOME_MAX_ZOOM, minZoom);
}
