// @vitest-environment node
// Pure TypeScript under test: no DOM, so no jsdom start-up cost.
import { describe, expect, it } from 'vitest';
import { importJson } from './importJson';
import { BUILT_IN, BUILT_IN_TEXT, messages, say, warningTexts } from './testSupport';

const clone = () => structuredClone(BUILT_IN);

describe('importJson', () => {
  it('loads the built-in dataset unchanged, with its translations inline or without', () => {
    const base = importJson(BUILT_IN_TEXT);
    expect(base.errors).toEqual([]);
    expect(base.dataset).toEqual({ ...BUILT_IN, translations: undefined });
    const r = importJson(JSON.stringify(BUILT_IN));
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.dataset).toEqual(BUILT_IN);
    expect(r.validRows).toBe(BUILT_IN.events.length);
  });
  it('parses a BOM-prefixed file', () => {
    expect(importJson(`\uFEFF${BUILT_IN_TEXT}`).dataset).not.toBeNull();
  });
  it('refuses text that is not JSON, and JSON that is not a dataset', () => {
    expect(messages(importJson('title,date\nA,2019'))[0]).toMatch(/^the file is not valid JSON \(/);
    expect(messages(importJson(''))).toEqual(['the file is empty']);
    expect(messages(importJson('[1,2]'))[0]).toMatch(
      /^the file is JSON but not a Frontera dataset/,
    );
    expect(messages(importJson('[1,2]'), 'es')[0]).toMatch(
      /^el archivo es JSON pero no es un conjunto de datos de Frontera/,
    );
    expect(importJson('null').dataset).toBeNull();
  });
  it('words schema problems by path, naming the event id', () => {
    const d = clone();
    const e = d.events[12];
    if (!e) throw new Error('fixture');
    (e.date as { start: string }).start = 'garbage';
    (d.events[3] as { t0: number }).t0 = 1e20;
    const r = importJson(JSON.stringify(d));
    expect(r.dataset).toBeNull();
    const texts = r.errors.map((x) => say(x));
    expect(texts).toContainEqual(
      expect.stringMatching(
        new RegExp(`^events › 12 \\(${e.id}\\) › date\\.start: "garbage" does not match precision`),
      ),
    );
    expect(texts).toContainEqual(
      expect.stringMatching(new RegExp(`^events › 3 \\(${d.events[3]?.id}\\) › t0: Too big`)),
    );
    expect(r.errors[0]?.path).toMatch(/^events › /);
  });
  it('reports references that do not resolve and duplicate ids', () => {
    const d = clone();
    const first = d.events[0];
    if (!first) throw new Error('fixture');
    d.events.push({ ...first });
    first.places = ['atlantis'];
    const texts = messages(importJson(JSON.stringify(d)));
    expect(texts).toContain(`events › 0 (${first.id}) › places.0: unknown place "atlantis"`);
    expect(texts).toContain(
      `events › ${d.events.length - 1} (${first.id}) › id: duplicate event id "${first.id}"`,
    );
  });
  it('refuses presidencies that overlap, and tags that contradict the terms', () => {
    const d = clone();
    const i = d.administrations.findIndex((a) => a.id === 'obama');
    const obama = d.administrations[i];
    if (!obama) throw new Error('fixture');
    obama.end = '2018-06-01';
    const texts = messages(importJson(JSON.stringify(d)));
    expect(texts).toContainEqual(
      expect.stringMatching(
        /^administrations › \d+ \(trump\) › start: US terms overlap: "trump" starts on 2017-01-20, before "obama" ends \(2018-06-01\)/,
      ),
    );
    const e = structuredClone(BUILT_IN);
    const first = e.events.find((x) => !x.admins.reason);
    if (!first) throw new Error('fixture');
    first.admins.us = ['trump'];
    expect(importJson(JSON.stringify(e)).dataset).toBeNull();
  });
  it('removes invisible characters from strings, with a warning', () => {
    const d = clone();
    const e = d.events[0];
    if (!e) throw new Error('fixture');
    e.title = `\u202E${e.title}\u200B`;
    const r = importJson(JSON.stringify(d));
    expect(r.dataset?.events[0]?.title).toBe(BUILT_IN.events[0]?.title);
    expect(warningTexts(r)).toEqual([
      '1 text value held invisible or control characters, which were removed',
    ]);
  });
});
