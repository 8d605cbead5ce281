import { useEffect, useMemo, useRef } from 'react';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { SiteRecord } from '../../domain/siteFeatures';
import { useI18n } from '../../i18n/useI18n';
import { useActions, useDatasetModel, useSession } from '../../session/hooks';
import { exposeProbe } from '../../ui/debugProbe';
import { PALETTES, type ThemeName } from '../../ui/palette';
import { registerSnapshotSource } from '../../ui/snapshotRegistry';
import { usePrefersReducedMotion } from '../../ui/usePrefersReducedMotion';
import type { HomeCamera } from './homeCamera';
import { MapController, type MapTexts } from './MapController';
import type { MapFailure } from './MapFrame';
import { buildStyle } from './style';

/** Maps this page has created: a language switch or a re-render must never add one. */
let mapsCreated = 0;

interface Props {
  theme: ThemeName;
  sites: SiteRecord[];
  /** Where the map opens: where the static first frame stands when the engine is created. */
  startCamera: HomeCamera;
  /** Pixels the frame draws over the map's top and bottom edges. */
  overlayInsets: () => { top: number; bottom: number };
  onReady: () => void;
  onFailure: (failure: MapFailure) => void;
}

/**
 * Thin React shell around the map engine: create it once per dataset, then push sites, framing
 * requests and style changes. It reads the session and acts through its actions; the engine
 * knows neither. The frame around it (./MapFrame.tsx) owns the overlays and the static map.
 */
export function MapView({ theme, sites, startCamera, overlayInsets, onReady, onFailure }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const controller = useRef<MapController | null>(null);
  const { t, f } = useI18n();
  const textsRef = useRef<MapTexts>({ popup: () => '', groupItem: () => '' });
  useEffect(() => {
    textsRef.current = {
      popup: (name, count, total) => t.map.popup(name, f.number(count), f.number(total)),
      groupItem: (name, count) => `${name} (${f.number(count)})`,
    };
  }, [t, f]);
  const model = useDatasetModel();
  const mapRequest = useSession((s) => s.mapRequest);
  const actions = useActions();
  const reducedMotion = usePrefersReducedMotion();
  const reducedRef = useRef(reducedMotion);
  reducedRef.current = reducedMotion;
  const style = useMemo(() => buildStyle(document.baseURI, PALETTES[theme].map), [theme]);
  const styleRef = useRef(style);
  // Read once, when the engine is created.
  const latest = useRef({ startCamera, overlayInsets, onReady, onFailure });
  latest.current = { startCamera, overlayInsets, onReady, onFailure };

  useEffect(() => {
    const el = container.current;
    if (!el) return;
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
          overlayInsets: () => latest.current.overlayInsets(),
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
      latest.current.onFailure({ kind: 'failed', why: e instanceof Error ? e.message : String(e) });
      return;
    }
    mapsCreated++;
    controller.current = engine;
    const withdraw = [
      registerSnapshotSource('map', (w, h) => engine.renderImage(styleRef.current, w, h)),
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
