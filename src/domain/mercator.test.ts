import { describe, expect, it } from 'vitest';
import { projectAt } from './mercator';

describe('projectAt', () => {
  it('puts the camera centre at the middle and east to the right, north up', () => {
    const camera = { lon: -107, lat: 31, zoom: 4 };
    expect(projectAt({ lon: -107, lat: 31 }, camera, 800, 400)).toEqual({ x: 400, y: 200 });
    const east = projectAt({ lon: -97, lat: 31 }, camera, 800, 400);
    // 10° of longitude at zoom 4: 512 · 16 · 10 / 360 px.
    expect(east.x - 400).toBeCloseTo((512 * 16 * 10) / 360, 6);
    expect(projectAt({ lon: -107, lat: 33 }, camera, 800, 400).y).toBeLessThan(200);
  });
});
