import { axisBottom } from 'd3-axis';
import type { ScaleTime } from 'd3-scale';
import { select } from 'd3-selection';
import { useEffect, useRef } from 'react';
import { tickFormatter } from '../../i18n/format';
import { useLang } from '../../i18n/useI18n';

/** Time axis; d3 draws the ticks inside a <g> React leaves empty. Ticks adapt years → months → days. */
export function Axis({ x, y }: { x: ScaleTime<number, number>; y: number }) {
  const ref = useRef<SVGGElement>(null);
  const lang = useLang();
  useEffect(() => {
    if (!ref.current) return;
    const [r0, r1] = x.range() as [number, number];
    const ticks = Math.max(2, Math.floor((r1 - r0) / 90));
    select(ref.current).call(
      axisBottom<Date>(x).ticks(ticks).tickFormat(tickFormatter(lang)).tickSizeOuter(0),
    );
  }, [x, lang]);
  return (
    // Tick labels repeat what the playhead's value already says; keep them out of the reading order.
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a <g> with no tabindex is not focusable
    <g ref={ref} className="timeline-axis" transform={`translate(0,${y})`} aria-hidden="true" />
  );
}
