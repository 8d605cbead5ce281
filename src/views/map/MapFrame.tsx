import { lazy, Suspense, useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { EdgeIndicator } from '../../domain/edgeIndicators';
import type { Box } from '../../domain/labelLayout';
import { type SiteRecord, siteRecords } from '../../domain/siteFeatures';
import { useI18n } from '../../i18n/useI18n';
import {
  useFilteredTotals,
  useLitSites,
  useOngoingSites,
  useWindowCounts,
} from '../../session/derived';
import { useActions, useDatasetModel, useSession, useSessionRef } from '../../session/hooks';
import { useTexts } from '../../session/texts';
import { PALETTES, type ThemeName } from '../../ui/palette';
import { useMeasuredSize } from '../../ui/useElementSize';
import { useMediaQuery } from '../../ui/useMediaQuery';
import { AtPlayhead } from './AtPlayhead';
import type { Overlays } from './cameras';
import { EdgeChips } from './EdgeChips';
import { type HomeCamera, homeCamera } from './homeCamera';
import { MapControls } from './MapControls';
import { MapCredit } from './MapCredit';
import { MapLegend } from './MapLegend';
import type { MapFailure, MapHandle } from './mapTypes';
import { StaticMap } from './StaticMap';

// MapLibre is most of the bundle: it loads in parallel with the timeline, never before it.
const MapView = lazy(() => import('./MapView').then((m) => ({ default: m.MapView })));

/** Below this width the map's credit starts folded. */
const NARROW_MAP_PX = 600;
/** As MapLibre's minZoom in the engine: the home camera is the same on both. */
const MIN_ZOOM = 1.5;
const FALLBACK_SIZE = { width: 800, height: 500 };

/** A card's or control's box in the map area's pixels; none when it is not drawn. */
function boxOf(area: Element | null, node: Element | null): Box[] {
  if (!area || !node) return [];
  const outer = area.getBoundingClientRect();
  const b = node.getBoundingClientRect();
  if (b.width === 0 || b.height === 0) return [];
  return [
    {
      x0: b.left - outer.left,
      y0: b.top - outer.top,
      x1: b.right - outer.left,
      y1: b.bottom - outer.top,
    },
  ];
}

/**
 * The map area: the cards and controls over it, the static map of the first frame, and the live
 * map (MapLibre, loaded on its own) that replaces it once its sites are drawn. Both open on the
 * same camera — the home view of ./homeCamera.ts, clear of the same cards — so the switch moves
 * nothing. Without WebGL the static map stays and says why.
 */
export function MapFrame({ theme = 'light' }: { theme?: ThemeName }) {
  const area = useRef<HTMLElement>(null);
  const topOverlay = useRef<HTMLElement>(null);
  const bottomOverlay = useRef<HTMLDivElement>(null);
  const credit = useRef<HTMLDivElement>(null);
  const controls = useRef<HTMLFieldSetElement>(null);
  const handle = useRef<MapHandle | null>(null);
  const { t } = useI18n();
  const actions = useActions();
  const model = useDatasetModel();
  const texts = useTexts();
  const totalsByPlace = useFilteredTotals();
  const counts = useWindowCounts();
  const lit = useLitSites();
  const ongoing = useOngoingSites();
  const selectedPlaceId = useSession((s) => s.selectedPlaceId);
  const selectedEventId = useSession((s) => s.selectedEventId);
  const linkCamera = useSessionRef((s) => s.camera);
  // The static frame waits for the area's size (measured before the first paint): laid out once,
  // not at a guess and again.
  const measured = useMeasuredSize(area, FALLBACK_SIZE);
  const size = measured ?? FALLBACK_SIZE;
  // A fingertip's 44 px chips; a mouse's smaller ones, even in a narrow embed.
  const coarse = useMediaQuery('(pointer: coarse)');
  const [indicators, setIndicators] = useState<readonly EdgeIndicator[]>([]);
  const [boxes, setBoxes] = useState<Box[]>([]);
  const [ready, setReady] = useState(false);
  // MapLibre's chunk is parsed only after the static map is on screen: its ~1 MB of script
  // would otherwise hold back the first frame.
  const [engineWanted, setEngineWanted] = useState(false);
  // Without WebGL the engine fails to start and says why (it probes then, not before: a first
  // WebGL context can block the page for seconds in software rendering).
  const [failure, setFailure] = useState<MapFailure | null>(null);
  const staticDrawn = useCallback(() => setEngineWanted(true), []);

  /** What is drawn over the map now, as the engine measures it for framing and labels. */
  const overlays = useCallback((): Overlays => {
    const top = boxOf(area.current, topOverlay.current);
    const bottom = boxOf(area.current, bottomOverlay.current);
    const height = area.current?.clientHeight ?? 0;
    return {
      top: top[0]?.y1 ?? 0,
      bottom: bottom[0] ? height - bottom[0].y0 : 0,
      boxes: [
        ...top,
        ...bottom,
        ...boxOf(area.current, credit.current),
        ...boxOf(area.current, controls.current),
      ],
    };
  }, []);
  // The same cards for the static frame, measured before it is painted.
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-measured when the area resizes
  useLayoutEffect(() => {
    const next = overlays().boxes;
    setBoxes((b) => (JSON.stringify(b) === JSON.stringify(next) ? b : next));
  }, [size, overlays]);

  const selectedPlaces = useMemo(() => {
    const ids = new Set<string>();
    if (selectedPlaceId) ids.add(selectedPlaceId);
    for (const p of (selectedEventId && model.index.byId.get(selectedEventId)?.places) || [])
      ids.add(p);
    return ids;
  }, [model, selectedPlaceId, selectedEventId]);
  const places = useMemo(() => model.dataset.places.map(texts.place), [model, texts]);
  const sites: SiteRecord[] = useMemo(
    () => siteRecords(places, totalsByPlace, counts, lit, selectedPlaces, ongoing),
    [places, totalsByPlace, counts, lit, selectedPlaces, ongoing],
  );
  // The camera the first frame shows and the live map opens with: a link's, else home.
  const camera: HomeCamera = useMemo(
    () => linkCamera.current ?? homeCamera(model.dataset.places, size, boxes, MIN_ZOOM),
    [linkCamera, model, size, boxes],
  );
  const colours = PALETTES[theme].map;
  const narrow = size.width < NARROW_MAP_PX;

  return (
    <section ref={area} className="map-area" aria-label={t.map.region}>
      {!ready && measured && (
        <StaticMap
          sites={sites}
          camera={camera}
          size={size}
          colours={colours}
          boxes={boxes}
          onDrawn={staticDrawn}
        />
      )}
      {!failure && engineWanted && (
        <Suspense fallback={null}>
          <MapView
            theme={theme}
            sites={sites}
            startCamera={camera}
            overlays={overlays}
            coarse={coarse}
            onIndicators={setIndicators}
            onHandle={(h) => {
              handle.current = h;
            }}
            onReady={() => setReady(true)}
            onFailure={setFailure}
          />
        </Suspense>
      )}
      {failure && (
        <div className="map-failure" role="status">
          <strong>{t.map.unavailable}</strong>{' '}
          {failure.kind === 'failed'
            ? t.map.failed(failure.why)
            : failure.kind === 'no-webgl2'
              ? t.map.noWebgl2
              : t.map.noWebgl}{' '}
          {t.map.staticNote}
        </div>
      )}
      {totalsByPlace.size === 0 && (
        <p className="map-empty" role="status">
          {t.noResults.map}
        </p>
      )}
      {!failure && (
        <MapControls
          ref={controls}
          onZoom={(d) => handle.current?.zoomBy(d)}
          onHome={actions.frameHome}
        />
      )}
      <EdgeChips
        indicators={failure || !ready ? [] : indicators}
        coarse={coarse}
        onSelect={actions.selectPlace}
        onShow={actions.showPlaces}
      />
      <AtPlayhead ref={topOverlay} />
      <MapLegend ref={bottomOverlay} colours={colours} narrow={narrow} />
      <MapCredit ref={credit} narrow={narrow} />
    </section>
  );
}
