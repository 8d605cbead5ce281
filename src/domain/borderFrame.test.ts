import { describe, expect, it } from 'vitest';
import { homeBounds, isBorderSite, US_MEXICO_BORDER } from './borderFrame';

const place = (lon: number, lat: number) => ({ lon, lat });
const tijuana = place(-117.04, 32.51);
const elPaso = place(-106.49, 31.76);
const laCourt = place(-118.24, 34.06);
const mexicoCity = place(-99.13, 19.43);
const tapachula = place(-92.26, 14.91);
const whiteHouse = place(-77.04, 38.9);

describe('the border frame', () => {
  it('counts sites near the boundary as border sites, and distant capitals not', () => {
    for (const p of [tijuana, elPaso, laCourt]) expect(isBorderSite(p)).toBe(true);
    for (const p of [mexicoCity, tapachula, whiteHouse]) expect(isBorderSite(p)).toBe(false);
  });

  it('frames the whole boundary, Pacific to Gulf, with every border site and no distant one', () => {
    const b = homeBounds([tijuana, elPaso, laCourt, mexicoCity, tapachula, whiteHouse]);
    expect(b).toEqual([laCourt.lon, US_MEXICO_BORDER[1], US_MEXICO_BORDER[2], laCourt.lat]);
  });

  it('frames every site of a dataset with none near the border, and nothing without sites', () => {
    expect(homeBounds([mexicoCity, tapachula])).toEqual([
      mexicoCity.lon,
      tapachula.lat,
      tapachula.lon,
      mexicoCity.lat,
    ]);
    expect(homeBounds([])).toBeNull();
  });
});
