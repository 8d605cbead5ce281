// @vitest-environment node
// Pure TypeScript under test: no DOM, so no jsdom start-up cost.
import { describe, expect, it } from 'vitest';
import { DatasetSchema } from '../data/schema';
import { importCsv, messages, REFERENCE, warningTexts } from './testSupport';

const HEAD = 'title,date,end,places,category,latitude,longitude,place name';

describe('row and column wording of every error', () => {
  it.each([
    ['Bad day,2017-02-30,,,,,,', 'row 2, column date: "2017-02-30" is not a calendar date'],
    ['Bad month,2017-13,,,,,,', 'row 2, column date: "2017-13" is not a calendar date'],
    [
      'Slashes,3/2/2017,,,,,,',
      'row 2, column date: "3/2/2017" is not a date — write YYYY, YYYY-MM or YYYY-MM-DD (format the column as text so the spreadsheet keeps it)',
    ],
    [
      'Nowhere,2019,,Atlantis,,,,',
      'row 2, column places: "Atlantis" is not in the gazetteer. To put it on the map as a new place, give its latitude and longitude on this row',
    ],
    ['Far north,2019,,,,123,10,', 'row 2, column latitude: 123 is outside −90…90'],
    ['Far east,2019,,,,10,-181,', 'row 2, column longitude: -181 is outside −180…180'],
    ['Not a number,2019,,,,abc,10,', 'row 2, column latitude: "abc" is not a number'],
    [
      'Half a point,2019,,,,10,,',
      'row 2, column longitude: empty, but latitude is given — a new place needs both latitude and longitude',
    ],
    ['Backwards,2018,2016,,,,,', 'row 2, column end: the end 2016 is before the start 2018'],
    [',2019,,,,,,', 'row 2, column title: empty'],
    ['No date,,,,,,,', 'row 2, column date: empty'],
    [
      'Mixed,2018,2019-05,,,,,',
      'row 2, column end: "2019-05" is not written like the start "2018" — give both as YYYY, YYYY-MM or YYYY-MM-DD',
    ],
    [
      'Riot,2019,,,riots,,,',
      'row 2, column category: "riots" is not a category — use one of policy, enforcement, diplomacy, legislation, litigation, violence, caravan, humanitarian, funding, statement, report, politics',
    ],
    [
      'Floating name,2019,,,,,,Town Hall',
      'row 2, column place name: "Town Hall" is not in the gazetteer. To put it on the map as a new place, give its latitude and longitude on this row',
    ],
  ])('%s', (row, expected) => {
    const r = importCsv([HEAD, row]);
    expect(messages(r)).toEqual([expected]);
    expect(r.dataset).toBeNull();
    expect(r.errors[0]?.row).toBe(2);
  });

  it('names the column as the file writes it and counts rows from the header', () => {
    const r = importCsv(['Title,DATE', 'Fine,2019', 'Fine too,2020', 'Broken,2017-02-30']);
    expect(messages(r)).toEqual(['row 4, column DATE: "2017-02-30" is not a calendar date']);
    expect(r.errors[0]).toMatchObject({ row: 4, column: 'DATE' });
  });

  it('collects every error in every row at once', () => {
    const r = importCsv([
      'id,title,date,status,approximate,source url',
      'Bad Id,,2017-02-30,done,maybe,ftp://x.org',
      'ok-id,Fine,2019,,,',
      'ok-id,Again,2019,,,',
    ]);
    expect(messages(r)).toEqual([
      'row 2, column id: "Bad Id" is not an id — use lowercase letters, digits and dashes (e.g. "bad-id")',
      'row 2, column title: empty',
      'row 2, column date: "2017-02-30" is not a calendar date',
      'row 2, column approximate: "maybe" is not true or false (write true, false, yes, no, 1 or 0)',
      'row 2, column status: "done" is not a status — use occurred, planned, ongoing',
      'row 2, column source url: "ftp://x.org": only http:// and https:// links are accepted',
      'row 4, column id: "ok-id" is already used by row 3',
    ]);
    expect(r.droppedRows).toEqual([2, 4]);
    expect(r.validRows).toBe(1);
  });

  it('refuses a file whose header lacks title or date, or mixes date systems', () => {
    expect(messages(importCsv(['date,summary', '2019,x']))).toEqual([
      'no title column — add "title" (or TimelineJS "Headline")',
    ]);
    expect(messages(importCsv(['title,summary', 'A,x']))).toEqual([
      'no date column — add "date" (or TimelineJS "Year", "Month" and "Day")',
    ]);
    expect(messages(importCsv(['title,date,Year', 'A,2019,2019']))).toEqual([
      'dates are given twice — use either "date" and "end" or TimelineJS "Year", "Month" and "Day", not both',
    ]);
    expect(messages(importCsv(['title,Headline,date', 'A,B,2019']))).toEqual([
      'columns "title" and "Headline" are the same column — keep one',
    ]);
  });
});

