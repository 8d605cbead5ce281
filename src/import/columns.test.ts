// @vitest-environment node
// Pure TypeScript under test: no DOM, so no jsdom start-up cost.
import { describe, expect, it } from 'vitest';
import { FRONTERA_COLUMNS, matchHeader, suggestHeader, TIMELINEJS_COLUMNS } from './columns';

describe('matchHeader', () => {
  it('ignores case, spaces, punctuation and diacritics', () => {
    for (const h of ['Source URL', 'source_url', 'SOURCE url', 'sourceURL', ' Sóurce-Url '])
      expect(matchHeader(h)?.field).toBe('sourceUrl');
    expect(matchHeader('Título')?.field).toBe('title');
    expect(matchHeader('Título de la fuente')?.field).toBe('sourceTitle');
    expect(matchHeader('TITLE')?.field).toBe('title');
  });
  it('knows every Frontera column and alias', () => {
    for (const spec of FRONTERA_COLUMNS)
      for (const name of [spec.header, ...spec.aliases]) expect(matchHeader(name)).toBe(spec);
  });
  it('maps the real TimelineJS template header row', () => {
    const row =
      'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background';
    const fields = row.split(',').map((h) => matchHeader(h)?.field);
    expect(fields).toEqual([
      'year',
      'month',
      'day',
      'ignored',
      'endYear',
      'endMonth',
      'endDay',
      'ignored',
      'displayDate',
      'title',
      'summary',
      'mediaUrl',
      'mediaCredit',
      'mediaCaption',
      'ignored',
      'type',
      'group',
      'ignored',
    ]);
    expect(TIMELINEJS_COLUMNS.find((c) => c.header === 'Text')?.html).toBe(true);
  });
  it('knows the names people give places and coordinates, in English and Spanish', () => {
    for (const h of ['Place', 'Location', 'Site', 'City', 'Lugar', 'Ubicación', 'Ciudad'])
      expect(matchHeader(h)?.field).toBe('places');
    for (const h of ['Lat', 'Latitude', 'Y', 'Latitud'])
      expect(matchHeader(h)?.field).toBe('latitude');
    for (const h of ['Lon', 'Lng', 'Long', 'Longitude', 'X', 'Longitud'])
      expect(matchHeader(h)?.field).toBe('longitude');
    for (const [h, f] of [
      ['Fecha', 'date'],
      ['Año', 'year'],
      ['Mes', 'month'],
      ['Día', 'day'],
      ['Resumen', 'summary'],
      ['Categoría', 'category'],
    ] as const)
      expect(matchHeader(h)?.field).toBe(f);
  });
  it('suggests the column a typo meant', () => {
    expect(suggestHeader('catgory')).toBe('category');
    expect(suggestHeader('Headlin')).toBe('Headline');
    expect(suggestHeader('zzzzzzzz')).toBeUndefined();
  });
});
