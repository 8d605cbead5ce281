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
    expect(es.eventDate(d('2016', 'year', undefined, true))).toBe('aprox. 2016');
  });

  it('keeps a figure’s bounds, grouped with a comma in both languages (es-MX)', () => {
    expect(tight(en.quantity({ min: 6000, max: 7000, qualifier: 'exact', unit: 'people' }))).toBe(
      '6,000–7,000 people',
    );
    expect(
      tight(es.quantity({ min: 6000, max: 7000, qualifier: 'exact', unit: 'personas' })),
    ).toMatch(/^6,000[–-]7,000 personas$/);
    expect(en.quantity({ min: 10000, qualifier: 'more than', unit: 'people' })).toBe(
      'more than 10,000 people',
    );
    expect(es.quantity({ min: 10000, qualifier: 'more than', unit: 'personas' })).toBe(
      'más de 10,000 personas',
    );
  });

  it('writes money and percentages as each language’s press does', () => {
    const usd = (min: number, qualifier: 'exact' | 'about' = 'exact') =>
      [en, es].map((f) => tight(f.quantity({ min, qualifier, unit: 'USD' })));
    expect(usd(6e9)).toEqual(['$6 billion', '6 mil millones de dólares']);
    expect(usd(112e6)).toEqual(['$112 million', '112 millones de dólares']);
    expect(usd(1e6)).toEqual(['$1 million', '1 millón de dólares']);
    expect(usd(108464)).toEqual(['$108,464', '108,464 dólares']);
    expect(usd(3000, 'about')).toEqual(['about $3,000', 'unos 3,000 dólares']);
    expect(tight(es.quantity({ min: 6e9, max: 7e9, qualifier: 'exact', unit: 'USD' }))).toBe(
      '6–7 mil millones de dólares',
    );
    expect(es.quantity({ min: 1185, qualifier: 'exact', unit: 'percent' })).toBe('1,185%');
    expect(es.number(8000)).toBe('8,000');
  });

  it('picks plurals and joins lists the language’s way', () => {
    expect(en.plural(1, { one: '# event', other: '# events' })).toBe('1 event');
    expect(es.plural(3, { one: '# evento', other: '# eventos' })).toBe('3 eventos');
    expect(es.plural(1, { one: '# evento', other: '# eventos' })).toBe('1 evento');
    // CLDR's Spanish "many" (a million) takes the general plural form.
    expect(es.plural(1e6, { one: '# evento', other: '# eventos' })).toBe('1,000,000 eventos');
    expect(es.list(['Tijuana', 'San Ysidro', 'El Paso'])).toBe('Tijuana, San Ysidro y El Paso');
  });
});

describe('catalogue texts with counts', () => {
  it('agree in number in both languages', async () => {
    const { enAll: en } = await import('./enAll');
    const { es } = await import('./es');
    expect(es.app.later(1, '2024')).toBe('1 posterior, hasta 2024');
    expect(es.app.later(2, '2024')).toBe('2 posteriores, hasta 2024');
    expect(es.filterPanel.chosen(1)).toBe('1 elegido');
    expect(es.noResults.brings(1)).toBe('→ 1 evento');
    expect(en.noResults.brings(1)).toBe('→ 1 event');
    expect(es.yourData.loadValid(1)).toBe('Cargar la fila sin errores');
    expect(es.yourData.loadValid(1200)).toBe('Cargar las 1,200 filas sin errores');
    expect(es.yourData.dropped(1)).toBe('Se dejará fuera 1 fila con errores.');
    expect(en.yourData.dropped(3)).toBe('3 rows with errors will be left out.');
    expect(es.filters.shown(1, 1)).toBe('1 de 1 evento');
    expect(es.card.relativeGloss('last week')).toBe('la semana pasada');
    expect(en.card.relativeGloss('last week')).toBeNull();
  });
});
