/**
 * Title widths at the timeline's font, measured once per text with a canvas and remembered.
 * Where no canvas exists (tests in jsdom) a per-character estimate stands in.
 */
import { applyFont } from '../../ui/canvasFont';

export const TIMELINE_FONT = '11px "Noto Sans", system-ui, sans-serif';

const cache = new Map<string, number>();
let ctx: CanvasRenderingContext2D | null | undefined;

export function measureTitle(text: string, font = TIMELINE_FONT): number {
  const key = `${font}|${text}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  if (ctx === undefined) {
    try {
      // jsdom has no canvas and complains when asked for one.
      ctx = /jsdom/.test(navigator.userAgent)
        ? null
        : document.createElement('canvas').getContext('2d');
    } catch {
      ctx = null;
    }
  }
  let width: number;
  if (ctx) {
    applyFont(ctx, font);
    width = ctx.measureText(text).width;
  } else width = text.length * 6;
  if (cache.size > 50_000) cache.clear();
  cache.set(key, width);
  return width;
}
