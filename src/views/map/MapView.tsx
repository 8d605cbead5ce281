import { useEffect, useMemo, useRef, useState } from 'react';
import 'maplibre-gl/dist/maplibre-gl.css';
import { type SiteRecord, siteRecords } from '../../domain/siteFeatures';
import { useI18n } from '../../i18n/useI18n';
import { useFilteredTotals, useLitSites, useWindowCounts } from '../../session/derived';
import {
  useActions,
  useDatasetModel,
  useDerivedModel,
  useSession,
  useSessionRef,
} from '../../session/hooks';
import { useTexts } from '../../session/texts';
import { exposeProbe } from '../../ui/debugProbe';
import { type MapColours, PALETTES, type ThemeName } from '../../ui/palette';
import { registerSnapshotSource, type Scene } from '../../ui/snapshotRegistry';
import { useElementSize } from '../../ui/useElementSize';
import { usePrefersReducedMotion } from '../../ui/usePrefersReducedMotion';
import { AtPlayhead } from './AtPlayhead';
import { MapController, type MapTexts, webglUnavailableReason } from './MapController';
import { MapCredit } from './MapCredit';
import { mapLocale } from './mapLocale';
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
  const controller = useRef<MapController | null>(null);
  const [failure, setFailure] = useState<
    { kind: 'no-webgl2' | 'no-webgl' } | { kind: 'failed'; why: string } | null
  >(null);
  const { t, f, lang } = useI18n();
  const textsRef = useRef<MapTexts>({
    popup: () => '',
    groupItem: () => '',
    locale: mapLocale(t.map.controls),
    labelLanguage: lang,
  });
  useEffect(() => {
    textsRef.current = {
      popup: (name, count, total) => t.map.popup(name, count, total),
      groupItem: (name, count) => `${name} (${f.number(count)})`,
      locale: mapLocale(t.map.controls),
      labelLanguage: lang,
    };
    controller.current?.setLanguage(lang);
  }, [t, f, lang]);
  const model = useDatasetModel();
  const texts = useTexts();
  const derived = useDerivedModel();
  const filtersNow = useSessionRef((s) => s.filters);
  const totalsByPlace = useFilteredTotals();
  const counts = useWindowCounts();
  const lit = useLitSites();
  const mapRequest = useSession((s) => s.mapRequest);
  const selectedPlaceId = useSession((s) => s.selectedPlaceId);
  const selectedEventId = useSession((s) => s.selectedEventId);
  const startCamera = useSessionRef((s) => s.camera);
  const actions = useActions();
  const reducedMotion = usePrefersReducedMotion();
  const reducedRef = useRef(reducedMotion);
  reducedRef.current = reducedMotion;
  const langRef = useRef(lang);
  langRef.current = lang;
  const themeRef = useRef(theme);
  themeRef.current = theme;
  const style = useMemo(
    () => buildStyle(document.baseURI, PALETTES[theme].map, langRef.current),
    [theme],
  );
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
          overlayInsets: () => ({
            top: topOverlay.current?.getBoundingClientRect().height ?? 0,
            bottom: bottomOverlay.current?.getBoundingClientRect().height ?? 0,
          }),
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
      // The slide's country names in the language the reader has now.
      registerSnapshotSource('map', (w, h, scene) =>
        engine.renderImage(
          buildStyle(
            document.baseURI,
            PALETTES[themeRef.current].map,
            textsRef.current.labelLanguage,
          ),
          w,
          h,
          scene && { sites: sceneSites.current(scene), request: scene.request },
        ),
      ),
      exposeProbe('sites', () => engine.drawnSites()),
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
    () => siteRecords(places, totalsByPlace, counts, lit, selectedPlaces),
    [places, totalsByPlace, counts, lit, selectedPlaces],
  );
  // The sites as a story step would light them: same filters, the step's window and playhead.
  const sceneSites = useRef<(scene: Scene) => SiteRecord[]>(() => []);
  useEffect(() => {
    sceneSites.current = (scene) => {
      const filters = filtersNow.current;
      const selected = new Set<string>(scene.selectedPlaceId ? [scene.selectedPlaceId] : []);
      for (const p of (scene.selectedEventId &&
        model.index.byId.get(scene.selectedEventId)?.places) ||
        [])
        selected.add(p);
      return siteRecords(
        places,
        derived.totals(filters),
        derived.windowCounts(filters, scene.window ?? scene.view),
        derived.litSites(filters, scene.playhead),
        selected,
      );
    };
  }, [places, derived, model, filtersNow]);
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
            ? t.map.failed(t.snapshot.unexpected)
            : failure.kind === 'no-webgl2'
              ? t.map.noWebgl2
              : t.map.noWebgl}
          {failure.kind === 'failed' && (
            <details className="error-detail">
              <summary>{t.error.detail}</summary>
              <code lang="en">{failure.why}</code>
            </details>
          )}
        </div>
      )}
      {totalsByPlace.size === 0 && (
        <p className="map-empty" role="status">
          {t.noResults.map}
        </p>
      )}
      <AtPlayhead ref={topOverlay} />
      <MapLegend ref={bottomOverlay} colours={PALETTES[theme].map} />
      <MapCredit narrow={width < NARROW_MAP_PX} />
    </section>
  );
}

function MapLegend({ colours, ref }: { colours: MapColours; ref: React.Ref<HTMLDivElement> }) {
  const { t } = useI18n();
  return (
    <div ref={ref} className="map-legend" aria-hidden="true">
      <span>
        <i style={{ background: colours.site }} /> {t.map.legendPoint}
      </span>
      <span>
        <i className="legend-ring" style={{ borderColor: colours.area }} /> {t.map.legendArea}
      </span>
      <span>
        <i className="legend-lit" style={{ borderColor: colours.lit }} /> {t.map.legendLit}
      </span>
      <span>{t.map.legendSize}</span>
    </div>
  );
}
