import { describe, expect, it } from 'vitest';
import type { Place } from '../../data/schema';
import { framingFor } from './framing';
import { FALLBACK_HOME } from './homeCamera';

const place = (id: string, kind: Place['kind'], lon: number, lat: number) =>
  [id, { id, kind, lon, lat, name: id } as unknown as Place] as const;
const places = new Map([
  place('tijuana', 'city', -117.04, 32.53),
  place('el-paso', 'city', -106.44, 31.76),
  place('texas', 'state', -99.9, 31.0),
]);

describe('framingFor', () => {
  it('frames places within their bounds, no closer than their kind allows', () => {
    expect(framingFor({ kind: 'fit', placeIds: ['tijuana', 'el-paso'] }, places, [])).toEqual({
      kind: 'bounds',
      bounds: [-117.04, 31.76, -106.44, 32.53],
      maxZoom: 7,
    });
    expect(framingFor({ kind: 'fit', placeIds: ['texas', 'el-paso'] }, places, [])).toMatchObject({
      maxZoom: 5.5,
    });
  });
  it('keeps a story step’s closer limit', () => {
    expect(
      framingFor({ kind: 'fit', placeIds: ['tijuana'], maxZoom: 4.5 }, places, []),
    ).toMatchObject({ maxZoom: 4.5 });
  });
  it('passes a camera through, falls back home, and frames nothing unknown', () => {
    expect(
      framingFor({ kind: 'camera', camera: { lon: -100, lat: 22, zoom: 3.6 } }, places, []),
    ).toEqual({ kind: 'camera', center: [-100, 22], zoom: 3.6 });
    expect(framingFor({ kind: 'home' }, places, [])).toMatchObject({ bounds: FALLBACK_HOME });
    expect(framingFor({ kind: 'fit', placeIds: ['nowhere'] }, places, [])).toBeNull();
  });
});
