import { useEffect, useMemo, useRef, useState } from 'react';
import 'maplibre-gl/dist/maplibre-gl.css';
import { type SiteRecord, siteRecords } from '../domain/siteFeatures';
import { useDatasetModel } from '../state/datasetContext';
import { useStore } from '../state/store';
import { useCommands } from '../state/useCommands';
import { useFilteredTotals, useLitSites, useWindowCounts } from '../state/useDerived';
import { type MapColours, PALETTES, type ThemeName } from '../ui/palette';
import { registerSnapshotSource } from '../ui/snapshotRegistry';
import { usePrefersReducedMotion } from '../ui/usePrefersReducedMotion';
import { AtPlayhead } from './AtPlayhead';
import { MapController, webglUnavailableReason } from './MapController';
import { renderMapImage } from './renderMapImage';
import { buildStyle } from './style';

/** Thin React shell around MapController: mount once, then push data and requests. */
export function MapView({ theme = 'light' }: { theme?: ThemeName }) {
  const container = useRef<HTMLDivElement>(null);
  const controller = useRef<MapController | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const model = useDatasetModel();
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
      setFailure(reason);
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
          onCamera: (camera) => useStore.getState().reportCamera(camera),
          onError: (m) => console.warn(`[frontera] map: ${m}`),
        },
        () => reducedRef.current,
      );
      controller.current.request(useStore.getState().mapRequest);
    } catch (e) {
      setFailure(
        `The map could not start: ${(e as Error).message}. The timeline, list and event cards still work.`,
      );
    }
    const unregister = registerSnapshotSource('map', async (w, h) => {
      const c = controller.current;
      if (!c) return null;
      return renderMapImage(styleRef.current, sitesRef.current, c.map.getBounds(), w, h);
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

  return (
    <section className="map-area" aria-label="Map of event sites">
      <div ref={container} className="map-container" data-testid="map" />
      {failure && (
        <div className="map-failure" role="status">
          <strong>The map is unavailable.</strong> {failure}
        </div>
      )}
      {totalsByPlace.size === 0 && (
        <p className="map-empty" role="status">
          No site has events under these filters. The panel lists which filter to remove.
        </p>
      )}
      <AtPlayhead />
      <MapLegend colours={PALETTES[theme].map} />
    </section>
  );
}

function MapLegend({ colours }: { colours: MapColours }) {
  return (
    <div className="map-legend" aria-hidden="true">
      <span>
        <i style={{ background: colours.site }} /> city or crossing
      </span>
      <span>
        <i className="legend-ring" style={{ borderColor: colours.area }} /> state, region or sector
      </span>
      <span>
        <i className="legend-lit" style={{ borderColor: colours.lit }} /> at the playhead
      </span>
      <span>size = events in window</span>
    </div>
  );
}
