import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asciiJson } from './asciiJson';

describe('asciiJson', () => {
  it('writes only ASCII', () => {
    const text = asciiJson({ name: 'Peña Nieto', quote: '“Ciudad Juárez” – 2018 🌵' });
    expect([...text].filter((c) => c.charCodeAt(0) > 0x7e)).toEqual([]);
  });

  it('parses back to the same value, whatever the text (surrogate pairs included)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(JSON.parse(asciiJson(v))).toEqual(JSON.parse(JSON.stringify(v)));
      }),
    );
  });
});
