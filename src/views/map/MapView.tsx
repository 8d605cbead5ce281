import { useEffect, useMemo, useRef } from 'react';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { EdgeIndicator } from '../../domain/edgeIndicators';
import { type SiteRecord, siteRecords } from '../../domain/siteFeatures';
import { useI18n } from '../../i18n/useI18n';
import {
  useActions,
  useDatasetModel,
  useDerivedModel,
  useSession,
  useSessionRef,
} from '../../session/hooks';
import { useTexts } from '../../session/texts';
import { exposeProbe } from '../../ui/debugProbe';
import { PALETTES, type ThemeName } from '../../ui/palette';
import { registerSnapshotSource, type Scene } from '../../ui/snapshotRegistry';
import { usePrefersReducedMotion } from '../../ui/usePrefersReducedMotion';
import type { Overlays } from './cameras';
import { chipSize } from './chipText';
import type { HomeCamera } from './homeCamera';
import { MapController, type MapTexts } from './MapController';
import { mapLocale } from './mapLocale';
import type { MapFailure, MapHandle } from './mapTypes';
import { labelMeasurer } from './measureLabel';
import { buildStyle } from './style';
import { webglUnavailableReason } from './webgl';

/** Maps this page has created: a language switch or a re-render must never add one. */
let mapsCreated = 0;

interface Props {
  theme: ThemeName;
  sites: SiteRecord[];
  /** Where the map opens: where the static first frame stands when the engine is created. */
  startCamera: HomeCamera;
  /** What the frame draws over the map (cards, controls): framing and labels keep clear. */
  overlays: () => Overlays;
  /** A fingertip's 44 px chips, or a mouse's smaller ones. */
  coarse: boolean;
  onIndicators: (indicators: readonly EdgeIndicator[]) => void;
  onHandle: (handle: MapHandle | null) => void;
  onReady: () => void;
  onFailure: (failure: MapFailure) => void;
}

/**
 * Thin React shell around the map engine: create it once per dataset, then push sites, framing
 * requests, the language and style changes. It reads the session and acts through its actions;
 * the engine knows neither. The frame around it (./MapFrame.tsx) owns the overlays and the
 * static map.
 */
export function MapView(props: Props) {
  const { theme, sites } = props;
  const container = useRef<HTMLDivElement>(null);
  const controller = useRef<MapController | null>(null);
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
    // The same map in another language: its accessible name and the country names change.
    controller.current?.setLanguage(lang);
  }, [t, f, lang]);
  const model = useDatasetModel();
  const derived = useDerivedModel();
  const texts = useTexts();
  const filtersNow = useSessionRef((s) => s.filters);
  const mapRequest = useSession((s) => s.mapRequest);
  const actions = useActions();
  const reducedMotion = usePrefersReducedMotion();
  const reducedRef = useRef(reducedMotion);
  reducedRef.current = reducedMotion;
  const themeRef = useRef(theme);
  themeRef.current = theme;
  // The style follows the theme; the language is applied to the same style by setLanguage.
  const style = useMemo(
    () => buildStyle(document.baseURI, PALETTES[theme].map, textsRef.current.labelLanguage),
    [theme],
  );
  const styleRef = useRef(style);
  // Read when the engine asks (or once, when it is created).
  const latest = useRef(props);
  latest.current = props;

  // The sites as a story step would light them: same filters, the step's window and playhead.
  const sceneSites = useRef<(scene: Scene) => SiteRecord[]>(() => []);
  const places = useMemo(() => model.dataset.places.map(texts.place), [model, texts]);
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
        derived.ongoingSites(filters, scene.playhead),
      );
    };
  }, [places, derived, model, filtersNow]);

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const measure = labelMeasurer();
    let engine: MapController;
    try {
      engine = new MapController(
        el,
        styleRef.current,
        latest.current.startCamera,
        model.placesById,
        {
          onSelectPlace: (id) => actions.selectPlace(id),
          texts: () => textsRef.current,
          onCamera: actions.reportCamera,
          overlays: () => latest.current.overlays(),
          onIndicators: (i) => latest.current.onIndicators(i),
          chipSize: (name, more) => chipSize(measure, latest.current.coarse)(name, more),
          onError: (m) => console.warn(`[frontera] map: ${m}`),
          onReady: () => {
            el.dataset.sitesDrawn = '';
            el.style.opacity = '';
            latest.current.onReady();
          },
        },
        () => reducedRef.current,
      );
    } catch (e) {
      // No WebGL (or no WebGL2) is said plainly; anything else with the engine's own words.
      const reason = webglUnavailableReason();
      latest.current.onFailure(
        reason
          ? { kind: reason }
          : { kind: 'failed', why: e instanceof Error ? e.message : String(e) },
      );
      return;
    }
    mapsCreated++;
    controller.current = engine;
    latest.current.onHandle({ zoomBy: (d) => engine.zoomBy(d) });
    const withdraw = [
      // A slide's map: country names in the language the reader has now; a story step's scene
      // drawn off screen.
      registerSnapshotSource('map', (w, h, scene) =>
        engine.renderImage(
          // A slide may be framed close in: the detailed coasts and borders come with the rest.
          buildStyle(
            document.baseURI,
            PALETTES[themeRef.current].map,
            textsRef.current.labelLanguage,
            { withDetail: true },
          ),
          w,
          h,
          scene && { sites: sceneSites.current(scene), request: scene.request },
        ),
      ),
      exposeProbe('sites', () => engine.drawnSites()),
      exposeProbe('renderedSites', () => engine.renderedSites()),
      exposeProbe('mapLabels', () => engine.drawnLabels()),
      exposeProbe('renderedLabels', () => engine.renderedLabels()),
      exposeProbe('renderedBasemap', () => engine.renderedBasemap()),
      exposeProbe('mapReady', () => engine.isReady()),
      exposeProbe('camera', () => engine.camera()),
      exposeProbe('mapsCreated', () => mapsCreated),
    ];
    return () => {
      for (const w of withdraw) w();
      latest.current.onHandle(null);
      engine.destroy();
      controller.current = null;
    };
  }, [model, actions]);

  useEffect(() => {
    if (styleRef.current === style) return;
    styleRef.current = style;
    controller.current?.setStyle(style);
  }, [style]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new engine needs the sites again
  useEffect(() => {
    controller.current?.setSites(sites);
  }, [sites, model]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new engine needs the request again
  useEffect(() => {
    controller.current?.request(mapRequest);
  }, [mapRequest, model]);

  // Invisible until its sites are drawn: the static map below shows the same view meanwhile
  // (MapLibre paints its water before the sites arrive).
  return <div ref={container} className="map-container" data-testid="map" style={{ opacity: 0 }} />;
}
