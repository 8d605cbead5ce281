/**
 * Web Mercator as MapLibre draws it (512-pixel world at zoom 0): where a point lands on screen
 * for a camera that is not yet the map's, so a framing can be checked before it is made.
 */
const TILE = 512;

const mercX = (lon: number) => (lon + 180) / 360;
const mercY = (lat: number) => {
  const s = Math.sin((Math.max(-85.05, Math.min(85.05, lat)) * Math.PI) / 180);
  return 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
};

export interface Camera2D {
  lon: number;
  lat: number;
  zoom: number;
}

/** Screen position of a point, for a camera and a map of width × height pixels (no rotation). */
export function projectAt(
  p: { lon: number; lat: number },
  camera: Camera2D,
  width: number,
  height: number,
): { x: number; y: number } {
  const world = TILE * 2 ** camera.zoom;
  return {
    x: width / 2 + (mercX(p.lon) - mercX(camera.lon)) * world,
    y: height / 2 + (mercY(p.lat) - mercY(camera.lat)) * world,
  };
}
