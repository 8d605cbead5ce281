/** A camera that shows every given place, in Web Mercator, for a viewport of the given size. */
/** A map camera: centre and zoom (MapLibre zoom levels, 512 px tiles). */
export interface Camera {
  lon: number;
  lat: number;
  zoom: number;
}

const TILE = 512;
const MAX_ZOOM = 9;

const mercY = (lat: number) => {
  const s = Math.sin((lat * Math.PI) / 180);
  return 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
};
const latFromMercY = (y: number) =>
  (360 / Math.PI) * Math.atan(Math.exp((0.5 - y) * 2 * Math.PI)) - 90;

export function cameraForPlaces(
  points: readonly { lon: number; lat: number }[],
  viewport: { width: number; height: number },
  padding = 60,
): Camera | null {
  if (points.length === 0) return null;
  const xs = points.map((p) => (p.lon + 180) / 360);
  const ys = points.map((p) => mercY(p.lat));
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const [y0, y1] = [Math.min(...ys), Math.max(...ys)];
  const w = Math.max(viewport.width - 2 * padding, 50);
  const h = Math.max(viewport.height - 2 * padding, 50);
  const span = Math.max((x1 - x0) / w, (y1 - y0) / h) * TILE;
  const zoom = span > 0 ? Math.min(MAX_ZOOM, Math.log2(1 / span)) : MAX_ZOOM - 2;
  return {
    lon: ((x0 + x1) / 2) * 360 - 180,
    lat: latFromMercY((y0 + y1) / 2),
    zoom: Math.max(1, zoom),
  };
}
