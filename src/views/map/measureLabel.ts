/**
 * Widths of map labels in the map's font, measured on a 2D canvas with the same face the page
 * and MapLibre use (Noto Sans, bundled), cached per text and size: a relayout on every frame of a
 * zoom measures each label once.
 */
import { applyFont } from '../../ui/canvasFont';
import { FONT } from './fontName';

export function labelMeasurer(): (text: string, size: number) => number {
  const ctx = document.createElement('canvas').getContext('2d');
  const cache = new Map<string, number>();
  return (text, size) => {
    const key = `${size}|${text}`;
    const known = cache.get(key);
    if (known !== undefined) return known;
    if (!ctx) return text.length * size * 0.58;
    applyFont(ctx, `${size}px "${FONT}", system-ui, sans-serif`);
    const width = ctx.measureText(text).width;
    // Cache only once the face has loaded; a fallback font's widths would stick otherwise.
    if (document.fonts?.check?.(`${size}px "${FONT}"`) ?? true) cache.set(key, width);
    return width;
  };
}
