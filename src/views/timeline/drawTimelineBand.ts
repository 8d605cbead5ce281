/**
 * The timeline for a slide: axis, playhead and every event in view, one named lane per category
 * that has events there, drawn with the same layout and mark renderer as the screen, at a scale
 * that makes the type slide-sized.
 */
import { scaleUtc } from 'd3-scale';
import type { Category, FronteraEvent } from '../../data/schema';
import type { DayHistogram } from '../../domain/dayHistogram';
import { type EventIndex, eventsOverlapping } from '../../domain/eventIndex';
import { tickFormatter } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import type { Palette } from '../../ui/palette';
import type { Box } from '../../ui/snapshotRegistry';
import { drawMarks } from './drawMarks';
import { type LaneKey, layoutMarks } from './layout';
import { measureTitle, TIMELINE_FONT } from './measureText';

export interface BandInput {
  index: EventIndex<FronteraEvent>;
  histogram: DayHistogram;
  view: readonly [number, number];
  playhead: number;
  palette: Palette;
  lang: Lang;
  /** An event's title in the reader's language. */
  title: (e: FronteraEvent) => string;
  /** The playhead flag's text: "25 Nov 2018 · 3 events". */
  flag: string;
  selectedId: string | null;
  highlighted: ReadonlySet<string> | null;
  /** A lane's name in the reader's language. */
  laneName: (lane: LaneKey) => string;
}

const FLAG_Y = 2;
const AXIS_Y = 30;
const LANES_Y = 50;
const RIGHT = 16;

export function drawTimelineBand(
  ctx: CanvasRenderingContext2D,
  box: Box,
  scale: number,
  input: BandInput,
) {
  const w = box.w / scale;
  const h = box.h / scale;
  const { view, palette } = input;
  const visible = eventsOverlapping(input.index, view[0], view[1]);
  const present = new Set<Category>(visible.map((e) => e.category));
  // Lane names in a gutter as wide as the longest one.
  const names = new Map<Category, string>([...present].map((c) => [c, input.laneName(c)]));
  const gutter = Math.max(40, ...[...names.values()].map((n) => measureTitle(n))) + 14;
  const r0 = gutter;
  const r1 = w - RIGHT;
  const x = scaleUtc().domain(view).range([r0, r1]);
  ctx.save();
  ctx.translate(box.x, box.y);
  ctx.scale(scale, scale);
  ctx.fillStyle = palette.surface;
  ctx.fillRect(0, 0, w, h);

  // Axis: a rule and the ticks d3 chooses for the span.
  ctx.strokeStyle = palette.inkMuted;
  ctx.lineWidth = 0.5;
  ctx.beginPath();
  ctx.moveTo(r0, AXIS_Y);
  ctx.lineTo(r1, AXIS_Y);
  ctx.stroke();
  ctx.font = TIMELINE_FONT;
  ctx.fillStyle = palette.inkMuted;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  const ticks = x.ticks(Math.max(2, Math.floor((r1 - r0) / 90)));
  const format = tickFormatter(input.lang);
  for (const t of ticks) {
    const px = x(t);
    ctx.fillRect(px, AXIS_Y - 3, 0.5, 6);
    ctx.fillText(format(t), px, AXIS_Y + 4);
  }

  const layout = layoutMarks(
    visible,
    { d0: view[0], d1: view[1], r0, r1 },
    {
      present,
      height: h - LANES_Y - 4,
      title: input.title,
      measure: (title) => measureTitle(title),
      histogram: input.histogram,
    },
  );
  ctx.save();
  ctx.translate(0, LANES_Y);
  layout.lanes.forEach((lane, i) => {
    if (i % 2) {
      ctx.fillStyle = palette.ink;
      ctx.globalAlpha = 0.05;
      ctx.fillRect(r0, lane.y, r1 - r0, lane.height);
      ctx.globalAlpha = 1;
    }
    ctx.fillStyle = palette.inkMuted;
    ctx.textAlign = 'right';
    ctx.textBaseline = 'middle';
    ctx.fillText(names.get(lane.category as Category) ?? '', r0 - 6, lane.y + lane.height / 2);
  });
  ctx.textAlign = 'left';
  drawMarks(ctx, layout, {
    colours: palette.category,
    ink: palette.ink,
    surface: palette.surface,
    font: TIMELINE_FONT,
    selectedId: input.selectedId,
    highlighted: input.highlighted,
  });
  ctx.restore();

  // The playhead: a line through the lanes and its date on a flag.
  const px = Math.min(r1, Math.max(r0, x(input.playhead)));
  ctx.fillStyle = palette.map.usMexicoBorder;
  ctx.fillRect(px - 0.75, FLAG_Y + 8, 1.5, h - FLAG_Y - 8);
  ctx.font = `600 ${TIMELINE_FONT}`;
  const tw = ctx.measureText(input.flag).width + 14;
  const left = Math.min(r1 - tw, Math.max(r0, px - tw / 2));
  ctx.beginPath();
  ctx.roundRect(left, FLAG_Y, tw, 16, 8);
  ctx.fill();
  ctx.fillStyle = palette.surface;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(input.flag, left + tw / 2, FLAG_Y + 8.5);
  ctx.restore();
}
