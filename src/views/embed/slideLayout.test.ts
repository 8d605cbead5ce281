import { describe, expect, it } from 'vitest';
import { COLUMN_WIDTHS, layoutSlideText, type Measure, TYPE, wrapWords } from './slideLayout';

/** Half an em per character: close enough to Noto Sans for the rules under test. */
const measure: Measure = (text, font) => text.length * 0.5 * Number(/(\d+)px/.exec(font)?.[1]);
const copy = (caption: string) => ({
  kicker: 'Step 1 of 2 · 1 January 2020',
  title: 'A title',
  caption,
  source: 'Source: Outlet, “Article”, 1 January 2020, ¶ 3',
});

describe('layoutSlideText', () => {
  it('keeps the largest sizes when the words fit', () => {
    const l = layoutSlideText(measure, copy('A short caption.'));
    expect(l.fits).toBe(true);
    expect(l.frame.column.w).toBe(COLUMN_WIDTHS[0]);
    expect(l.blocks.map((b) => b.size)).toEqual([26, 60, 34, 24]);
  });

  it('shrinks, then widens the column, and never drops a word', () => {
    const long = 'word '.repeat(180).trim();
    const l = layoutSlideText(measure, copy(long));
    expect(l.fits).toBe(true);
    const caption = l.blocks.find((b) => b.name === 'caption');
    expect(caption?.lines.join(' ')).toBe(long);
    expect(caption?.size).toBeLessThan(TYPE.caption.size);
    expect(caption?.size).toBeGreaterThanOrEqual(TYPE.caption.min);
  });

  it('says so when even the smallest type in the widest column cannot hold the words', () => {
    const l = layoutSlideText(measure, copy('word '.repeat(2000)));
    expect(l.fits).toBe(false);
    expect(l.blocks.find((b) => b.name === 'caption')?.lines.join(' ')).not.toContain('…');
  });

  it('stacks the blocks top to bottom inside the column', () => {
    const l = layoutSlideText(measure, copy('A caption of a few words.'));
    const ys = l.blocks.map((b) => b.y);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    expect(ys[0]).toBe(l.frame.text.y);
  });
});

describe('wrapWords', () => {
  it('keeps a word wider than the line whole, on a line of its own', () => {
    expect(wrapWords(measure, 'a verylongword b', '10px x', 30)).toEqual([
      'a',
      'verylongword',
      'b',
    ]);
  });
});
