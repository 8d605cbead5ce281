import { describe, expect, it } from 'vitest';
import { formatters } from './format';

const d = (
  start: string,
  precision: 'day' | 'month' | 'year',
  end?: string,
  approximate = false,
) => ({
  start,
  precision,
  approximate,
  ...(end ? { end } : {}),
});
const en = formatters('en');
const es = formatters('es');
/** ICU versions differ on the spaces around a range dash; the reader sees the same thing. */
const tight = (s: string) => s.replace(/\s*–\s*/g, '–').replace(/\u00a0/g, ' ');

describe('formatters', () => {
  it('writes each precision without inventing detail, in each language', () => {
    expect(en.eventDate(d('2018-11-25', 'day'))).toBe('25 November 2018');
    expect(en.eventDate(d('2018-11', 'month'))).toBe('November 2018');
    expect(en.eventDate(d('2014', 'year'))).toBe('2014');
    expect(es.eventDate(d('2018-11-25', 'day'))).toBe('25 de noviembre de 2018');
    expect(es.eventDate(d('2018-11', 'month'))).toBe('noviembre de 2018');
  });

  it('writes ranges compactly', () => {
    expect(tight(en.eventDate(d('2009', 'year', '2013')))).toBe('2009–2013');
    expect(tight(en.eventDate(d('2017-02-13', 'day', '2017-02-19')))).toBe('13–19 February 2017');
    expect(tight(en.eventDate(d('2023-12-28', 'day', '2024-01-03')))).toBe(
      '28 December 2023–3 January 2024',
    );
    expect(tight(en.eventDate(d('2023-08', 'month', '2023-12')))).toBe('August–December 2023');
  });

  it('marks approximate dates', () => {
    expect(en.eventDate(d('2016', 'year', undefined, true))).toBe('c. 2016');
    expect(es.eventDate(d('2016', 'year', undefined, true))).toBe('h. 2016');
  });

  it('keeps a figure’s bounds with each language’s separators', () => {
    expect(tight(en.quantity({ min: 6000, max: 7000, qualifier: 'exact', unit: 'people' }))).toBe(
      '6,000–7,000 people',
    );
    expect(
      tight(es.quantity({ min: 6000, max: 7000, qualifier: 'exact', unit: 'personas' })),
    ).toMatch(/^6\.000[–-]7\.000 personas$/);
    expect(en.quantity({ min: 10000, qualifier: 'more than', unit: 'people' })).toBe(
      'more than 10,000 people',
    );
    expect(es.quantity({ min: 10000, qualifier: 'more than', unit: 'personas' })).toBe(
      'más de 10.000 personas',
    );
    expect(en.quantity({ min: 6e9, qualifier: 'exact', unit: 'USD' })).toBe('6 billion US dollars');
  });

  it('picks plurals and joins lists the language’s way', () => {
    expect(en.plural(1, { one: '# event', other: '# events' })).toBe('1 event');
    expect(es.plural(3, { one: '# evento', other: '# eventos' })).toBe('3 eventos');
    expect(es.list(['Tijuana', 'San Ysidro', 'El Paso'])).toBe('Tijuana, San Ysidro y El Paso');
  });
});
