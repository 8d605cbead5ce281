import { scaleUtc } from 'd3-scale';
import {
  type KeyboardEvent,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import { adjacentEventStart, eventsOverlapping } from '../domain/eventIndex';
import { zoomView } from '../domain/timeView';
import { useDatasetModel } from '../state/datasetContext';
import { useStore } from '../state/store';
import { DEFAULT_VIEW } from '../state/timeSlice';
import { useCommands } from '../state/useCommands';
import { useCategoriesPresent, useFilteredIndex, usePlayheadEvents } from '../state/useDerived';
import { CATEGORY_LABEL } from '../ui/labels';
import { registerSnapshotSource } from '../ui/snapshotRegistry';
import { useElementSize } from '../ui/useElementSize';
import { usePalette } from '../ui/useTheme';
import { AdminBands, BAND_H } from './AdminBands';
import { Axis } from './Axis';
import { EventMarks } from './EventMarks';
import { layoutMarks } from './layout';
import { Playhead } from './Playhead';
import { Tooltip } from './Tooltip';
import { useBrushBehavior } from './useBrushBehavior';
import { useZoomBehavior } from './useZoomBehavior';
import { WindowControls } from './WindowControls';
import { ZoomControls } from './ZoomControls';

export const TIMELINE_READY_MARK = 'frontera:timeline-ready';

const BRUSH_Y = 0;
const BRUSH_H = 18;
const AXIS_Y = 34;
const BANDS_Y = 58;
const LANES_Y = BANDS_Y + 2 * (BAND_H + 2) + 8;

interface Props {
  /** A locked view (embeds with controls=0): no zoom, pan or window changes. */
  locked?: boolean;
}

/**
 * The D3 timeline: React renders bands, lanes and marks; d3 computes the scale and drives the
 * axis, zoom and brush inside refs. The visible domain, window and playhead are store state.
 */
export function Timeline({ locked = false }: Props) {
  const { dataset, extent } = useDatasetModel();
  const commands = useCommands();
  const palette = usePalette();
  const filters = useStore((s) => s.filters);
  const index = useFilteredIndex();
  const view = useStore((s) => s.view);
  const window = useStore((s) => s.window);
  const playhead = useStore((s) => s.playhead);
  const selectedId = useStore((s) => s.selectedEventId);
  const selectedPlaceId = useStore((s) => s.selectedPlaceId);
  const hoveredId = useStore((s) => s.hoveredEventId);
  const { setView, setWindow, setScrubbing, hoverEvent, toggleFacet } = useStore.getState();

  const clipId = useId();
  const wrapper = useRef<HTMLDivElement>(null);
  const zoomRect = useRef<SVGRectElement>(null);
  const brushG = useRef<SVGGElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  useEffect(() => registerSnapshotSource('timeline', () => svgRef.current), []);
  const { width } = useElementSize(wrapper);
  const gutter = width < 600 ? 84 : 112;
  const range = useMemo(
    () => [gutter, Math.max(gutter + 50, width - 12)] as const,
    [gutter, width],
  );
  const x = useMemo(() => scaleUtc().domain(view).range(range), [view, range]);

  const visible = useMemo(() => eventsOverlapping(index, view[0], view[1]), [index, view]);
  const categories = useCategoriesPresent();
  const layout = useMemo(() => layoutMarks(visible, x, categories), [visible, x, categories]);
  const highlighted = useMemo(
    () =>
      selectedPlaceId
        ? new Set(index.byStart.filter((e) => e.places.includes(selectedPlaceId)).map((e) => e.id))
        : null,
    [index, selectedPlaceId],
  );
  const atPlayhead = usePlayheadEvents();
  // For `npm run bench`: navigation → the timeline drawn and ready for input.
  useEffect(() => {
    if (performance.getEntriesByName(TIMELINE_READY_MARK).length === 0)
      performance.mark(TIMELINE_READY_MARK);
  }, []);
  const height = LANES_Y + layout.height + 8;

  useZoomBehavior(zoomRect, extent, range, view, setView);
  useBrushBehavior(brushG, x, BRUSH_H, window, setWindow);

  const zoomBy = useCallback(
    (factor: number) => {
      const s = useStore.getState();
      const inView = s.playhead >= s.view[0] && s.playhead <= s.view[1];
      const center = inView ? s.playhead : (s.view[0] + s.view[1]) / 2;
      setView(zoomView(s.view, factor, center, extent));
    },
    [extent, setView],
  );

  const stepEvent = useCallback(
    (from: number, dir: 1 | -1) => adjacentEventStart(index, from, dir)?.t0 ?? null,
    [index],
  );

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (locked || e.target instanceof HTMLInputElement) return;
    if (e.key === '+' || e.key === '=') zoomBy(2);
    else if (e.key === '-' || e.key === '_') zoomBy(0.5);
    else return;
    e.preventDefault();
  };

  const [tip, setTip] = useState<{ x: number; y: number } | null>(null);
  const onHover = useCallback(
    (id: string | null, clientX?: number, clientY?: number) => {
      hoverEvent(id);
      const box = wrapper.current?.getBoundingClientRect();
      setTip(
        id && box && clientX !== undefined && clientY !== undefined
          ? { x: clientX - box.left, y: clientY - box.top }
          : null,
      );
    },
    [hoverEvent],
  );
  const onSelect = useCallback((id: string) => commands.selectEvent(id), [commands]);
  const hovered = hoveredId ? index.byId.get(hoveredId) : undefined;
  const n = atPlayhead.length;

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: + / − shortcuts for the whole region
    <section className="timeline" aria-label="Timeline" onKeyDown={onKeyDown}>
      <div className="timeline-toolbar">
        <ZoomControls
          onZoom={zoomBy}
          onReset={() => setView(DEFAULT_VIEW)}
          onShowAll={() => setView(extent)}
        />
        <WindowControls window={window} onWindow={setWindow} extent={extent} />
      </div>
      <div className="timeline-canvas" ref={wrapper}>
        <svg ref={svgRef} width={width} height={height}>
          <title>{`Timeline of ${index.byStart.length} events, by category, with US and Mexican presidencies`}</title>
          <text
            className="strip-label"
            x={gutter - 6}
            y={BRUSH_Y + BRUSH_H / 2}
            dy="0.35em"
            textAnchor="end"
          >
            Window
          </text>
          <rect
            className="brush-bg"
            x={range[0]}
            y={BRUSH_Y}
            width={range[1] - range[0]}
            height={BRUSH_H}
          />
          {!locked && (
            <g ref={brushG} className="timeline-brush" transform={`translate(0,${BRUSH_Y})`} />
          )}
          {!locked && (
            <rect
              ref={zoomRect}
              className="zoom-surface"
              x={range[0]}
              y={BANDS_Y}
              width={range[1] - range[0]}
              height={height - BANDS_Y}
            />
          )}
          <AdminBands
            x={x}
            administrations={dataset.administrations}
            y={BANDS_Y}
            {...(!locked
              ? { onSelect: (a) => toggleFacet(a.country === 'US' ? 'us' : 'mx', a.id) }
              : {})}
            isActive={(a) => (a.country === 'US' ? filters.us : filters.mx).includes(a.id)}
          />
          <g transform={`translate(0,${LANES_Y})`}>
            {layout.lanes.map((lane, i) => (
              <g key={lane.category} className={`lane ${i % 2 ? 'lane-alt' : ''}`}>
                <rect
                  className="lane-bg"
                  x={range[0]}
                  y={lane.y}
                  width={range[1] - range[0]}
                  height={lane.height}
                />
                <text
                  className="lane-label"
                  x={gutter - 6}
                  y={lane.y + lane.height / 2}
                  dy="0.35em"
                  textAnchor="end"
                >
                  {CATEGORY_LABEL[lane.category]}
                </text>
              </g>
            ))}
            <clipPath id={clipId}>
              <rect x={range[0]} y={0} width={range[1] - range[0]} height={layout.height} />
            </clipPath>
            <g clipPath={`url(#${clipId})`}>
              <EventMarks
                marks={layout.marks}
                bins={layout.bins}
                selectedId={selectedId}
                colours={palette.category}
                highlighted={highlighted}
                onHover={onHover}
                onSelect={onSelect}
              />
            </g>
          </g>
          <Axis x={x} y={AXIS_Y} />
          <Playhead
            x={x}
            value={playhead}
            min={extent[0]}
            max={extent[1]}
            height={height}
            handleY={AXIS_Y}
            valueSuffix={n === 0 ? 'no events nearby' : `${n} event${n === 1 ? '' : 's'} nearby`}
            onChange={commands.goToDate}
            onScrubbing={setScrubbing}
            stepEvent={stepEvent}
            onActivate={() => {
              // The event closest to the playhead: one starting that day beats a long span around it.
              const nearest = [...atPlayhead].sort(
                (a, b) =>
                  Math.abs(a.t0 - playhead) - Math.abs(b.t0 - playhead) ||
                  a.t1 - a.t0 - (b.t1 - b.t0),
              )[0];
              if (nearest) commands.selectEvent(nearest.id);
            }}
          />
        </svg>
        {hovered && tip && <Tooltip event={hovered} x={tip.x} y={tip.y} />}
      </div>
    </section>
  );
}
