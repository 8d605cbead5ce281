import { describe, expect, it } from 'vitest';
import administrations from '../../data/administrations.json';
import { AdministrationSchema } from '../data/schema';
import { administrationsOverlapping } from './administrations';
import { isoDayToMs } from './isoDate';

const admins = AdministrationSchema.array().parse(administrations);
const DAY = 86_400_000;
const onDay = (country: 'US' | 'MX', day: string) =>
  administrationsOverlapping(admins, country, isoDayToMs(day), isoDayToMs(day) + DAY);

describe('administrationsOverlapping', () => {
  it('switches US presidency on inauguration day', () => {
    expect(onDay('US', '2017-01-19')).toEqual(['obama']);
    expect(onDay('US', '2017-01-20')).toEqual(['trump']);
    expect(onDay('US', '2021-01-19')).toEqual(['trump']);
    expect(onDay('US', '2021-01-20')).toEqual(['biden']);
  });

  it('switches Mexican presidency on 1 December', () => {
    expect(onDay('MX', '2018-11-30')).toEqual(['pena-nieto']);
    expect(onDay('MX', '2018-12-01')).toEqual(['lopez-obrador']);
    expect(onDay('MX', '2012-11-30')).toEqual(['calderon']);
    expect(onDay('MX', '2012-12-01')).toEqual(['pena-nieto']);
  });

  it('gives an event spanning a transition to both presidencies', () => {
    const year2017 = [Date.UTC(2017, 0, 1), Date.UTC(2018, 0, 1)] as const;
    expect(administrationsOverlapping(admins, 'US', ...year2017)).toEqual(['obama', 'trump']);
    const mid2009to2013 = [Date.UTC(2009, 0, 1), Date.UTC(2014, 0, 1)] as const;
    expect(administrationsOverlapping(admins, 'US', ...mid2009to2013)).toEqual(['bush', 'obama']);
    expect(administrationsOverlapping(admins, 'MX', ...mid2009to2013)).toEqual([
      'calderon',
      'pena-nieto',
    ]);
  });

  it('gives nothing outside every known term', () => {
    expect(
      administrationsOverlapping(admins, 'US', Date.UTC(1980, 0, 1), Date.UTC(1981, 0, 1)),
    ).toEqual([]);
  });
});
