// @vitest-environment node
// Pure TypeScript under test: no DOM, so no jsdom start-up cost.
import { describe, expect, it } from 'vitest';
import {
  capText,
  cleanText,
  foldKey,
  hasUnsafeCharacters,
  htmlToText,
  quote,
  slugify,
  stripUnsafe,
} from './text';

describe('cleanText makes cell text inert and visible', () => {
  it('removes bidi overrides, zero-width and control characters', () => {
    const hostile = 'a\u202Eevil\u202C\u200Bb\u0000c\u0007\u2066d\u2069\uFEFF\u00ADe\u{E0041}';
    const clean = cleanText(hostile);
    expect(clean).toBe('aevilbcde');
    expect(hasUnsafeCharacters(clean)).toBe(false);
    expect(hasUnsafeCharacters(hostile)).toBe(true);
  });
  it('turns lone surrogates into U+FFFD and keeps real pairs', () => {
    expect(cleanText('x\uD800y')).toBe('x\uFFFDy');
    expect(cleanText('🌵')).toBe('🌵');
  });
  it('collapses whitespace on one line, keeps line breaks in multiline text', () => {
    expect(cleanText('  a\r\n\tb   c ')).toBe('a b c');
    expect(cleanText('a\r\nb\n\n\n\nc', true)).toBe('a\nb\n\nc');
  });
  it('normalises to NFC so "é" typed two ways is one string', () => {
    expect(cleanText('e\u0301')).toBe('é');
  });
  it('stripUnsafe leaves whitespace as it is', () => {
    expect(stripUnsafe('a  b\u200B\r\nc')).toBe('a  b\nc');
  });
});

describe('htmlToText keeps only the words of TimelineJS HTML', () => {
  it('drops scripts, styles and tags, decodes entities', () => {
    expect(
      htmlToText('<p>One &amp; two</p><script>alert(1)</script><img src=x onerror=alert(1)>three'),
    ).toBe('One & two\nthree');
    expect(htmlToText('a<br>b &lt;script&gt; &#233; &#x41; &#0;')).toBe('a\nb <script> é A ');
  });
  it('leaves a lone "<" that is not a tag', () => {
    expect(htmlToText('1 < 2 and 3 > 2')).toBe('1 < 2 and 3 > 2');
  });
});

describe('capText, foldKey, slugify, quote', () => {
  it('caps at a word boundary with an ellipsis, never over the limit', () => {
    const long = 'word '.repeat(100);
    const capped = capText(long, 140);
    expect(capped.length).toBeLessThanOrEqual(140);
    expect(capped.endsWith('word…')).toBe(true);
    expect(capText('🌵'.repeat(100), 11).length).toBeLessThanOrEqual(11);
  });
  it('folds case, accents and dashes', () => {
    expect(foldKey('  Ciudad  Juárez ')).toBe('ciudad juarez');
    expect(foldKey('US–Mexico border')).toBe(foldKey('us-mexico-border'));
  });
  it('slugifies to kebab-case', () => {
    expect(slugify('Peña Nieto visits «Los Pinos»!')).toBe('pena-nieto-visits-los-pinos');
    expect(slugify('北京')).toBe('');
    expect(slugify('a '.repeat(100), 20).length).toBeLessThanOrEqual(20);
  });
  it('quotes a value on one short line', () => {
    expect(quote('x'.repeat(200)).length).toBeLessThanOrEqual(62);
    expect(quote('a\nb\u202E')).toBe('"a b"');
  });
});
