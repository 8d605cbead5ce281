// @vitest-environment node
/**
 * Every spreadsheet fixture through the importer, as bytes (so encodings are part of the test):
 * the events it gives, the new places, or the issues, in the order a reader sees them.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../src/import/importFile';
import { REFERENCE } from '../../src/import/testSupport';
import { messages, warningTexts } from '../support/issueText';

const load = (name: string) =>
  importBytes(name, new Uint8Array(readFileSync(resolve('tests/fixtures/spreadsheets', name))), {
    reference: REFERENCE,
  });
const events = (name: string) =>
  load(name).dataset?.events.map((e) => [e.date.start, e.title, e.places.join(';')]);
const newPlaces = (name: string) =>
  load(name)
    .dataset?.places.filter((p) => p.country === 'XX')
    .map((p) => [p.name, p.lat, p.lon]);

describe('spreadsheets as real tools write them', () => {
  it('a hand-made Place / Latitude / Longitude sheet puts Nogales and Yuma on the map', () => {
    expect(events('place-lat-lon.csv')).toEqual([
      ['2020-11-02', 'Council hearing on border lighting', 'el-paso'],
      ['2021-05-12', 'Forum on crossing wait times', 'nogales'],
      ['2022-03', 'Shelter adds beds', 'yuma'],
      ['2023-08-30', 'Volunteer water drop', 'yuma'],
    ]);
    expect(newPlaces('place-lat-lon.csv')).toEqual([
      ['Nogales', 31.3404, -110.9343],
      ['Yuma', 32.6927, -114.6277],
    ]);
    expect(load('place-lat-lon.csv').errors).toEqual([]);
  });
  it('Excel for Windows, CSV UTF-8 (BOM, CRLF), in the template’s columns', () => {
    const r = load('excel-windows-utf8-bom.csv');
    expect(r.encoding).toBe('utf-8');
    expect(r.warnings).toEqual([]);
    expect(events('excel-windows-utf8-bom.csv')).toEqual([
      ['2019-02', 'Shelter meeting at Ciudad Juárez', 'ciudad-juarez'],
      ['2019-12-16', 'Port hours extended for the holidays', 'tijuana;san-diego'],
    ]);
  });
  it('Excel for Windows, plain CSV (Windows-1252): accents right, and the reader told', () => {
    const r = load('excel-windows-1252.csv');
    expect(r.encoding).toBe('windows-1252');
    expect(r.dataset?.events[0]?.summary).toBe(
      'Families held a vigil on the bridge to Ciudad Juárez — about an hour long.',
    );
    expect(warningTexts(r)[0]).toMatch(/^the file is not in UTF-8, .*it reads "Juárez"/);
    expect(newPlaces('excel-windows-1252.csv')).toEqual([
      ['Ciudad Juárez', 31.6904, -106.4245],
      ['Reynosa', 26.0806, -98.2883],
    ]);
  });
  it('European Excel: semicolons, decimal commas, Spanish headers', () => {
    expect(events('excel-european-semicolon.csv')).toEqual([
      ['2020-01-15', 'Foro sobre tiempos de cruce', 'nogales'],
      ['2021-07', 'Albergue amplía su horario', 'matamoros'],
      ['2022', 'Reunión en Tijuana', 'tijuana'],
    ]);
    expect(load('excel-european-semicolon.csv').dataset?.events.map((e) => e.category)).toEqual([
      'statement',
      'humanitarian',
      'politics',
    ]);
    expect(newPlaces('excel-european-semicolon.csv')?.[1]).toEqual(['Matamoros', 25.869, -97.5027]);
  });
  it('Excel Unicode Text: UTF-16 LE, tabs', () => {
    expect(load('excel-unicode-text.txt').encoding).toBe('utf-16le');
    expect(events('excel-unicode-text.txt')).toEqual([
      ['2017-02-21', 'Memo on enforcement priorities', 'white-house'],
      ['2019-01', 'Protocols begin at San Ysidro', 'san-ysidro-poe'],
    ]);
  });
  it('Google Sheets: CRLF, no final line break, a line break inside a cell', () => {
    const r = load('google-sheets.csv');
    expect(r.errors).toEqual([]);
    expect(r.dataset?.events[0]?.summary).toBe(
      'Several thousand people arrived over a few days.\nShelters filled quickly.',
    );
    expect(r.dataset?.events[1]?.title).toBe('Talks on asylum rules, round two');
  });
  it('LibreOffice CSV and TSV, written by LibreOffice Calc itself', () => {
    for (const f of ['libreoffice.csv', 'libreoffice.tsv'])
      expect(events(f)).toEqual([
        ['2016-04-06', 'Report on detentions published', 'mexico-city'],
        ['2017-02', 'Visit by two secretaries', 'mexico-city'],
        ['2018-11-25', 'Crossing closed for hours', 'san-ysidro-poe'],
        ['2023', 'Shelter network expands', 'nogales'],
      ]);
  });
  it('Numbers, with its table-name line', () => {
    const r = load('numbers.csv');
    expect(warningTexts(r)[0]).toMatch(/^the first line, "Events 2023", is the table’s name/);
    expect(events('numbers.csv')).toEqual([
      ['2023-03-04', 'Cleanup along the river', 'yuma'],
      ['2023-09', 'Art walk at the port', 'nogales'],
    ]);
  });
  it('the TimelineJS template: title slide, Display Date, media links, BCE years named once', () => {
    const r = load('timelinejs-template.csv');
    expect(r.errors).toEqual([]);
    expect(r.dataset?.about).toEqual({
      title: 'A Short History of Painting',
      introduction: 'Seven works, from cave walls to canvas. Sample sheet for testing.',
    });
    expect(r.dataset?.events.map((e) => [e.title, e.date.label, e.group, e.media?.url])).toEqual([
      ['Mona Lisa', 'c. 1503–1519', 'Renaissance', 'https://example.org/media/mona-lisa.jpg'],
      [
        'Sistine Chapel ceiling',
        '1508–1512',
        'Renaissance',
        'https://example.org/media/sistine.jpg',
      ],
      ['Las Meninas', '1656', 'Baroque', 'https://example.org/media/meninas.jpg'],
      ['The Starry Night', 'June 1889', 'Modern', 'https://example.org/media/starry-night.jpg'],
    ]);
    expect(r.dataset?.events[0]?.media).toEqual({
      url: 'https://example.org/media/mona-lisa.jpg',
      credit: 'Example Museum',
      caption: 'Oil on poplar panel',
    });
    expect(warningTexts(r)).toContain(
      '3 rows are dated outside the years this timeline draws, 1000 to 2999 (row 3: -17000; row 4: -447; row 5: 800), so they are left out. Years before 1000, including BCE years written with a minus sign, cannot be placed on it.',
    );
  });
  it('the same sheet from the wild, one cell short in every row: the cause first', () => {
    const r = load('timelinejs-ragged.csv');
    expect(r.dataset).toBeNull();
    expect(messages(r)[0]).toBe(
      'every row (8) has 17 cells but the header has 18, so values sit under the wrong columns — the header has a column the rows lack, or every row misses one cell. Make them match; the problems listed below follow from this.',
    );
    expect(r.droppedRows).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
  });
  it('a ragged file: each row’s cause before its consequences', () => {
    expect(messages(load('ragged.csv'))).toEqual([
      'row 3: 6 cells, but the header has 5 — an extra comma? A cell holding a comma must be in double quotes',
      'row 4: 4 cells, but the header has 5 — a missing comma? The values after it sit under the wrong columns',
      'row 4, column category: "enforcement San Diego" is not a category — use one of policy, enforcement, diplomacy, legislation, litigation, violence, caravan, humanitarian, funding, statement, report, politics',
      'row 4, column places: "Closed for a weekend." is not in the gazetteer. To put it on the map as a new place, add Latitude and Longitude columns and give its coordinates on this row',
      'row 6, column places: a cell opens with a double quote that never closes, so the 2 lines after it were read into that one cell — close the quote, and write a quote inside a cell as two ("")',
    ]);
  });
  it('the Frontera template loads unchanged', () => {
    const r = importBytes(
      'frontera-template.csv',
      new Uint8Array(readFileSync(resolve('public/templates/frontera-template.csv'))),
      { reference: REFERENCE },
    );
    expect(r.errors).toEqual([]);
    expect(r.dataset?.events).toHaveLength(3);
  });
});
