import { useEffect, useMemo, useRef, useState } from 'react';
import 'maplibre-gl/dist/maplibre-gl.css';
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
import { exposeProbe } from '../../ui/debugProbe';
import { PALETTES, type ThemeName } from '../../ui/palette';
import { registerSnapshotSource } from '../../ui/snapshotRegistry';
import { useElementSize } from '../../ui/useElementSize';
import { useMediaQuery } from '../../ui/useMediaQuery';
import { usePrefersReducedMotion } from '../../ui/usePrefersReducedMotion';
import { AtPlayhead } from './AtPlayhead';
import { chipSize } from './chipText';
import { EdgeChips } from './EdgeChips';
import { MapController, type MapTexts, webglUnavailableReason } from './MapController';
import { MapControls } from './MapControls';
import { MapCredit } from './MapCredit';
import { MapLegend } from './MapLegend';
import { labelMeasurer } from './measureLabel';
import { buildStyle } from './style';

/** Below this width the map's credit starts folded. */
const NARROW_MAP_PX = 600;

/** Maps this page has created: a language switch or a re-render must never add one. */
let mapsCreated = 0;

/**
 * Thin React shell around the map engine: create it once per dataset, then push sites, framing
 * requests and style changes. It reads the session and acts through its actions; the engine
 * knows neither.
 */
export function MapView({ theme = 'light' }: { theme?: ThemeName }) {
  const area = useRef<HTMLElement>(null);
  const container = useRef<HTMLDivElement>(null);
  const topOverlay = useRef<HTMLElement>(null);
  const bottomOverlay = useRef<HTMLDivElement>(null);
  const credit = useRef<HTMLDivElement>(null);
  const controls = useRef<HTMLFieldSetElement>(null);
  const [indicators, setIndicators] = useState<readonly EdgeIndicator[]>([]);
  // A fingertip's 44 px chips; a mouse's smaller ones, even in a narrow embed.
  const coarse = useMediaQuery('(pointer: coarse)');
  const coarseRef = useRef(coarse);
  coarseRef.current = coarse;
  const controller = useRef<MapController | null>(null);
  const [failure, setFailure] = useState<
    { kind: 'no-webgl2' | 'no-webgl' } | { kind: 'failed'; why: string } | null
  >(null);
  const { t, f } = useI18n();
  const textsRef = useRef<MapTexts>({ popup: () => '', groupItem: () => '' });
  useEffect(() => {
    textsRef.current = {
      popup: (name, count, total) => t.map.popup(name, f.number(count), f.number(total)),
      groupItem: (name, count) => `${name} (${f.number(count)})`,
    };
  }, [t, f]);
  const model = useDatasetModel();
  const texts = useTexts();
  const totalsByPlace = useFilteredTotals();
  const counts = useWindowCounts();
  const lit = useLitSites();
  const ongoing = useOngoingSites();
  const mapRequest = useSession((s) => s.mapRequest);
  const selectedPlaceId = useSession((s) => s.selectedPlaceId);
  const selectedEventId = useSession((s) => s.selectedEventId);
  const startCamera = useSessionRef((s) => s.camera);
  const actions = useActions();
  const reducedMotion = usePrefersReducedMotion();
  const reducedRef = useRef(reducedMotion);
  reducedRef.current = reducedMotion;
  const style = useMemo(() => buildStyle(document.baseURI, PALETTES[theme].map), [theme]);
  const styleRef = useRef(style);
  const { width } = useElementSize(area, { width: 800, height: 500 });

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const reason = webglUnavailableReason();
    if (reason) {
      setFailure({ kind: reason });
      return;
    }
    /** A card's or control's box in the map container's pixels. */
    const boxOf = (node: Element | null): Box[] => {
      if (!node) return [];
      const outer = el.getBoundingClientRect();
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
    };
    const measure = labelMeasurer();
    let engine: MapController;
    try {
      engine = new MapController(
        el,
        styleRef.current,
        startCamera.current,
        model.placesById,
        {
          onSelectPlace: (id) => actions.selectPlace(id),
          texts: () => textsRef.current,
          onCamera: actions.reportCamera,
          overlays: () => {
            const top = boxOf(topOverlay.current);
            const bottom = boxOf(bottomOverlay.current);
            return {
              top: top[0]?.y1 ?? 0,
              bottom: bottom[0] ? el.clientHeight - bottom[0].y0 : 0,
              boxes: [...top, ...bottom, ...boxOf(credit.current), ...boxOf(controls.current)],
            };
          },
          onIndicators: setIndicators,
          chipSize: (name, more) => chipSize(measure, coarseRef.current)(name, more),
          onError: (m) => console.warn(`[frontera] map: ${m}`),
        },
        () => reducedRef.current,
      );
    } catch (e) {
      setFailure({ kind: 'failed', why: e instanceof Error ? e.message : String(e) });
      return;
    }
    mapsCreated++;
    controller.current = engine;
    const withdraw = [
      registerSnapshotSource('map', (w, h) => engine.renderImage(styleRef.current, w, h)),
      exposeProbe('sites', () => engine.drawnSites()),
      exposeProbe('renderedSites', () => engine.renderedSites()),
      exposeProbe('mapLabels', () => engine.drawnLabels()),
      exposeProbe('renderedLabels', () => engine.renderedLabels()),
      exposeProbe('mapReady', () => engine.isReady()),
      exposeProbe('camera', () => engine.camera()),
      exposeProbe('mapsCreated', () => mapsCreated),
    ];
    return () => {
      for (const w of withdraw) w();
      engine.destroy();
      controller.current = null;
    };
  }, [model, actions, startCamera]);

  useEffect(() => {
    if (styleRef.current === style) return;
    styleRef.current = style;
    controller.current?.setStyle(style);
  }, [style]);

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
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new engine needs the sites again
  useEffect(() => {
    controller.current?.setSites(sites);
  }, [sites, model]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new engine needs the request again
  useEffect(() => {
    controller.current?.request(mapRequest);
  }, [mapRequest, model]);

  return (
    <section ref={area} className="map-area" aria-label={t.map.region}>
      <div ref={container} className="map-container" data-testid="map" />
      {failure && (
        <div className="map-failure" role="status">
          <strong>{t.map.unavailable}</strong>{' '}
          {failure.kind === 'failed'
            ? t.map.failed(failure.why)
            : failure.kind === 'no-webgl2'
              ? t.map.noWebgl2
              : t.map.noWebgl}
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
          onZoom={(d) => controller.current?.zoomBy(d)}
          onHome={actions.frameHome}
        />
      )}
      <EdgeChips
        indicators={failure ? [] : indicators}
        coarse={coarse}
        onSelect={actions.selectPlace}
        onShow={actions.showPlaces}
      />
      <AtPlayhead ref={topOverlay} />
      <MapLegend ref={bottomOverlay} colours={PALETTES[theme].map} narrow={width < NARROW_MAP_PX} />
      <MapCredit ref={credit} narrow={width < NARROW_MAP_PX} />
    </section>
  );
}