describe('keepValidRows', () => {
  const lines = [
    HEAD,
    'Good one,2019-03-05,,El Paso,policy,,,',
    'Bad,2019-02-30,,,,,,',
    'Good two,2020,,,,,,',
  ];

  it('off (default): any error means no dataset', () => {
    const r = importCsv(lines);
    expect(r.dataset).toBeNull();
    expect(r.validRows).toBe(2);
    expect(r.droppedRows).toEqual([3]);
  });
  it('on: the dataset holds only the valid rows and droppedRows lists the others', () => {
    const r = importCsv(lines, { keepValidRows: true });
    expect(r.dataset?.events.map((e) => e.title)).toEqual(['Good one', 'Good two']);
    expect(r.droppedRows).toEqual([3]);
    expect(r.errors).toHaveLength(1);
    expect(DatasetSchema.safeParse(r.dataset).success).toBe(true);
  });
  it('on, with no valid row: still no dataset', () => {
    const r = importCsv([HEAD, 'Bad,2019-02-30,,,,,,'], { keepValidRows: true });
    expect(r.dataset).toBeNull();
    expect(r.droppedRows).toEqual([3 - 1]);
  });
});

describe('a valid file becomes a dataset the app accepts', () => {
  const r = importCsv([
    'title,summary,date,end,category,places,actors,source title,source url,excerpt,status,approximate',
    'Vote,"Council votes, twice.",2019-03-05,,Policy,El Paso; el paso,Council; Mayor;,Paper,https://example.org/a,the council voted,occurred,yes',
    'Span,Years,2016,2018,Reports & data,,,,,,ongoing,0',
  ]);
  it('parses with DatasetSchema', () => {
    expect(r.errors).toEqual([]);
    expect(DatasetSchema.safeParse(r.dataset).success).toBe(true);
  });
  it('derives ids, bounds and presidencies', () => {
    const [span, vote] = r.dataset?.events ?? [];
    expect(span).toMatchObject({
      id: '2016-2018-span',
      category: 'report',
      status: 'ongoing',
      date: { start: '2016', end: '2018', precision: 'year', approximate: false },
      t0: Date.UTC(2016, 0, 1),
      t1: Date.UTC(2019, 0, 1),
      // 2016–2018 runs into December 2018, López Obrador's first month.
      admins: { us: ['obama', 'trump'], mx: ['pena-nieto', 'lopez-obrador'] },
    });
    expect(vote).toMatchObject({
      id: '2019-03-05-vote',
      category: 'policy',
      places: ['el-paso'],
      actors: ['Council', 'Mayor'],
      date: { approximate: true },
      sources: [{ excerpt: 'the council voted' }],
    });
  });
  it('makes one article per source, and one for rows that name none', () => {
    const articles = r.dataset?.articles ?? [];
    expect(articles.map((a) => [a.title, a.file, a.publisher])).toEqual([
      ['events.csv', 'events.csv', 'Imported file'],
      ['Paper', 'https://example.org/a', 'example.org'],
    ]);
    expect(r.dataset?.events[0]?.sources).toEqual([
      { article: 'imported-file', excerpt: 'spreadsheet row 3' },
    ]);
  });
  it('keeps only the gazetteer places the events use', () => {
    expect(r.dataset?.places.map((p) => p.id)).toEqual(['el-paso']);
  });
});

