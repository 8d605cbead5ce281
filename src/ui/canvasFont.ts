/**
 * Sets a 2D context's font only when it is not already in force. Chromium brings the page's
 * style up to date on every `ctx.font =` assignment, the same font included, so a redraw right
 * after React's commit paid a style recalc of everything the commit touched; reading the font
 * back costs nothing. A resized canvas reads the default font again, so it is set anew.
 */
const applied = new WeakMap<object, { font: string; inForce: string }>();

export function applyFont(ctx: CanvasRenderingContext2D, font: string): void {
  const last = applied.get(ctx);
  if (last && last.font === font && ctx.font === last.inForce) return;
  ctx.font = font;
  applied.set(ctx, { font, inForce: ctx.font });
}
