import type { ScaleTime } from 'd3-scale';
import { type KeyboardEvent, type PointerEvent, useRef } from 'react';
import { formatDayLong } from '../domain/formatDate';
import { addMonths, snapToDay } from '../domain/isoDate';

interface Props {
  x: ScaleTime<number, number>;
  value: number;
  min: number;
  max: number;
  /** Full height the line spans. */
  height: number;
  /** Where the draggable handle sits (the axis strip). */
  handleY: number;
  /** Spoken after the date, e.g. "3 events". */
  valueSuffix: string;
  onChange: (t: number) => void;
  onScrubbing: (scrubbing: boolean) => void;
  /** Previous / next event start, for ← / →. */
  stepEvent: (from: number, dir: 1 | -1) => number | null;
  /** Enter: open what is under the playhead. */
  onActivate: () => void;
}

/** The playhead: a slider (role, value, keys) the reader drags to scrub through time. */
export function Playhead(props: Props) {
  const { x, value, min, max, height, handleY } = props;
  const dragging = useRef(false);
  const [r0, r1] = x.range() as [number, number];
  const rawPx = x(value);
  // Kept on screen (pinned to the edge) so keyboard focus never lands on something hidden.
  const px = Math.min(r1, Math.max(r0, rawPx));
  const offscreen = rawPx !== px;

  const clamp = (t: number) => Math.min(max, Math.max(min, t));
  const fromPointer = (e: PointerEvent<SVGElement>) => {
    const svg =
      (e.currentTarget as SVGElement).ownerSVGElement ?? (e.currentTarget as SVGSVGElement);
    const left = svg.getBoundingClientRect().left;
    return clamp(snapToDay(x.invert(e.clientX - left).getTime()));
  };

  const onPointerDown = (e: PointerEvent<SVGElement>) => {
    dragging.current = true;
    (e.currentTarget as Element).setPointerCapture?.(e.pointerId);
    props.onScrubbing(true);
    props.onChange(fromPointer(e));
  };
  const onPointerMove = (e: PointerEvent<SVGElement>) => {
    if (dragging.current) props.onChange(fromPointer(e));
  };
  const onPointerUp = (e: PointerEvent<SVGElement>) => {
    if (!dragging.current) return;
    dragging.current = false;
    (e.currentTarget as Element).releasePointerCapture?.(e.pointerId);
    props.onScrubbing(false);
  };

  const onKeyDown = (e: KeyboardEvent<SVGElement>) => {
    let next: number | null = null;
    if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
      const dir = e.key === 'ArrowRight' ? 1 : -1;
      next = e.shiftKey ? addMonths(value, dir) : props.stepEvent(value, dir);
    } else if (e.key === 'PageUp' || e.key === 'PageDown')
      next = addMonths(value, e.key === 'PageDown' ? 12 : -12);
    else if (e.key === 'Home') next = min;
    else if (e.key === 'End') next = max;
    else if (e.key === 'Enter') {
      e.preventDefault();
      props.onActivate();
      return;
    } else return;
    e.preventDefault();
    if (next !== null) props.onChange(clamp(next));
  };

  return (
    <g className="playhead">
      {/* The axis strip is a scrub track: press anywhere on it to move the playhead there. */}
      <rect
        className="scrub-track"
        x={r0}
        y={handleY - 12}
        width={r1 - r0}
        height={24}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
      />
      <>
        {!offscreen && <line className="playhead-line" x1={px} x2={px} y1={0} y2={height} />}
        {/* biome-ignore lint/a11y/useSemanticElements: an SVG handle cannot be an <input type=range> */}
        <g
          className={`playhead-handle${offscreen ? ' offscreen' : ''}`}
          role="slider"
          tabIndex={0}
          aria-label="Playhead date"
          aria-valuemin={min}
          aria-valuemax={max}
          aria-valuenow={value}
          aria-valuetext={`${formatDayLong(value)}${props.valueSuffix ? `, ${props.valueSuffix}` : ''}`}
          aria-orientation="horizontal"
          transform={`translate(${px},${handleY})`}
          onKeyDown={onKeyDown}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          onPointerCancel={onPointerUp}
        >
          <rect x={-8} y={-11} width={16} height={22} rx={4} />
          <path d="M-2.5,-5 v10 M2.5,-5 v10" />
        </g>
      </>
    </g>
  );
}
