import { describe, expect, it } from 'vitest';
import { applyFont } from './canvasFont';

/** A context that counts font assignments and, like a resized canvas, can forget its font. */
function fakeContext() {
  let font = '10px sans-serif';
  const ctx = {
    sets: 0,
    get font() {
      return font;
    },
    set font(v: string) {
      ctx.sets++;
      // Browsers hand the font back in their own serialisation.
      font = v.replace(/"/g, '');
    },
    reset() {
      font = '10px sans-serif';
    },
  };
  return ctx;
}

describe('applyFont', () => {
  it('assigns a font once while it stays in force, and again after the canvas forgot it', () => {
    const ctx = fakeContext();
    const c = ctx as unknown as CanvasRenderingContext2D;
    applyFont(c, '11px "Noto Sans"');
    applyFont(c, '11px "Noto Sans"');
    expect(ctx.sets).toBe(1);
    applyFont(c, '600 11px "Noto Sans"');
    expect(ctx.sets).toBe(2);
    expect(ctx.font).toBe('600 11px Noto Sans');
    ctx.reset();
    applyFont(c, '600 11px "Noto Sans"');
    expect(ctx.sets).toBe(3);
    expect(ctx.font).toBe('600 11px Noto Sans');
  });
});
