import { useEffect, useMemo, useRef, useState } from 'react';
import 'maplibre-gl/dist/maplibre-gl.css';
import { type SiteRecord, siteRecords } from '../../domain/siteFeatures';
import { useI18n } from '../../i18n/useI18n';
import { useDatasetModel, useDerivedModel } from '../../session/datasetContext';
import { useStore } from '../../session/store';
import { useCommands } from '../../session/useCommands';
import { useFilteredTotals, useLitSites, useWindowCounts } from '../../session/useDerived';
import { type MapColours, PALETTES, type ThemeName } from '../../ui/palette';
import { registerSnapshotSource, type Scene } from '../../ui/snapshotRegistry';
import { usePrefersReducedMotion } from '../../ui/usePrefersReducedMotion';
import { AtPlayhead } from './AtPlayhead';
import { FALLBACK_HOME, framingFor } from './framing';
import { MapController, type MapTexts, webglUnavailableReason } from './MapController';
import { renderMapImage } from './renderMapImage';
import { buildStyle } from './style';

/** Thin React shell around MapController: mount once, then push data and requests. */
export function MapView({ theme = 'light' }: { theme?: ThemeName }) {
  const container = useRef<HTMLDivElement>(null);
  const controller = useRef<MapController | null>(null);
  const [failure, setFailure] = useState<
    { kind: 'no-webgl2' | 'no-webgl' } | { kind: 'failed'; why: string } | null
  >(null);
  const { t, f } = useI18n();
  const textsRef = useRef<MapTexts>({ popup: () => '', groupItem: () => '', attribution: '' });
  textsRef.current = {
    popup: (name, count, total) => t.map.popup(name, f.number(count), f.number(total)),
    groupItem: (name, count) => `${name} (${f.number(count)})`,
    attribution: t.map.attribution,
  };
  const model = useDatasetModel();
  const derived = useDerivedModel();
  const totalsByPlace = useFilteredTotals();
  const counts = useWindowCounts();
  const lit = useLitSites();
  const mapRequest = useStore((s) => s.mapRequest);
  const selectedPlaceId = useStore((s) => s.selectedPlaceId);
  const selectedEventId = useStore((s) => s.selectedEventId);
  const commands = useCommands();
  const commandsRef = useRef(commands);
  commandsRef.current = commands;
  const reducedMotion = usePrefersReducedMotion();
  const reducedRef = useRef(reducedMotion);
  reducedRef.current = reducedMotion;
  const style = useMemo(() => buildStyle(document.baseURI, PALETTES[theme].map), [theme]);
  const styleRef = useRef(style);

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const reason = webglUnavailableReason();
    if (reason) {
      setFailure({ kind: reason });
      return;
    }
    try {
      controller.current = new MapController(
        el,
        styleRef.current,
        useStore.getState().camera,
        model.placesById,
        {
          onSelectPlace: (id) => commandsRef.current.selectPlace(id),
          texts: () => textsRef.current,
          onCamera: (camera) => useStore.getState().reportCamera(camera),
          onError: (m) => console.warn(`[frontera] map: ${m}`),
        },
        () => reducedRef.current,
      );
      controller.current.request(useStore.getState().mapRequest);
    } catch (e) {
      setFailure({ kind: 'failed', why: (e as Error).message });
    }
    const unregister = registerSnapshotSource('map', async (w, h, scene) => {
      const c = controller.current;
      if (!c) return null;
      if (!scene) {
        // The view on screen, whatever its shape, fitted into the slide's map box.
        const bounds = c.map.getBounds().toArray().flat() as [number, number, number, number];
        const framing = { kind: 'bounds' as const, bounds, maxZoom: 22 };
        return renderMapImage(styleRef.current, sitesRef.current, framing, w, h);
      }
      const sites = sceneSites.current(scene);
      const framing =
        (scene.request &&
          framingFor(
            scene.request,
            model.placesById,
            sites.map((s) => s.id),
          )) ||
        ({ kind: 'bounds', bounds: FALLBACK_HOME, maxZoom: 6 } as const);
      return renderMapImage(styleRef.current, sites, framing, w, h);
    });
    return () => {
      unregister();
      controller.current?.destroy();
      controller.current = null;
    };
  }, [model]);

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

  const sitesRef = useRef<SiteRecord[]>([]);
  // The sites as a story step would light them: same filters, the step's window and playhead.
  const sceneSites = useRef<(scene: Scene) => SiteRecord[]>(() => []);
  sceneSites.current = (scene) => {
    const { filters } = useStore.getState();
    const selected = new Set<string>(scene.selectedPlaceId ? [scene.selectedPlaceId] : []);
    for (const p of (scene.selectedEventId &&
      model.index.byId.get(scene.selectedEventId)?.places) ||
      [])
      selected.add(p);
    return siteRecords(
      model.dataset.places,
      derived.totals(filters),
      derived.windowCounts(filters, scene.window ?? scene.view),
      derived.litSites(filters, scene.playhead),
      selected,
    );
  };
  useEffect(() => {
    sitesRef.current = siteRecords(
      model.dataset.places,
      totalsByPlace,
      counts,
      lit,
      selectedPlaces,
    );
    controller.current?.setSites(sitesRef.current);
  }, [model, totalsByPlace, counts, lit, selectedPlaces]);

  useEffect(() => {
    controller.current?.request(mapRequest);
  }, [mapRequest]);

  useEffect(() => {
    controller.current?.setAttribution(t.map.attribution);
  }, [t]);

  return (
    <section className="map-area" aria-label={t.map.region}>
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
      <AtPlayhead />
      <MapLegend colours={PALETTES[theme].map} />
    </section>
  );
}

function MapLegend({ colours }: { colours: MapColours }) {
  const { t } = useI18n();
  return (
    <div className="map-legend" aria-hidden="true">
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
