/**
 * Draws a timeline layout on a 2D canvas: bins, marks and their titles. Shared by the live
 * timeline and the PNG snapshot, so the slide shows exactly what the screen does, at any size.
 */
import type { Category } from '../../data/schema';
import { applyFont } from '../../ui/canvasFont';
import type { Mark, TimelineLayout } from './layout';
import { MARK_H } from './layout';
import { measureTitle } from './measureText';

/** The pixel size in a CSS font shorthand ("600 18px Noto Sans" → 18); 11 if none is given. */
const fontPx = (font: string) => Number.parseFloat(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? '11');

export interface MarkStyle {
  colours: Record<Category, string>;
  ink: string;
  /** Page colour behind the marks, for outlines that separate touching marks. */
  surface: string;
  font: string;
  selectedId: string | null;
  /** Events to emphasise (the selected site's); null = no emphasis. */
  highlighted: ReadonlySet<string> | null;
  markH?: number;
}

function markPath(ctx: CanvasRenderingContext2D, m: Mark, h: number) {
  const y = m.y - h / 2;
  const single = m.event.date.precision === 'day' && !m.event.date.end;
  ctx.beginPath();
  ctx.roundRect(m.x, y, m.width, h, single ? h / 2 : 2);
}

export function drawMarks(ctx: CanvasRenderingContext2D, layout: TimelineLayout, s: MarkStyle) {
  const h = s.markH ?? MARK_H;
  for (const b of layout.bins) {
    ctx.globalAlpha = 0.8;
    ctx.fillStyle = s.colours[b.lane as Category] ?? s.ink;
    ctx.fillRect(b.x0, b.y, Math.max(1, b.x1 - b.x0 - 1), b.height);
  }
  ctx.globalAlpha = 1;
  applyFont(ctx, s.font);
  ctx.textBaseline = 'middle';
  const selected: Mark[] = [];
  for (const m of layout.marks) {
    const e = m.event;
    const colour = s.colours[e.category];
    const dim = s.highlighted !== null && !s.highlighted.has(e.id);
    ctx.globalAlpha = dim ? 0.25 : 1;
    markPath(ctx, m, h);
    const planned = e.status === 'planned';
    const coarse = e.date.precision !== 'day' || !!e.date.end;
    ctx.fillStyle = colour;
    // Planned acts are hollow; spans are lighter than single days; approximate dates dashed.
    ctx.globalAlpha = (dim ? 0.25 : 1) * (planned ? 0.15 : coarse ? 0.6 : 1);
    ctx.fill();
    ctx.globalAlpha = dim ? 0.25 : 1;
    if (planned || e.date.approximate) {
      ctx.setLineDash(planned ? [3, 2] : [2, 2]);
      ctx.strokeStyle = planned ? colour : s.ink;
      ctx.lineWidth = 1.25;
      ctx.stroke();
      ctx.setLineDash([]);
    } else if (!coarse) {
      ctx.strokeStyle = s.surface;
      ctx.lineWidth = 1;
      ctx.stroke();
    }
    if (s.highlighted?.has(e.id)) {
      ctx.strokeStyle = s.ink;
      ctx.lineWidth = 1.5;
      ctx.stroke();
    }
    if (e.id === s.selectedId) selected.push(m);
  }
  // Titles after every mark, so no later mark is painted over one, each on a plate in the page
  // colour: a title that crosses a long or dotted span stays legible (a halo alone lets the
  // span's dashes show between words).
  const plate = Math.round(fontPx(s.font) * 1.3);
  for (const m of layout.marks) {
    if (!m.label) continue;
    const alpha = s.highlighted !== null && !s.highlighted.has(m.event.id) ? 0.25 : 1;
    const x = m.x + m.width + 3;
    ctx.globalAlpha = alpha * 0.88;
    ctx.fillStyle = s.surface;
    // Widths come from the layout's cache: a redraw on every zoom frame measures nothing.
    ctx.fillRect(x, m.y + 0.5 - plate / 2, measureTitle(m.label, s.font) + 2, plate);
    ctx.globalAlpha = alpha;
    ctx.fillStyle = s.ink;
    ctx.fillText(m.label, x + 1, m.y + 0.5);
  }
  ctx.globalAlpha = 1;
  for (const m of selected) {
    markPath(ctx, m, h + 4);
    ctx.strokeStyle = s.ink;
    ctx.lineWidth = 2.5;
    ctx.stroke();
  }
}
