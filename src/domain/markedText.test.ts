import { describe, expect, it } from 'vitest';
import { badMark, plainText, textSpans } from './markedText';

describe('marked English inside a translated text', () => {
  it('splits a text into plain and English spans', () => {
    expect(textSpans('lo llama “[en:US Border Police]”; su nombre es [en:CBP].')).toEqual([
      { text: 'lo llama “' },
      { text: 'US Border Police', lang: 'en' },
      { text: '”; su nombre es ' },
      { text: 'CBP', lang: 'en' },
      { text: '.' },
    ]);
    expect(textSpans('sin marcas')).toEqual([{ text: 'sin marcas' }]);
  });

  it('drops the marks for plain uses and finds broken ones', () => {
    expect(plainText('“[en:metering]” (medición)')).toBe('“metering” (medición)');
    expect(badMark('una [en:marca sin cierre')).toMatch(/does not close/);
    expect(badMark('[en:]')).toMatch(/empty/);
    expect(badMark('bien [en:ok] y [en:también]')).toBeNull();
  });
});
