// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fixtureDataset } from '../../tests/fixtures';
import { readSavedPage, type SavedPage, writeSavedPage } from './savedPage';

const PAGE = `<!doctype html>
<html lang="en"><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'"><title>Frontera</title>
<script type="module">console.log(1)</script></head><body><div id="root"></div></body></html>`;

const page = (over: Partial<SavedPage> = {}): SavedPage => ({
  version: 1,
  title: 'Border desk </script><script>alert(1)</script>',
  credit: 'El Diario & friends',
  fileName: 'desk.csv',
  savedAt: '2026-12-03T18:00:00.000Z',
  view: 'lang=es&event=memo',
  dataset: {
    ...fixtureDataset,
    events: fixtureDataset.events.map((e, i) =>
      i === 0 ? { ...e, title: '</script><!-- <b>not markup</b> \u2028' } : e,
    ),
  },
  ...over,
});

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('a saved page', () => {
  it('carries the dataset as an inert JSON block that reads back whole', () => {
    const html = writeSavedPage(PAGE, page());
    const doc = parse(html);
    // Only the page's own script runs; the data block is not JavaScript.
    const scripts = [...doc.querySelectorAll('script')];
    expect(scripts.map((s) => s.type)).toEqual(['module', 'application/json']);
    expect(readSavedPage(doc)).toEqual(page());
    expect(doc.title).toBe('Border desk </script><script>alert(1)</script> — Frontera');
    expect(html).not.toMatch(/<\/script><script>alert/);
  });
  it('replaces the data of a page saved before', () => {
    const once = writeSavedPage(PAGE, page({ title: 'First' }));
    const twice = writeSavedPage(once, page({ title: 'Second' }));
    expect(twice.match(/application\/json/g)).toHaveLength(1);
    expect(readSavedPage(parse(twice))?.title).toBe('Second');
  });
  it('ignores a damaged block', () => {
    const html = writeSavedPage(PAGE, page()).replace('"version":1', '"version":2');
    expect(readSavedPage(parse(html))).toBeNull();
    expect(readSavedPage(parse(PAGE))).toBeNull();
    const badDate = writeSavedPage(PAGE, page({ savedAt: 'yesterday' }));
    expect(readSavedPage(parse(badDate))).toBeNull();
  });
});
