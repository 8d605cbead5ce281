import { scaleUtc } from 'd3-scale';
import { type KeyboardEvent, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { adjacentEventStart, eventsOverlapping } from '../../domain/eventIndex';
import { zoomView } from '../../domain/timeView';
import { useI18n } from '../../i18n/useI18n';
import { useDatasetModel, useDerivedModel } from '../../session/datasetContext';
import { useStore } from '../../session/store';
import { DEFAULT_VIEW } from '../../session/timeSlice';
import { useCommands } from '../../session/useCommands';
import { useCategoriesPresent, useFilteredIndex } from '../../session/useDerived';
import { registerSnapshotSource } from '../../ui/snapshotRegistry';
import { useElementSize } from '../../ui/useElementSize';
import { usePalette } from '../../ui/useTheme';
import { AdminBands, BAND_H } from './AdminBands';
import { Axis } from './Axis';
import type { MarkStyle } from './drawMarks';
import { type BandInput, drawTimelineBand } from './drawTimelineBand';
import { layoutMarks, MIN_LANE_H } from './layout';
import { MarksCanvas } from './MarksCanvas';
import { measureTitle, TIMELINE_FONT } from './measureText';
import { PlayControls } from './PlayControls';
import { Playhead } from './Playhead';
import { Tooltip } from './Tooltip';
import { useBrushBehavior } from './useBrushBehavior';
import { usePlayback } from './usePlayback';
import { useZoomBehavior } from './useZoomBehavior';
import { WindowControls } from './WindowControls';
import { ZoomControls } from './ZoomControls';

export const TIMELINE_READY_MARK = 'frontera:timeline-ready';

/** Vertical layout of the drawing, top to bottom: window strip, date flag and axis, bands, lanes. */
const BRUSH_Y = 0;
const BRUSH_H = 12;
const FLAG_Y = 23;
const AXIS_Y = 35;
const BANDS_Y = 52;
const LANES_Y = BANDS_Y + 2 * (BAND_H + 2) + 2;
const BOTTOM = 4;

interface Props {
  /** A locked view (embeds with controls=0, story mode): no zoom, pan or window changes. */
  locked?: boolean;
  /** A strip for small embeds: every event in one lane. */
  compact?: boolean;
  /**
   * Drawing scale for a room (story mode, slides): every length and type size times this, so
   * 11 px text reads at 16 px on a 1920×1080 projector. 1 on a desk.
   */
  scale?: number;
}

/**
 * The D3 timeline. d3 computes the scale and drives the axis, zoom and brush inside refs; the
 * marks and their titles are drawn on a canvas from a pure layout that fits every lane into the
 * height the page gives the timeline. The visible domain, window and playhead are store state.
 */
export function Timeline({ locked = false, compact = false, scale = 1 }: Props) {
  const { dataset, extent } = useDatasetModel();
  const derived = useDerivedModel();
  const commands = useCommands();
  const palette = usePalette();
  const { t, f } = useI18n();
  const filters = useStore((s) => s.filters);
  const index = useFilteredIndex();
  const view = useStore((s) => s.view);
  const window = useStore((s) => s.window);
  const settledView = useStore((s) => s.settledView);
  const selectedId = useStore((s) => s.selectedEventId);
  const selectedPlaceId = useStore((s) => s.selectedPlaceId);
  const hoveredId = useStore((s) => s.hoveredEventId);
  const { setView, setWindow, setScrubbing, hoverEvent, toggleFacet } = useStore.getState();
  usePlayback();

  const wrapper = useRef<HTMLDivElement>(null);
  const zoomTarget = useRef<HTMLDivElement>(null);
  const brushG = useRef<SVGGElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const box = useElementSize(wrapper, { width: 800, height: 260 });
  // Laid out in drawing units; the SVG's viewBox and the canvas's transform scale them up.
  const k = scale > 0 ? scale : 1;
  const width = box.width / k;
  const boxHeight = box.height / k;
  const gutter = width < 600 ? 84 : 112;
  const range = useMemo(
    () => [gutter, Math.max(gutter + 50, width - 12)] as const,
    [gutter, width],
  );
  const x = useMemo(() => scaleUtc().domain(view).range(range), [view, range]);

  const categories = useCategoriesPresent();
  const laneRoom = Math.max(
    (compact ? 1 : categories.size) * MIN_LANE_H,
    boxHeight - LANES_Y - BOTTOM,
  );
  const visible = useMemo(() => eventsOverlapping(index, view[0], view[1]), [index, view]);
  const layout = useMemo(
    () =>
      layoutMarks(
        visible,
        { d0: view[0], d1: view[1], r0: range[0], r1: range[1] },
        {
          present: categories,
          height: laneRoom,
          measure: (e) => measureTitle(e.title),
          histogram: derived.histogram(filters),
          single: compact,
        },
      ),
    [visible, view, range, categories, laneRoom, derived, filters, compact],
  );
  const height = LANES_Y + layout.height + BOTTOM;
  const highlighted = useMemo(
    () =>
      selectedPlaceId
        ? new Set(derived.placeEvents(filters, selectedPlaceId).map((e) => e.id))
        : null,
    [derived, filters, selectedPlaceId],
  );
  const style: MarkStyle = useMemo(
    () => ({
      colours: palette.category,
      ink: palette.ink,
      surface: palette.surface,
      font: TIMELINE_FONT,
      selectedId,
      highlighted,
    }),
    [palette, selectedId, highlighted],
  );

  // Slides draw the timeline afresh at slide size from the state as it is then, or at a story
  // step's scene. (The playhead is read when the slide is drawn: this component does not
  // re-render with it.)
  const band = useRef<Omit<BandInput, 'playhead' | 'flag'> | null>(null);
  band.current = {
    index,
    histogram: derived.histogram(filters),
    view,
    lang: f.lang,
    palette,
    selectedId,
    highlighted,
    laneName: (lane) => (lane === 'all' ? t.timeline.allEvents : t.categories[lane]),
  };
  const sceneHighlight = useRef<(placeId: string | null) => ReadonlySet<string> | null>(() => null);
  sceneHighlight.current = (placeId) =>
    placeId ? new Set(derived.placeEvents(filters, placeId).map((e) => e.id)) : null;
  const flagText = useRef<(playhead: number) => string>(() => '');
  flagText.current = (playhead) =>
    `${f.dayShort(playhead)} · ${f.plural(derived.playheadEvents(filters, playhead).length, t.timeline.flag)}`;
  useEffect(
    () =>
      registerSnapshotSource('timeline', (ctx, box, scale, scene) => {
        const playhead = scene?.playhead ?? useStore.getState().playhead;
        if (!band.current) return;
        drawTimelineBand(ctx, box, scale, {
          ...band.current,
          ...(scene
            ? {
                view: scene.view,
                selectedId: scene.selectedEventId,
                highlighted: sceneHighlight.current(scene.selectedPlaceId),
              }
            : {}),
          playhead,
          flag: flagText.current(playhead),
        });
      }),
    [],
  );
  // For `npm run bench`: navigation → the timeline drawn and ready for input.
  useEffect(() => {
    if (performance.getEntriesByName(TIMELINE_READY_MARK).length === 0)
      performance.mark(TIMELINE_READY_MARK);
  }, []);

  // d3-zoom reads pointers in CSS pixels on an HTML element: its range is the scaled one.
  const zoomRange = useMemo(() => [range[0] * k, range[1] * k] as const, [range, k]);
  useZoomBehavior(zoomTarget, extent, zoomRange, view, setView, locked);
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

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (locked || e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement)
      return;
    if (e.key === '+' || e.key === '=') zoomBy(2);
    else if (e.key === '-' || e.key === '_') zoomBy(0.5);
    else return;
    e.preventDefault();
  };

  const [tip, setTip] = useState<{ x: number; y: number } | null>(null);
  const onHover = useCallback(
    (id: string | null, clientX?: number, clientY?: number) => {
      if (useStore.getState().hoveredEventId !== id) hoverEvent(id);
      const box = wrapper.current?.getBoundingClientRect();
      setTip(
        id && box && clientX !== undefined && clientY !== undefined
          ? { x: clientX - box.left, y: clientY - box.top }
          : null,
      );
    },
    [hoverEvent],
  );
  const hovered = hoveredId ? index.byId.get(hoveredId) : undefined;
  // Play runs through, and Home / End reach, the window — or the settled view.
  const [rangeStart, rangeEnd] = window ?? settledView;

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: + / − shortcuts for the whole region
    <section className="timeline" aria-label={t.timeline.region} onKeyDown={onKeyDown}>
      <div className="timeline-toolbar">
        <PlayControls />
        {!locked && (
          <ZoomControls
            onZoom={zoomBy}
            onReset={() => setView(DEFAULT_VIEW)}
            onShowAll={() => setView(extent)}
          />
        )}
        {!locked && <WindowControls window={window} onWindow={setWindow} extent={extent} />}
      </div>
      <div className="timeline-canvas" ref={wrapper}>
        <svg
          ref={svgRef}
          width={width * k}
          height={height * k}
          viewBox={`0 0 ${width} ${height}`}
          className="timeline-svg"
        >
          <title>{t.timeline.title(f.number(index.byStart.length))}</title>
          <text
            className="strip-label"
            x={gutter - 6}
            y={BRUSH_Y + BRUSH_H / 2}
            dy="0.35em"
            textAnchor="end"
          >
            {t.timeline.window}
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
          <Axis x={x} y={AXIS_Y} />
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
                  {lane.category === 'all' ? t.timeline.allEvents : t.categories[lane.category]}
                </text>
              </g>
            ))}
          </g>
          <Playhead
            x={x}
            rangeStart={rangeStart}
            rangeEnd={rangeEnd - 86_400_000}
            min={extent[0]}
            max={extent[1]}
            height={height - BOTTOM}
            flagY={FLAG_Y}
            onChange={commands.goToDate}
            onScrubbing={setScrubbing}
            stepEvent={stepEvent}
          />
        </svg>
        <div
          ref={zoomTarget}
          className="marks-layer"
          style={{ top: LANES_Y * k, height: layout.height * k }}
        >
          <MarksCanvas
            layout={layout}
            width={width}
            zoom={k}
            top={0}
            style={style}
            onHover={onHover}
            onSelect={commands.selectEvent}
            onZoomTo={(x0, x1) => {
              // Bin edges are in drawing units, like the scale.
              const a = x.invert(x0).getTime();
              const b = x.invert(x1).getTime();
              const mid = (a + b) / 2;
              setView(zoomView(view, (view[1] - view[0]) / Math.max(b - a, 1) / 8, mid, extent));
            }}
          />
        </div>
        {hovered && tip && <Tooltip event={hovered} x={tip.x} y={tip.y} />}
      </div>
    </section>
  );
}
