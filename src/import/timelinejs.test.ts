// @vitest-environment node
// Pure TypeScript under test: no DOM, so no jsdom start-up cost.
import { describe, expect, it } from 'vitest';
import { DatasetSchema } from '../data/schema';
import { importCsv, messages, warningTexts } from './testSupport';

/** The header row of the TimelineJS Google Sheets template, as downloaded to CSV. */
const TIMELINEJS_HEADER =
  'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background';

const row = (cells: Record<string, string>) =>
  TIMELINEJS_HEADER.split(',')
    .map((h) => {
      const v = cells[h] ?? '';
      return /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
    })
    .join(',');

describe('a TimelineJS sheet loads as it is', () => {
  const r = importCsv([
    TIMELINEJS_HEADER,
    row({ Headline: 'My timeline', Text: '<p>About it</p>', Type: 'title' }),
    row({
      Year: '2017',
      Month: '1',
      Day: '25',
      Time: '10:00',
      Headline: 'Order <b>signed</b>',
      Text: '<p>First &amp; second.</p><script>alert(1)</script><img src=x onerror="alert(1)">',
      Media: 'https://example.org/photo.jpg',
      Group: 'policy',
      Background: '#ffffff',
    }),
    row({ Year: '2019', Month: 'March', Headline: 'Spring', Text: 'x', Group: 'Local news' }),
    row({ Year: '2016', 'End Year': '2019', Headline: 'An era', Type: 'era' }),
    row({
      Year: '2018',
      'End Year': '2020',
      Headline: 'Years',
      Text: 'y',
      Group: 'Reports & Data',
    }),
    row({
      Year: '2020',
      Month: '5',
      Day: '1',
      'End Year': '2020',
      'End Month': '5',
      'End Day': '1',
      Headline: 'Same day',
    }),
  ]);

  it('with no errors, and a dataset the app accepts', () => {
    expect(r.errors).toEqual([]);
    expect(DatasetSchema.safeParse(r.dataset).success).toBe(true);
  });
  it('maps Year/Month/Day to a date as precise as the cells given', () => {
    const dates = r.dataset?.events.map((e) => [
      e.title,
      e.date.start,
      e.date.end,
      e.date.precision,
    ]);
    expect(dates).toEqual([
      ['Order signed', '2017-01-25', undefined, 'day'],
      ['Years', '2018', '2020', 'year'],
      ['Spring', '2019-03', undefined, 'month'],
      ['Same day', '2020-05-01', undefined, 'day'],
    ]);
  });
  it('turns Headline and Text HTML into plain text', () => {
    const e = r.dataset?.events[0];
    expect(e?.title).toBe('Order signed');
    expect(e?.summary).toBe('First & second.');
  });
  it('takes the category from Group, else keeps the group on the event', () => {
    const byTitle = new Map(r.dataset?.events.map((e) => [e.title, e]));
    expect(byTitle.get('Order signed')?.category).toBe('policy');
    expect(byTitle.get('Years')?.category).toBe('report');
    expect(byTitle.get('Spring')).toMatchObject({
      category: 'statement',
      group: 'Local news',
    });
  });
  it('makes the title slide the dataset’s title, skips eras, names ignored columns', () => {
    expect(r.dataset?.about).toEqual({ title: 'My timeline', introduction: 'About it' });
    expect(warningTexts(r)).toEqual([
      'column "Time" is ignored: times of day are not shown; the date keeps its day',
      'column "Background" is ignored: Frontera draws every event on its own background',
      '2 rows give no category and are shown as "statement" (rows 4, 7) — add a "category" column to sort them',
      '1 row has no summary; the title is shown in its place (row 7)',
      'TimelineJS groups that are not Frontera categories ("Local news") are shown on each event’s card; add a "category" column to choose the lane',
      'row 5: TimelineJS eras are not events; skipped',
    ]);
  });
  it('keeps Media as a link on the event, never as markup', () => {
    expect(r.dataset?.events[0]?.media).toEqual({ url: 'https://example.org/photo.jpg' });
  });
});

describe('years the timeline cannot draw', () => {
  it('are named once for the file; the other rows load', () => {
    const r = importCsv([
      TIMELINEJS_HEADER,
      row({ Year: '-500', Headline: 'Before the common era', 'Display Date': 'c. 500 BCE' }),
      row({ Year: '800', Headline: 'Ninth century' }),
      row({ Year: '1503', 'Display Date': 'c. 1503', Headline: 'Portrait begun' }),
    ]);
    expect(r.errors).toEqual([]);
    expect(r.dataset?.events.map((e) => [e.title, e.date.start, e.date.label])).toEqual([
      ['Portrait begun', '1503', 'c. 1503'],
    ]);
    expect(warningTexts(r)).toContain(
      '2 rows are dated outside the years this timeline draws, 1000 to 2999 (row 2: -500; row 3: 800), so they are left out. Years before 1000, including BCE years written with a minus sign, cannot be placed on it.',
    );
    expect(warningTexts(r, 'es')).toContain(
      '2 filas tienen fechas fuera de los años que dibuja esta línea de tiempo, de 1000 a 2999 (fila 2: -500; fila 3: 800), así que se dejan fuera. Los años anteriores a 1000, incluidos los años antes de Cristo escritos con signo menos, no se pueden ubicar en ella.',
    );
  });
  it('explain why nothing loads when no row is left', () => {
    const r = importCsv([TIMELINEJS_HEADER, row({ Year: '-44', Headline: 'Ides of March' })]);
    expect(r.dataset).toBeNull();
    expect(messages(r)).toEqual([
      '1 row is dated outside the years this timeline draws, 1000 to 2999 (row 2: -44), so it is left out. Years before 1000, including BCE years written with a minus sign, cannot be placed on it.',
    ]);
  });
});

describe('TimelineJS date errors name the TimelineJS column', () => {
  it.each([
    [{ Year: '2018', Month: '13', Headline: 'A' }, 'row 2, column Month: 13 is not a month'],
    [
      { Year: '2018', Month: 'Brumaire', Headline: 'A' },
      'row 2, column Month: "Brumaire" is not a month',
    ],
    [
      { Year: '2018', Month: '2', Day: '32', Headline: 'A' },
      'row 2, column Day: 32 is not a day of the month',
    ],
    [
      { Year: '2018', Month: '2', Day: '30', Headline: 'A' },
      'row 2, column Day: "2018-02-30" is not a calendar date',
    ],
    [{ Year: '2018', Day: '3', Headline: 'A' }, 'row 2, column Day: a day needs a Month'],
    [{ Year: 'MMXVIII', Headline: 'A' }, 'row 2, column Year: "MMXVIII" is not a year'],
    [{ Month: '3', Headline: 'A' }, 'row 2, column Year: empty'],
    [
      { Year: '2018', 'End Month': '3', Headline: 'A' },
      'row 2, column End Year: empty, but End Month or End Day is given',
    ],
    [
      { Year: '2019', 'End Year': '2018', Headline: 'A' },
      'row 2, column End Year: the end 2018 is before the start 2019',
    ],
    [{ Year: '2019', Headline: '<p></p>' }, 'row 2, column Headline: empty'],
  ])('%o', (cells, expected) => {
    expect(messages(importCsv([TIMELINEJS_HEADER, row(cells)]))).toEqual([expected]);
  });
});
