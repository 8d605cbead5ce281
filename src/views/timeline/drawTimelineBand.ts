/**
 * The timeline for a slide: axis, playhead and every visible event in one lane, drawn with the
 * same layout and mark renderer as the screen, at a scale that makes the type slide-sized.
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
import { layoutMarks } from './layout';
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
}

const AXIS_Y = 34;
const LANES_Y = 50;
const GUTTER = 28;

export function drawTimelineBand(
  ctx: CanvasRenderingContext2D,
  box: Box,
  scale: number,
  input: BandInput,
) {
  const w = box.w / scale;
  const h = box.h / scale;
  const r0 = GUTTER;
  const r1 = w - GUTTER;
  const { view, palette } = input;
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

  const visible = eventsOverlapping(input.index, view[0], view[1]);
  const layout = layoutMarks(
    visible,
    { d0: view[0], d1: view[1], r0, r1 },
    {
      present: new Set<Category>(visible.map((e) => e.category)),
      height: h - LANES_Y - 4,
      title: input.title,
      measure: (title) => measureTitle(title),
      histogram: input.histogram,
      single: true,
    },
  );
  ctx.save();
  ctx.translate(0, LANES_Y);
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

  // The playhead: a line through the lane and its date on a flag.
  const px = Math.min(r1, Math.max(r0, x(input.playhead)));
  ctx.fillStyle = palette.map.usMexicoBorder;
  ctx.fillRect(px - 0.75, 8, 1.5, h - 8);
  const text = input.flag;
  ctx.font = `600 ${TIMELINE_FONT}`;
  const tw = ctx.measureText(text).width + 14;
  const left = Math.min(r1 - tw, Math.max(r0, px - tw / 2));
  ctx.beginPath();
  ctx.roundRect(left, 2, tw, 16, 8);
  ctx.fill();
  ctx.fillStyle = palette.surface;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(text, left + tw / 2, 10.5);
  ctx.restore();
}
