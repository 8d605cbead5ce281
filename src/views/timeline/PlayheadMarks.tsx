import { useEffect, useMemo } from 'react';
import { usePlayheadEvents } from '../../session/derived';
import { exposeProbe } from '../../ui/debugProbe';
import { usePalette } from '../../ui/useTheme';
import { MARK_H, type TimelineLayout } from './layout';

const OUTSET = 2.5;

/**
 * The events the playhead lights, outlined on the timeline in the map's lit colour: a solid ring
 * for events dated within 15 days (they light the map), a dashed, paler one for longer spans
 * merely under way — the rule of src/domain/playheadRule.ts, drawn. An SVG over the marks
 * canvas that subscribes to the playhead alone, so a step never redraws the marks.
 */
export function PlayheadMarks({
  layout,
  width,
  zoom = 1,
}: {
  layout: TimelineLayout;
  width: number;
  /** The room scale the marks canvas is drawn at (story mode, slides): drawing units × zoom. */
  zoom?: number;
}) {
  const { at, ongoing } = usePlayheadEvents();
  const lit = usePalette().map.lit;
  const byId = useMemo(() => new Map(layout.marks.map((m) => [m.event.id, m])), [layout]);
  const drawn = useMemo(
    () => ({
      at: at.flatMap((e) => byId.get(e.id) ?? []),
      ongoing: ongoing.flatMap((e) => byId.get(e.id) ?? []),
    }),
    [at, ongoing, byId],
  );
  useEffect(
    () =>
      exposeProbe('playheadMarks', () => ({
        at: drawn.at.map((m) => m.event.id),
        ongoing: drawn.ongoing.map((m) => m.event.id),
      })),
    [drawn],
  );
  const ring = (m: (typeof drawn.at)[number]) => ({
    x: m.x - OUTSET,
    y: m.y - MARK_H / 2 - OUTSET,
    width: m.width + 2 * OUTSET,
    height: MARK_H + 2 * OUTSET,
    rx: (MARK_H + 2 * OUTSET) / 2,
  });
  return (
    <svg
      className="playhead-marks"
      width={width * zoom}
      height={Math.max(1, layout.height) * zoom}
      viewBox={`0 0 ${width} ${Math.max(1, layout.height)}`}
      aria-hidden="true"
    >
      {drawn.ongoing.map((m) => (
        <rect
          key={m.event.id}
          {...ring(m)}
          fill="none"
          stroke={lit}
          strokeWidth={1.5}
          strokeDasharray="3 2"
          opacity={0.6}
        />
      ))}
      {drawn.at.map((m) => (
        <rect key={m.event.id} {...ring(m)} fill="none" stroke={lit} strokeWidth={2} />
      ))}
    </svg>
  );
}
