/**
 * Draws a slide (slideLayout.ts) on a 1920×1080 canvas: the map beside the text column, the
 * timeline band with its lane names, the footer. The PNG draws every word; the PowerPoint export
 * draws the picture alone and sets the words as editable text in the same places. Same state,
 * same pixels: fixed layout, fixed fonts, nothing random.
 */
import type { Scene, SnapshotSources } from '../../ui/snapshotRegistry';
import {
  FOOTER,
  font,
  layoutFooter,
  type Measure,
  SLIDE_H,
  SLIDE_W,
  type SlideFrame,
  type SlideTextLayout,
  TIMELINE,
  TIMELINE_SCALE,
} from './slideLayout';

export interface SlideColours {
  background: string;
  surface: string;
  ink: string;
  inkMuted: string;
  accent: string;
}

export interface SlideWords {
  text: SlideTextLayout;
  credit: string;
  /** Short public permalink, or null when the copy has no public address. */
  permalink: string | null;
}

export interface SlideOptions {
  /** Said in place of the map when the browser cannot draw one. */
  noMap: string;
  /** The error when the browser cannot draw a canvas at all. */
  noCanvas: string;
  /** Where the map and the words go (the text layout's frame). */
  frame: SlideFrame;
  /** Null: leave the text column and footer empty (the PowerPoint export sets them as text). */
  words: SlideWords | null;
  /** A story step to draw instead of the view on screen. */
  scene?: Scene;
}

/** The slide's two faces loaded before anything is measured (the page itself may use neither yet). */
export async function loadSlideFonts(): Promise<void> {
  await Promise.all([document.fonts?.load(font(40, 700)), document.fonts?.load(font(24, 400))]);
}

/** Text widths with a canvas at the slide's fonts. */
export function canvasMeasure(ctx: CanvasRenderingContext2D): Measure {
  return (text, spec) => {
    ctx.font = spec;
    return ctx.measureText(text).width;
  };
}

export async function renderSlide(
  sources: Readonly<SnapshotSources>,
  c: SlideColours,
  o: SlideOptions,
): Promise<HTMLCanvasElement> {
  const canvas = document.createElement('canvas');
  canvas.width = SLIDE_W;
  canvas.height = SLIDE_H;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error(o.noCanvas, { cause: 'worded' });
  await loadSlideFonts();
  ctx.fillStyle = c.background;
  ctx.fillRect(0, 0, SLIDE_W, SLIDE_H);

  const { map: mapBox, column, text } = o.frame;
  const map = await sources.map?.(mapBox.w, mapBox.h, o.scene);
  if (map) ctx.drawImage(map, mapBox.x, mapBox.y);
  else {
    ctx.fillStyle = c.inkMuted;
    ctx.font = font(28);
    ctx.textBaseline = 'middle';
    ctx.fillText(o.noMap, mapBox.x + 60, mapBox.y + mapBox.h / 2);
  }

  ctx.fillStyle = c.surface;
  ctx.fillRect(column.x, column.y, column.w, column.h);
  ctx.fillStyle = c.inkMuted;
  ctx.fillRect(column.w - 1, 0, 1, column.h);
  if (o.words) drawWords(ctx, o.words.text, text.x, c);

  await sources.timeline?.(ctx, TIMELINE, TIMELINE_SCALE, o.scene);
  ctx.fillStyle = c.inkMuted;
  ctx.fillRect(0, TIMELINE.y, SLIDE_W, 1);

  ctx.fillStyle = c.surface;
  ctx.fillRect(FOOTER.x, FOOTER.y, FOOTER.w, FOOTER.h);
  ctx.fillStyle = c.inkMuted;
  ctx.fillRect(0, FOOTER.y, SLIDE_W, 1);
  if (o.words) drawFooter(ctx, o.words, c);
  return canvas;
}

function drawWords(
  ctx: CanvasRenderingContext2D,
  text: SlideTextLayout,
  x: number,
  c: SlideColours,
) {
  ctx.textBaseline = 'top';
  ctx.textAlign = 'left';
  for (const b of text.blocks) {
    ctx.font = font(b.size, b.weight);
    ctx.fillStyle = b.name === 'kicker' ? c.accent : b.name === 'source' ? c.inkMuted : c.ink;
    b.lines.forEach((line, i) => {
      // Lines are centred in their leading.
      ctx.fillText(line, x, b.y + i * b.lineHeight + (b.lineHeight - b.size) / 2);
    });
  }
}

function drawFooter(ctx: CanvasRenderingContext2D, w: SlideWords, c: SlideColours) {
  const { pad, spec } = layoutFooter(canvasMeasure(ctx), w.credit, w.permalink);
  ctx.font = spec;
  ctx.textBaseline = 'middle';
  const mid = FOOTER.y + FOOTER.h / 2;
  ctx.fillStyle = c.inkMuted;
  ctx.textAlign = 'left';
  ctx.fillText(w.credit, pad, mid);
  if (w.permalink) {
    ctx.fillStyle = c.ink;
    ctx.textAlign = 'right';
    ctx.fillText(w.permalink, SLIDE_W - pad, mid);
    ctx.textAlign = 'left';
  }
}

/** The slide's colours from the app's palette. */
export function slideColours(p: {
  background: string;
  surface: string;
  ink: string;
  inkMuted: string;
  map: { usMexicoBorder: string };
}): SlideColours {
  return {
    background: p.background,
    surface: p.surface,
    ink: p.ink,
    inkMuted: p.inkMuted,
    accent: p.map.usMexicoBorder,
  };
}