describe('places', () => {
  it('matches gazetteer names and ids ignoring case, accents and dashes', () => {
    const r = importCsv(['title,date,places', 'A,2019,"  tijuána ; US-MEXICO border;mexico-city"']);
    expect(r.dataset?.events[0]?.places).toEqual(['tijuana', 'us-mexico-border', 'mexico-city']);
  });
  it('"ciudad juarez" finds Ciudad Juárez when the gazetteer has it', () => {
    const juarez = {
      id: 'ciudad-juarez',
      name: 'Ciudad Juárez',
      kind: 'city' as const,
      country: 'MX',
      lon: -106.4245,
      lat: 31.6904,
    };
    const r = importCsv(['title,date,places', 'A,2019,ciudad juarez'], {
      reference: { ...REFERENCE, places: [...REFERENCE.places, juarez] },
    });
    expect(r.dataset?.events[0]?.places).toEqual(['ciudad-juarez']);
    expect(r.dataset?.places).toEqual([juarez]);
  });
  it('creates new places from coordinates that later rows can name', () => {
    const r = importCsv([
      'title,date,places,latitude,longitude,place name,place kind',
      'A,2019,,31.76,-106.49,Town Hall,building',
      'B,2020,town hall,,,,',
      'C,2021,,"31,5",−106,,',
      'D,2022,,10,10,El Paso,',
      'E,2022,,11,11,Town Hall,',
    ]);
    expect(r.errors).toEqual([]);
    const places = r.dataset?.places ?? [];
    expect(places.map((p) => [p.id, p.name, p.kind, p.lat, p.lon, p.country])).toEqual([
      ['town-hall', 'Town Hall', 'building', 31.76, -106.49, 'XX'],
      ['31-5-106', '31.5, -106', 'city', 31.5, -106, 'XX'],
      ['el-paso-2', 'El Paso', 'city', 10, 10, 'XX'],
      ['town-hall-2', 'Town Hall', 'city', 11, 11, 'XX'],
    ]);
    const byTitle = new Map(r.dataset?.events.map((e) => [e.title, e.places]));
    expect(byTitle.get('B')).toEqual(['town-hall']);
    expect(warningTexts(r)).toContain(
      'row 6, column place name: "Town Hall" has other coordinates in row 2; kept as two places',
    );
    expect(DatasetSchema.safeParse(r.dataset).success).toBe(true);
  });
});

describe('a place name, with or without coordinates', () => {
  it('with coordinates, names a new place whatever the column is called', () => {
    for (const head of [
      'Place,Latitude,Longitude',
      'Ubicación,Lat,Lng',
      'City,Y,X',
      'Lugar,Latitud,Longitud',
    ]) {
      const r = importCsv([`title,date,${head}`, 'A,2021,Nogales,31.3404,-110.9343']);
      expect(r.errors).toEqual([]);
      expect(r.dataset?.places).toMatchObject([{ id: 'nogales', name: 'Nogales', lat: 31.3404 }]);
    }
  });
  it('with coordinates near the gazetteer place of that name, is that place', () => {
    const r = importCsv(['title,date,Place,Lat,Lon', 'A,2021,El Paso,31.77,-106.44']);
    expect(r.dataset?.events[0]?.places).toEqual(['el-paso']);
    expect(r.dataset?.places.map((p) => p.country)).toEqual(['US']);
  });
  it('without coordinates, is looked up by its English or Spanish name', () => {
    const r = importCsv(['title,date,Lugar', 'A,2021,Ciudad de México', 'B,2021,mexico city']);
    expect(r.dataset?.events.map((e) => e.places)).toEqual([['mexico-city'], ['mexico-city']]);
  });
  it('not in the gazetteer: says so, suggests a near name, and names this file’s columns', () => {
    const r = importCsv(['title,date,Place,Latitude,Longitude', 'A,2021,Tijuna,,']);
    expect(messages(r)).toEqual([
      'row 2, column Place: "Tijuna" is not in the gazetteer (did you mean "Tijuana"?). To put it on the map as a new place, give its Latitude and Longitude on this row',
    ]);
    expect(messages(r, 'es')).toEqual([
      'fila 2, columna Place: “Tijuna” no está en el nomenclátor (¿quiso decir “Tijuana”?). Para ponerlo en el mapa como lugar nuevo, indique su Latitude y su Longitude en esta fila',
    ]);
  });
});

describe('warnings, not errors', () => {
  it('for unknown and ignored columns, defaults and text that is cut', () => {
    const r = importCsv([
      'title,date,catgory,Media,summary,excerpt',
      `${'T'.repeat(150)},2019-03-05 10:30,x,https://img.example/a.png,${'S '.repeat(500)},${'w '.repeat(25)}`,
    ]);
    expect(r.errors).toEqual([]);
    expect(warningTexts(r)).toEqual([
      'column "catgory" is not a Frontera or TimelineJS column and is ignored — did you mean "category"?',
      '1 row gives no category and is shown as "statement" (row 2) — add a "category" column to sort them',
      '1 row gives a time of day, which is not shown (row 2)',
      'row 2, column title: 150 characters, cut to 140',
      'row 2, column summary: 999 characters, cut to 900',
      'row 2, column excerpt: 25 words, cut to 20',
    ]);
    const e = r.dataset?.events[0];
    expect(e?.title.length).toBe(140);
    expect(e?.summary.length).toBeLessThanOrEqual(900);
    expect(e?.date.start).toBe('2019-03-05');
  });
  it('a repeated end equal to the start is dropped silently', () => {
    const r = importCsv(['title,summary,category,date,end', 'A,B,policy,2019-05,2019-05']);
    expect(r.warnings).toEqual([]);
    expect(r.dataset?.events[0]?.date.end).toBeUndefined();
  });
});
