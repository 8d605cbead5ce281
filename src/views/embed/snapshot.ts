/**
 * "Download PNG" for slides that cannot hold an iframe: a 16:9 slide drawn at export size — the
 * map full-bleed, a title block, the timeline with slide-sized type, the source line and a short
 * public permalink. Same state, same pixels: fixed layout, fixed fonts, nothing random.
 */
import type { Box } from '../../ui/snapshotRegistry';

export const SNAPSHOT_W = 1920;
export const SNAPSHOT_H = 1080;
/** Timeline type on the slide is 18 px: the screen's 11 px scaled by this. */
export const TIMELINE_SCALE = 18 / 11;

export interface SlideText {
  title: string;
  /** A date or a step ("Step 7 of 13 · 25 November 2018"). */
  kicker: string;
  caption: string;
  source: string;
  /** Short public permalink, or null when the copy has no public address. */
  permalink: string | null;
  /** Said in place of the map when the browser cannot draw one. */
  noMap: string;
  /** The error when the browser cannot draw a canvas at all. */
  noCanvas: string;
}

export interface SlideColours {
  background: string;
  surface: string;
  ink: string;
  inkMuted: string;
  accent: string;
}

export interface SlideSources {
  map?: (w: number, h: number) => Promise<HTMLCanvasElement | null>;
  timeline?: (ctx: CanvasRenderingContext2D, box: Box, scale: number) => void;
}

const FONT = '"Noto Sans", system-ui, sans-serif';
const font = (size: number, weight = 400) => `${weight} ${size}px ${FONT}`;

/** Wrap text into at most `maxLines` lines of `maxWidth`, ending with "…" when cut. */
export function wrap(
  ctx: CanvasRenderingContext2D,
  text: string,
  maxWidth: number,
  maxLines: number,
): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const w of words) {
    const next = line ? `${line} ${w}` : w;
    if (ctx.measureText(next).width > maxWidth && line) {
      lines.push(line);
      line = w;
      if (lines.length === maxLines) break;
    } else line = next;
    used++;
  }
  if (lines.length < maxLines && line) lines.push(line);
  if (used < words.length || lines.length > maxLines) {
    const last = lines.slice(0, maxLines);
    last[maxLines - 1] = `${(last[maxLines - 1] ?? '').replace(/\s+\S*$/, '')} …`;
    return last;
  }
  return lines;
}

export async function renderSnapshot(
  sources: SlideSources,
  text: SlideText,
  c: SlideColours,
): Promise<HTMLCanvasElement> {
  const canvas = document.createElement('canvas');
  canvas.width = SNAPSHOT_W;
  canvas.height = SNAPSHOT_H;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error(text.noCanvas, { cause: 'worded' });
  await document.fonts?.ready;
  const band: Box = { x: 0, y: 760, w: SNAPSHOT_W, h: 260 };
  const footer = { y: band.y + band.h, h: SNAPSHOT_H - band.y - band.h };

  // The map, full-bleed above the timeline.
  ctx.fillStyle = c.background;
  ctx.fillRect(0, 0, SNAPSHOT_W, SNAPSHOT_H);
  const map = await sources.map?.(SNAPSHOT_W, band.y);
  if (map) ctx.drawImage(map, 0, 0);
  else {
    ctx.fillStyle = c.inkMuted;
    ctx.font = font(28);
    ctx.fillText(text.noMap, 60, band.y / 2);
  }

  // Title block over the map's top-left corner.
  ctx.textBaseline = 'top';
  ctx.font = font(30);
  const captionLines = wrap(ctx, text.caption, 860, 3);
  ctx.font = font(48, 700);
  const titleLines = wrap(ctx, text.title, 860, 2);
  const blockH =
    36 +
    40 +
    titleLines.length * 58 +
    (captionLines.length ? 12 + captionLines.length * 40 : 0) +
    28;
  ctx.globalAlpha = 0.93;
  ctx.fillStyle = c.surface;
  ctx.beginPath();
  ctx.roundRect(40, 40, 920, blockH, 10);
  ctx.fill();
  ctx.globalAlpha = 1;
  let y = 76;
  ctx.fillStyle = c.accent;
  ctx.font = font(28, 700);
  ctx.fillText(text.kicker, 72, y - 8);
  y += 40;
  ctx.fillStyle = c.ink;
  ctx.font = font(48, 700);
  for (const line of titleLines) {
    ctx.fillText(line, 72, y);
    y += 58;
  }
  y += 12;
  ctx.font = font(30);
  for (const line of captionLines) {
    ctx.fillText(line, 72, y);
    y += 40;
  }

  // The timeline band, with 18 px type.
  sources.timeline?.(ctx, band, TIMELINE_SCALE);
  ctx.fillStyle = c.inkMuted;
  ctx.fillRect(0, band.y, SNAPSHOT_W, 1);

  // Source line and permalink.
  ctx.fillStyle = c.surface;
  ctx.fillRect(0, footer.y, SNAPSHOT_W, footer.h);
  ctx.fillStyle = c.inkMuted;
  ctx.font = font(22);
  ctx.textBaseline = 'middle';
  const mid = footer.y + footer.h / 2;
  const linkWidth = text.permalink ? ctx.measureText(text.permalink).width : 0;
  const source = wrap(ctx, text.source, SNAPSHOT_W - 120 - linkWidth - 40, 1)[0] ?? '';
  ctx.fillText(source, 60, mid);
  if (text.permalink) {
    ctx.fillStyle = c.ink;
    ctx.textAlign = 'right';
    ctx.fillText(text.permalink, SNAPSHOT_W - 60, mid);
    ctx.textAlign = 'left';
  }
  return canvas;
}
