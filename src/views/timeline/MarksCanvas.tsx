import { type MouseEvent, useEffect, useRef } from 'react';
import { drawMarks, type MarkStyle } from './drawMarks';
import { markAt, type TimelineLayout } from './layout';
import { measureTitle } from './measureText';

interface Props {
  layout: TimelineLayout;
  width: number;
  /** CSS pixels per drawing unit (a room's scale); 1 by default. */
  zoom?: number;
  /** Top of the lane area inside the timeline drawing. */
  top: number;
  style: MarkStyle;
  onHover: (id: string | null, clientX?: number, clientY?: number) => void;
  onSelect: (id: string) => void;
  /** A click on a bin: zoom into its stretch of time. */
  onZoomTo: (x0: number, x1: number) => void;
}

/**
 * The marks, drawn on a canvas so a dense view costs one draw, not thousands of DOM nodes. A
 * pointer picks the mark or title under it from the layout. Keyboard users reach the same events
 * through the playhead and the event list.
 */
export function MarksCanvas({
  layout,
  width,
  zoom = 1,
  top,
  style,
  onHover,
  onSelect,
  onZoomTo,
}: Props) {
  const ref = useRef<HTMLCanvasElement>(null);
  const height = Math.max(1, layout.height);

  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext?.('2d');
    if (!canvas || !ctx) return;
    const dpr = (window.devicePixelRatio || 1) * zoom;
    const w = Math.round(width * dpr);
    const h = Math.round(height * dpr);
    // Resizing reallocates the bitmap and resets the context, font included: keep the size
    // when it holds.
    if (canvas.width !== w) canvas.width = w;
    if (canvas.height !== h) canvas.height = h;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, width, height);
    drawMarks(ctx, layout, style);
    // For the first-frame check (npm run bench, tests): the marks are on the canvas.
    canvas.dataset.marksDrawn = '';
  }, [layout, width, height, style, zoom]);

  const hit = (e: MouseEvent<HTMLCanvasElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    const x = (e.clientX - box.left) / zoom;
    const y = (e.clientY - box.top) / zoom;
    return { x, y, mark: markAt(layout, x, y, (t) => measureTitle(t)) };
  };

  return (
    // A pointer shortcut with no tab stop (the playhead and the list are the keyboard paths), so
    // hiding the pixels from screen readers hides nothing they can reach.
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: the canvas has no tabindex and is not focusable
    <canvas
      ref={ref}
      className="marks-canvas"
      data-testid="timeline-marks"
      data-selected={style.selectedId ?? ''}
      style={{ top, width: width * zoom, height: height * zoom }}
      aria-hidden="true"
      onPointerMove={(e) => {
        const { mark } = hit(e);
        e.currentTarget.style.cursor = mark || layout.binned ? 'pointer' : '';
        onHover(mark?.event.id ?? null, e.clientX, e.clientY);
      }}
      onPointerLeave={() => onHover(null)}
      onClick={(e) => {
        const { x, y, mark } = hit(e);
        if (mark) onSelect(mark.event.id);
        else if (layout.binned) {
          const bin = layout.bins.find((b) => x >= b.x0 && x < b.x1 && y >= b.y - 4);
          if (bin) onZoomTo(bin.x0, bin.x1);
        }
      }}
    />
  );
}
