/**
 * d3-zoom drives wheel, pinch and drag-pan on the timeline; the visible domain stays in the
 * store. Programmatic moves (buttons, keys, URL, story) arrive as a new `view` and are applied
 * with zoom.transform; their events carry no sourceEvent and are not echoed back.
 */
import type { ScaleTime } from 'd3-scale';
import { scaleUtc } from 'd3-scale';
import { select } from 'd3-selection';
import type { ZoomBehavior, ZoomTransform } from 'd3-zoom';
import { type RefObject, useEffect, useMemo, useRef } from 'react';
import type { Interval } from '../../session/state';
import type { Gestures } from './useGestures';

const WEEK = 7 * 86_400_000;

export function viewToTransform(
  { zoomIdentity }: Gestures,
  base: ScaleTime<number, number>,
  view: Interval,
): ZoomTransform {
  const [r0, r1] = base.range() as [number, number];
  const a = base(view[0]);
  const b = base(view[1]);
  const k = (r1 - r0) / Math.max(b - a, 1e-9);
  return zoomIdentity.translate(r0 - a * k, 0).scale(k);
}

interface Options {
  target: RefObject<HTMLElement | null>;
  extent: readonly [number, number];
  range: readonly [number, number];
  view: Interval;
  /** Every frame of a gesture. */
  onView: (view: Interval) => void;
  /** The gesture ended. */
  onSettle: () => void;
  /** A locked view: no zoom or pan at all. */
  locked: boolean;
  /** d3-zoom, once loaded (null until then: no wheel or pan yet). */
  gestures: Gestures | null;
}

export function useZoomBehavior({
  target,
  extent,
  range,
  view,
  onView,
  onSettle,
  locked,
  gestures,
}: Options) {
  const base = useMemo(() => scaleUtc().domain(extent).range(range), [extent, range]);
  const behavior = useRef<ZoomBehavior<HTMLElement, unknown> | null>(null);
  const onViewRef = useRef(onView);
  onViewRef.current = onView;
  const onSettleRef = useRef(onSettle);
  onSettleRef.current = onSettle;
  const viewRef = useRef(view);
  viewRef.current = view;

  // Create once per geometry; React owns nothing inside the target rect.
  useEffect(() => {
    const el = target.current;
    if (!el || locked || !gestures) return;
    const { zoom } = gestures;
    const [r0, r1] = range;
    const maxK = (extent[1] - extent[0]) / WEEK;
    const z = zoom<HTMLElement, unknown>()
      .scaleExtent([1, Math.max(1, maxK)])
      .extent([
        [r0, 0],
        [r1, 1],
      ])
      .translateExtent([
        [r0, Number.NEGATIVE_INFINITY],
        [r1, Number.POSITIVE_INFINITY],
      ])
      .filter((event: Event) => {
        // Wheel zooms without modifiers; ctrl-wheel is the trackpad pinch gesture.
        if (event.type === 'dblclick') return false;
        return !(event as MouseEvent).button;
      })
      .on('zoom', (event: { transform: ZoomTransform; sourceEvent: Event | null }) => {
        if (!event.sourceEvent) return;
        const [a, b] = event.transform.rescaleX(base).domain();
        if (a && b) onViewRef.current([a.getTime(), b.getTime()]);
      })
      .on('end', (event: { sourceEvent: Event | null }) => {
        // Settle the view: what follows the visible period updates once, not every frame.
        if (event.sourceEvent) onSettleRef.current();
      });
    behavior.current = z;
    const sel = select(el);
    sel.call(z).call(z.transform, viewToTransform(gestures, base, viewRef.current));
    return () => {
      sel.on('.zoom', null);
      behavior.current = null;
    };
  }, [target, base, extent, range, locked, gestures]);

  // Controlled: apply views that came from elsewhere.
  useEffect(() => {
    const el = target.current;
    const z = behavior.current;
    if (!el || !z || !gestures) return;
    const current = viewToTransform(gestures, base, view);
    const now = gestures.zoomTransform(el);
    if (Math.abs(now.k - current.k) < 1e-6 && Math.abs(now.x - current.x) < 0.5) return;
    select(el).call(z.transform, current);
  }, [target, base, view, gestures]);
}
