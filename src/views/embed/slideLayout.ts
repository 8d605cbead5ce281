/**
 * One 16:9 slide at 1920×1080, shared by the PNG and the PowerPoint export: a text column on the
 * left (kicker, title, caption, source), the map beside it (so nothing is ever drawn over a map
 * label), the timeline across, and a footer. Text wraps and shrinks to fit its box, never cut:
 * when even the smallest sizes do not fit, the layout says so (`fits: false`). Pure: the caller
 * measures text.
 */

import type { Box } from '../../ui/snapshotRegistry';

export const SLIDE_W = 1920;
export const SLIDE_H = 1080;

export const FOOTER: Box = { x: 0, y: 1016, w: SLIDE_W, h: SLIDE_H - 1016 };
export const TIMELINE: Box = { x: 0, y: 676, w: SLIDE_W, h: FOOTER.y - 676 };
/** Text column widths, tried in turn: a long event summary takes room from the map. */
export const COLUMN_WIDTHS = [700, 880, 1060] as const;

export interface SlideFrame {
  column: Box;
  /** Where the words go inside the column. */
  text: Box;
  map: Box;
}

export function slideFrame(columnWidth: number): SlideFrame {
  const column = { x: 0, y: 0, w: columnWidth, h: TIMELINE.y };
  return {
    column,
    text: { x: 56, y: 48, w: columnWidth - 56 - 40, h: column.h - 48 - 28 },
    map: { x: columnWidth, y: 0, w: SLIDE_W - columnWidth, h: TIMELINE.y },
  };
}
/** Timeline type on the slide: the screen's 11 px drawn at 16 px. */
export const TIMELINE_SCALE = 16 / 11;

export const FONT_FAMILY = '"Noto Sans", system-ui, sans-serif';
export const font = (size: number, weight = 400) => `${weight} ${size}px ${FONT_FAMILY}`;

/** Type sizes in px at 1920×1080: largest first, shrunk together down to the room minimums. */
export const TYPE = {
  kicker: { size: 26, min: 24, weight: 700, leading: 1.3 },
  title: { size: 60, min: 40, weight: 700, leading: 1.15 },
  caption: { size: 34, min: 24, weight: 400, leading: 1.35 },
  source: { size: 24, min: 24, weight: 400, leading: 1.3 },
  footer: { size: 24, min: 24, weight: 400, leading: 1.2 },
} as const;
const GAP = { afterKicker: 14, afterTitle: 22, beforeSource: 28 };

export type Measure = (text: string, font: string) => number;
export type BlockName = 'kicker' | 'title' | 'caption' | 'source';

export interface TextBlock {
  name: BlockName;
  size: number;
  weight: number;
  lineHeight: number;
  /** Top of the block, relative to the slide. */
  y: number;
  lines: string[];
}

export interface SlideTextLayout {
  frame: SlideFrame;
  blocks: TextBlock[];
  /** Height the blocks take. */
  height: number;
  /** Every word is shown, within the box. */
  fits: boolean;
}

/** Words into lines of at most `width`; a word wider than the line stays whole (and overflows). */
export function wrapWords(measure: Measure, text: string, fontSpec: string, width: number) {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next, fontSpec) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

const ORDER: BlockName[] = ['kicker', 'title', 'caption', 'source'];

function attempt(
  measure: Measure,
  copy: Record<BlockName, string>,
  frame: SlideFrame,
  k: number,
): SlideTextLayout {
  const box = frame.text;
  const blocks: TextBlock[] = [];
  let y = box.y;
  let wide = false;
  for (const name of ORDER) {
    const type = TYPE[name];
    const size = Math.max(type.min, Math.round(type.size * k));
    const spec = font(size, type.weight);
    const lines = wrapWords(measure, copy[name], spec, box.w);
    wide ||= lines.some((l) => measure(l, spec) > box.w + 0.5);
    if (name === 'source') y += GAP.beforeSource;
    const lineHeight = Math.round(size * type.leading);
    blocks.push({ name, size, weight: type.weight, lineHeight, y, lines });
    y += lines.length * lineHeight;
    if (name === 'kicker') y += GAP.afterKicker;
    if (name === 'title') y += GAP.afterTitle;
  }
  const height = y - box.y;
  return { frame, blocks, height, fits: !wide && height <= box.h };
}

/**
 * The largest common scale at which every word fits (sizes never below TYPE's minimums), in the
 * narrowest column that holds them.
 */
export function layoutSlideText(
  measure: Measure,
  copy: Record<BlockName, string>,
  widths: readonly number[] = COLUMN_WIDTHS,
): SlideTextLayout {
  let last: SlideTextLayout | null = null;
  for (const w of widths) {
    const frame = slideFrame(w);
    for (let k = 1; k >= 0.4; k -= 0.04) {
      last = attempt(measure, copy, frame, k);
      if (last.fits) return last;
    }
  }
  return last ?? attempt(measure, copy, slideFrame(COLUMN_WIDTHS[0]), 0);
}

/** The footer: credit on the left, the short link on the right, each whole on one line. */
export function layoutFooter(measure: Measure, credit: string, link: string | null) {
  const spec = font(TYPE.footer.size);
  const pad = 56;
  const linkW = link ? measure(link, spec) : 0;
  const creditW = measure(credit, spec);
  return { fits: creditW + linkW + 2 * pad + (link ? 40 : 0) <= FOOTER.w, pad, spec };
}
