/**
 * d3-brush selects the time window. The window lives in the store; a window set elsewhere
 * (inputs, URL, zoom moving the pixels) is applied with brush.move, whose events carry no
 * sourceEvent and are ignored, so nothing echoes.
 */
import type { BrushBehavior } from 'd3-brush';
import type { ScaleTime } from 'd3-scale';
import { select } from 'd3-selection';
import { type RefObject, useEffect, useRef } from 'react';
import { snapToDay } from '../../domain/isoDate';
import type { Interval } from '../../session/state';
import type { Gestures } from './useGestures';

interface Options {
  target: RefObject<SVGGElement | null>;
  x: ScaleTime<number, number>;
  height: number;
  window: Interval | null;
  onWindow: (window: Interval | null) => void;
  /** False while the view is locked: the strip's <g> is not rendered. */
  enabled: boolean;
  /** d3-brush, once loaded (null until then: the strip waits). */
  gestures: Gestures | null;
}

export function useBrushBehavior({
  target,
  x,
  height,
  window,
  onWindow,
  enabled,
  gestures,
}: Options) {
  const behavior = useRef<BrushBehavior<unknown> | null>(null);
  const xRef = useRef(x);
  xRef.current = x;
  const onWindowRef = useRef(onWindow);
  onWindowRef.current = onWindow;
  const [r0, r1] = x.range() as [number, number];

  // Re-created whenever the strip's element comes or goes (a story left, a lock lifted): a
  // brush belongs to the element it was called on.
  useEffect(() => {
    const el = target.current;
    if (!el || !enabled || !gestures) return;
    const b = gestures
      .brushX<unknown>()
      .extent([
        [r0, 0],
        [r1, height],
      ])
      .on('end', (event: { selection: [number, number] | null; sourceEvent: Event | null }) => {
        if (!event.sourceEvent) return;
        if (!event.selection) return onWindowRef.current(null);
        const [a, z] = event.selection.map((px) => snapToDay(xRef.current.invert(px).getTime()));
        if (a !== undefined && z !== undefined && z > a) onWindowRef.current([a, z]);
      });
    behavior.current = b;
    const sel = select(el);
    sel.call(b);
    return () => {
      sel.on('.brush', null).selectAll('*').remove();
      behavior.current = null;
    };
  }, [target, r0, r1, height, enabled, gestures]);

  useEffect(() => {
    const el = target.current;
    const b = behavior.current;
    if (!el || !b || !enabled || !gestures) return;
    const px = window
      ? ([Math.max(r0, x(window[0])), Math.min(r1, x(window[1]))] as [number, number])
      : null;
    select(el).call(b.move, px && px[1] > px[0] ? px : null);
  }, [target, x, window, r0, r1, enabled, gestures]);
}
