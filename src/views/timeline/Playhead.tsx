import type { ScaleTime } from 'd3-scale';
import { type KeyboardEvent, type PointerEvent, useRef } from 'react';
import { addMonths, snapToDay } from '../../domain/isoDate';
import { nearestEvents } from '../../domain/nearestEvents';
import { useI18n } from '../../i18n/useI18n';
import { usePlayheadEvents } from '../../session/derived';
import { useActions, useSession } from '../../session/hooks';
import { flagText } from './flagText';
import { measureTitle } from './measureText';

const FLAG_FONT = '600 12px "Noto Sans", system-ui, sans-serif';
const FLAG_H = 22;
/** The flag is the grab handle: at least 44 px tall to the touch, whatever it looks like. */
const GRAB_H = 44;

interface Props {
  x: ScaleTime<number, number>;
  /** Ends of the range Home / End go to (the window, or the view). */
  rangeStart: number;
  rangeEnd: number;
  /** Bounds the playhead can never leave (the dataset's extent). */
  min: number;
  max: number;
  /** Where the line ends (bottom of the lanes). */
  height: number;
  /** Vertical centre of the flag. */
  flagY: number;
  onChange: (t: number) => void;
  onScrubbing: (scrubbing: boolean) => void;
  /** Previous / next event start, for ← / →. */
  stepEvent: (from: number, dir: 1 | -1) => number | null;
}

/**
 * The playhead: a flag that shows its date and how many events are near it, and a slider (role,
 * value, keys) the reader drags or steps through time. It subscribes to the playhead itself, so a
 * step re-renders the flag, not the whole timeline.
 */
export function Playhead(props: Props) {
  const { x, height, flagY } = props;
  const value = useSession((s) => s.playhead);
  const { at, ongoing } = usePlayheadEvents();
  const count = at.length;
  const actions = useActions();
  // Enter opens the event closest to the playhead: one dated near it beats a span under way.
  const activate = () => {
    const [nearest] = nearestEvents(at.length ? at : ongoing, value, 1);
    if (nearest) actions.selectEvent(nearest.id);
  };
  const dragging = useRef(false);
  const [r0, r1] = x.range() as [number, number];
  const rawPx = x(value);
  // Kept on screen (pinned to the edge) so keyboard focus never lands on something hidden.
  const px = Math.min(r1, Math.max(r0, rawPx));
  const offscreen = rawPx !== px;
  const { t, f } = useI18n();
  const text = flagText(t, f, value, { at: count, ongoing: ongoing.length });
  const w = Math.ceil(measureTitle(text, FLAG_FONT)) + 20;
  const left = Math.min(r1 - w, Math.max(r0 - 40, px - w / 2));

  const clamp = (t: number) => Math.min(props.max, Math.max(props.min, t));
  const fromPointer = (e: PointerEvent<SVGElement>) => {
    const svg =
      (e.currentTarget as SVGElement).ownerSVGElement ?? (e.currentTarget as SVGSVGElement);
    const box = svg.getBoundingClientRect();
    // A scaled drawing (viewBox) maps CSS pixels to drawing units.
    const k = box.width / (svg.viewBox?.baseVal?.width || box.width);
    return clamp(snapToDay(x.invert((e.clientX - box.left) / k).getTime()));
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
  const pointer = {
    onPointerDown,
    onPointerMove,
    onPointerUp,
    onPointerCancel: onPointerUp,
  };

  const onKeyDown = (e: KeyboardEvent<SVGElement>) => {
    let next: number | null = null;
    if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
      const dir = e.key === 'ArrowRight' ? 1 : -1;
      next = e.shiftKey ? addMonths(value, dir) : props.stepEvent(value, dir);
    } else if (e.key === 'PageUp' || e.key === 'PageDown')
      next = addMonths(value, e.key === 'PageDown' ? 12 : -12);
    else if (e.key === 'Home') next = props.rangeStart;
    else if (e.key === 'End') next = props.rangeEnd;
    else if (e.key === 'Enter') {
      e.preventDefault();
      activate();
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
        y={flagY + FLAG_H / 2 - 2}
        width={r1 - r0}
        height={22}
        {...pointer}
      />
      {!offscreen && (
        <line className="playhead-line" x1={px} x2={px} y1={flagY + FLAG_H / 2} y2={height} />
      )}
      <g
        id="playhead"
        className={`playhead-flag${offscreen ? ' offscreen' : ''}`}
        role="slider"
        tabIndex={0}
        aria-label={t.timeline.playhead}
        aria-valuemin={props.min}
        aria-valuemax={props.max}
        aria-valuenow={value}
        aria-valuetext={`${f.day(value)}, ${count === 0 ? t.timeline.noneNearby : f.plural(count, t.timeline.nearby)}${ongoing.length ? `, ${f.plural(ongoing.length, t.timeline.ongoingNearby)}` : ''}`}
        aria-orientation="horizontal"
        onKeyDown={onKeyDown}
        {...pointer}
      >
        {/* The grab area reaches down over the axis, not up over the window strip above. */}
        <rect
          className="playhead-grab"
          x={left - 4}
          y={flagY - FLAG_H / 2}
          width={w + 8}
          height={GRAB_H}
        />
        <rect
          className="playhead-pill"
          x={left}
          y={flagY - FLAG_H / 2}
          width={w}
          height={FLAG_H}
          rx={FLAG_H / 2}
        />
        <path
          className="playhead-pill"
          d={`M${px - 5},${flagY + FLAG_H / 2 - 1} L${px},${flagY + FLAG_H / 2 + 5} L${px + 5},${flagY + FLAG_H / 2 - 1} Z`}
        />
        <text className="playhead-text" x={left + w / 2} y={flagY} dy="0.35em" textAnchor="middle">
          {text}
        </text>
      </g>
    </g>
  );
}
