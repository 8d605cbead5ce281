import { describe, expect, it } from 'vitest';
import {
  boundsOf,
  cameraForBounds,
  FALLBACK_HOME,
  framingPadding,
  homeCamera,
  mercator,
  projector,
} from './homeCamera';

const size = { width: 900, height: 450 };

describe('the home camera', () => {
  it('fits the bounds inside the padded box, touching it on the tighter axis', () => {
    const padding = framingPadding(size, { top: 90, bottom: 30 });
    const bounds: [number, number, number, number] = [-117.1, 14.9, -77, 39];
    const camera = cameraForBounds(bounds, size, padding, 6);
    const at = projector(camera, size);
    const [x0, y0] = at(bounds[0], bounds[3]);
    const [x1, y1] = at(bounds[2], bounds[1]);
    expect(x0).toBeGreaterThanOrEqual(padding.left - 0.01);
    expect(x1).toBeLessThanOrEqual(size.width - padding.right + 0.01);
    expect(y0).toBeGreaterThanOrEqual(padding.top - 0.01);
    expect(y1).toBeLessThanOrEqual(size.height - padding.bottom + 0.01);
    const slackX = x0 - padding.left + (size.width - padding.right - x1);
    const slackY = y0 - padding.top + (size.height - padding.bottom - y1);
    expect(Math.min(slackX, slackY)).toBeLessThan(0.01);
    // Centred in the padded box on both axes.
    expect(x0 - padding.left).toBeCloseTo(size.width - padding.right - x1, 6);
    expect(y0 - padding.top).toBeCloseTo(size.height - padding.bottom - y1, 6);
  });

  it('never zooms closer than the limit, and projects the centre to the middle', () => {
    const camera = cameraForBounds(
      [-117, 32.5, -116.9, 32.6],
      size,
      framingPadding(size, { top: 0, bottom: 0 }),
      6,
    );
    expect(camera.zoom).toBe(6);
    const [x, y] = projector(camera, size)(camera.lon, camera.lat);
    expect(x).toBeCloseTo(size.width / 2, 6);
    expect(y).toBeCloseTo(size.height / 2, 6);
  });

  it('uses Web Mercator world units as MapLibre does (512 px at zoom 0)', () => {
    expect(mercator(-180, 0)).toEqual([0, 256]);
    expect(mercator(0, 0)).toEqual([256, 256]);
    expect(mercator(180, 85.051129)[1]).toBeCloseTo(0, 3);
  });

  it('frames every site, or the border region when there is none', () => {
    expect(boundsOf([])).toBeNull();
    expect(
      boundsOf([
        { lon: -117, lat: 32 },
        { lon: -99, lat: 19 },
      ]),
    ).toEqual([-117, 19, -99, 32]);
    const none = homeCamera([], size, []);
    const fallback = cameraForBounds(
      FALLBACK_HOME,
      size,
      framingPadding(size, { top: 0, bottom: 0 }),
      6,
    );
    expect(none).toEqual(fallback);
  });
});
