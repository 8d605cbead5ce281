import { scaleUtc } from 'd3-scale';
import { type KeyboardEvent, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/shallow';
import type { FronteraEvent } from '../../data/schema';
import { adjacentEventStart, eventsOverlapping } from '../../domain/eventIndex';
import { useI18n } from '../../i18n/useI18n';
import { useCategoriesPresent, useFilteredIndex } from '../../session/derived';
import {
  useActions,
  useDatasetModel,
  useDerivedModel,
  useSession,
  useViewFilters,
} from '../../session/hooks';
import { useTexts } from '../../session/texts';
import { exposeProbe } from '../../ui/debugProbe';
import { useMeasuredSize } from '../../ui/useElementSize';
import { usePalette } from '../../ui/useTheme';
import { AdminBands, BAND_H } from './AdminBands';
import { Axis } from './Axis';
import type { MarkStyle } from './drawMarks';
import { flagText } from './flagText';
import { fitLabel, gutterFor, LABEL_GAP, NARROW_GUTTER } from './laneLabels';
import { layoutMarks, MIN_LANE_H } from './layout';
import { MarksCanvas } from './MarksCanvas';
import { measureTitle, TIMELINE_FONT } from './measureText';
import { PlayControls } from './PlayControls';
import { Playhead } from './Playhead';
import { PlayheadMarks } from './PlayheadMarks';
import { ReframeOffer } from './ReframeOffer';
import { Tooltip } from './Tooltip';
import { useBrushBehavior } from './useBrushBehavior';
import { useGestures } from './useGestures';
import { usePlayback } from './usePlayback';
import { useTimelineSnapshot } from './useTimelineSnapshot';
import { useZoomBehavior } from './useZoomBehavior';
import { WindowControls } from './WindowControls';
import { ZoomControls } from './ZoomControls';

export const TIMELINE_READY_MARK = 'frontera:timeline-ready';
const FALLBACK_BOX = { width: 800, height: 260 };

/** Vertical layout of the drawing, top to bottom: window strip, date flag and axis, bands, lanes. */
const BRUSH_Y = 0;
const BRUSH_H = 12;
const FLAG_Y = 23;
const AXIS_Y = 35;
const BANDS_Y = 52;
const LANES_Y = BANDS_Y + 2 * (BAND_H + 2) + 2;
const BOTTOM = 4;
const DAY = 86_400_000;

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
 * height the page gives the timeline. The visible domain, window and playhead are session state.
 */
export function Timeline({ locked = false, compact = false, scale = 1 }: Props) {
  const { dataset, extent } = useDatasetModel();
  const derived = useDerivedModel();
  const actions = useActions();
  const palette = usePalette();
  const texts = useTexts();
  const { t, f } = useI18n();
  const index = useFilteredIndex();
  const filters = useViewFilters();
  const { view, window, settledView, selectedId, selectedPlaceId, hoveredId } = useSession(
    useShallow((s) => ({
      view: s.view,
      window: s.window,
      settledView: s.settledView,
      selectedId: s.selectedEventId,
      selectedPlaceId: s.selectedPlaceId,
      hoveredId: s.hoveredEventId,
    })),
  );
  usePlayback();

  const wrapper = useRef<HTMLDivElement>(null);
  const zoomTarget = useRef<HTMLDivElement>(null);
  const brushG = useRef<SVGGElement>(null);
  // Marks are laid out once the box is measured (before the first paint), not at a guess first.
  const measured = useMeasuredSize(wrapper, FALLBACK_BOX);
  const box = measured ?? FALLBACK_BOX;
  // Laid out in drawing units; the SVG's viewBox and the canvas's transform scale them up.
  const k = scale > 0 ? scale : 1;
  const width = box.width / k;
  const boxHeight = box.height / k;
  const categories = useCategoriesPresent();
  // Lane names in the reader's language: the margin fits them; a phone takes the short names.
  const narrow = width < 600;
  const laneNames = narrow ? t.categoriesShort : t.categories;
  const gutter = useMemo(
    () =>
      narrow
        ? NARROW_GUTTER
        : gutterFor(
            [...categories].map((c) => laneNames[c]),
            (s) => measureTitle(s),
          ),
    [narrow, categories, laneNames],
  );
  const range = useMemo(
    () => [gutter, Math.max(gutter + 50, width - 12)] as const,
    [gutter, width],
  );
  const x = useMemo(() => scaleUtc().domain(view).range(range), [view, range]);

  const laneRoom = Math.max(
    (compact ? 1 : categories.size) * MIN_LANE_H,
    boxHeight - LANES_Y - BOTTOM,
  );
  const title = useCallback((e: FronteraEvent) => texts.event(e).title, [texts]);
  const visible = useMemo(
    () => (measured ? eventsOverlapping(index, view[0], view[1]) : []),
    [measured, index, view],
  );
  const layout = useMemo(
    () =>
      layoutMarks(
        visible,
        { d0: view[0], d1: view[1], r0: range[0], r1: range[1] },
        {
          present: categories,
          height: laneRoom,
          title,
          measure: (s) => measureTitle(s),
          histogram: derived.histogram(filters),
          single: compact,
        },
      ),
    [visible, view, range, categories, laneRoom, derived, filters, compact, title],
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

  // Slides draw the timeline afresh at slide size, as it is or at a story step's scene.
  useTimelineSnapshot({
    index,
    histogram: derived.histogram(filters),
    view,
    lang: f.lang,
    palette,
    selectedId,
    highlighted,
    title,
    laneName: (lane) => (lane === 'all' ? t.timeline.allEvents : t.categories[lane]),
    highlightAt: (placeId) =>
      placeId ? new Set(derived.placeEvents(filters, placeId).map((e) => e.id)) : null,
    flag: (playhead) => {
      const { at, ongoing } = derived.playheadEvents(filters, playhead);
      return flagText(t, f, playhead, { at: at.length, ongoing: ongoing.length });
    },
  });
  useEffect(
    () =>
      exposeProbe('marks', () =>
        layout.marks.map((m) => ({
          id: m.event.id,
          x: Math.round(m.x),
          y: Math.round(m.y),
          w: Math.round(m.width),
          label: m.label,
          hl: highlighted?.has(m.event.id) ? 1 : 0,
        })),
      ),
    [layout, highlighted],
  );
  // Wheel, pinch and the window strip arrive just after the first frame.
  const gestures = useGestures();
  // For `npm run bench`: navigation → the timeline drawn and ready for every input.
  useEffect(() => {
    if (gestures && performance.getEntriesByName(TIMELINE_READY_MARK).length === 0)
      performance.mark(TIMELINE_READY_MARK);
  }, [gestures]);

  // d3-zoom reads pointers in CSS pixels on an HTML element: its range is the scaled one.
  const zoomRange = useMemo(() => [range[0] * k, range[1] * k] as const, [range, k]);
  useZoomBehavior({
    target: zoomTarget,
    extent,
    range: zoomRange,
    view,
    onView: (v) => actions.setView(v, true),
    onSettle: actions.settleView,
    locked,
    gestures,
  });
  useBrushBehavior({
    target: brushG,
    x,
    height: BRUSH_H,
    window,
    onWindow: actions.setWindow,
    enabled: !locked,
    gestures,
  });

  const stepEvent = useCallback(
    (from: number, dir: 1 | -1) => adjacentEventStart(index, from, dir)?.t0 ?? null,
    [index],
  );

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (locked || e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement)
      return;
    if (e.key === '+' || e.key === '=') actions.zoomBy(2);
    else if (e.key === '-' || e.key === '_') actions.zoomBy(0.5);
    else return;
    e.preventDefault();
  };

  const [tip, setTip] = useState<{ x: number; y: number } | null>(null);
  const onHover = useCallback(
    (id: string | null, clientX?: number, clientY?: number) => {
      actions.hoverEvent(id);
      const box = wrapper.current?.getBoundingClientRect();
      setTip(
        id && box && clientX !== undefined && clientY !== undefined
          ? { x: clientX - box.left, y: clientY - box.top }
          : null,
      );
    },
    [actions],
  );
  const hovered = hoveredId ? index.byId.get(hoveredId) : undefined;
  // Play runs through, and Home / End reach, the window — or the settled view.
  const [rangeStart, rangeEnd] = window ?? settledView;
  const administrations = useMemo(
    () => dataset.administrations.map(texts.administration),
    [dataset, texts],
  );

  return (
    <section className="timeline" aria-label={t.timeline.region} onKeyDown={onKeyDown}>
      <div className="timeline-toolbar">
        <PlayControls />
        {!locked && (
          <ZoomControls
            onZoom={actions.zoomBy}
            onReset={actions.resetView}
            onShowAll={actions.showWholeExtent}
          />
        )}
        {!locked && <WindowControls window={window} onWindow={actions.setWindow} extent={extent} />}
        {!locked && <ReframeOffer />}
      </div>
      <div className="timeline-canvas" ref={wrapper}>
        <svg
          width={width * k}
          height={height * k}
          viewBox={`0 0 ${width} ${height}`}
          className="timeline-svg"
        >
          <title>{t.timeline.title(index.byStart.length)}</title>
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
            administrations={administrations}
            y={BANDS_Y}
            {...(!locked
              ? { onSelect: (a) => actions.toggleFacet(a.country === 'US' ? 'us' : 'mx', a.id) }
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
                  {lane.category === 'all'
                    ? t.timeline.allEvents
                    : fitLabel(laneNames[lane.category], gutter - LABEL_GAP - 2, (s) =>
                        measureTitle(s),
                      )}
                  {lane.category !== 'all' && <title>{t.categories[lane.category]}</title>}
                </text>
              </g>
            ))}
          </g>
          <Playhead
            x={x}
            rangeStart={rangeStart}
            rangeEnd={rangeEnd - DAY}
            min={extent[0]}
            max={extent[1]}
            height={height - BOTTOM}
            flagY={FLAG_Y}
            onChange={actions.goToDate}
            onScrubbing={actions.setScrubbing}
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
            onSelect={actions.selectEvent}
            // Bin edges are in drawing units, like the scale.
            onZoomTo={(x0, x1) =>
              actions.zoomToSpan(x.invert(x0).getTime(), x.invert(x1).getTime())
            }
          />
          <PlayheadMarks layout={layout} width={width} zoom={k} />
        </div>
        {hovered && tip && <Tooltip event={texts.event(hovered)} x={tip.x} y={tip.y} />}
      </div>
    </section>
  );
}
