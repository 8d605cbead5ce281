import { useEffect, useMemo, useRef, useState } from 'react';
import { AREA_KINDS } from '../data/schema';
import { siteFeatures } from '../domain/siteFeatures';
import { registerSnapshotSource } from '../embed/snapshotSources';
import { useDatasetModel } from '../state/datasetContext';
import { useStore } from '../state/store';
import { useFilteredTotals, usePlayheadEvents, useWindowCounts } from '../state/useDerived';
import { useSelectionActions } from '../state/useSelectionActions';
import { useElementSize } from '../ui/useElementSize';
import { usePrefersReducedMotion } from '../ui/usePrefersReducedMotion';
import { MapController, webglUnavailableReason } from './MapController';
import { buildStyle } from './style';
import { DARK, LIGHT } from './theme';

/** Thin React shell around MapController: mount once, then push data and camera changes. */
export function MapView({ theme = 'light' }: { theme?: 'light' | 'dark' }) {
  const container = useRef<HTMLDivElement>(null);
  const controller = useRef<MapController | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const { dataset } = useDatasetModel();
  const totalsByPlace = useFilteredTotals();
  const counts = useWindowCounts();
  const atPlayhead = usePlayheadEvents();
  const camera = useStore((s) => s.camera);
  const selectedPlaceId = useStore((s) => s.selectedPlaceId);
  const selectedEventId = useStore((s) => s.selectedEventId);
  const actions = useSelectionActions();
  const actionsRef = useRef(actions);
  actionsRef.current = actions;
  const size = useElementSize(container);
  const reducedMotion = usePrefersReducedMotion();
  const reducedRef = useRef(reducedMotion);
  reducedRef.current = reducedMotion;
  const style = useMemo(
    () => buildStyle(document.baseURI, theme === 'dark' ? DARK : LIGHT),
    [theme],
  );
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
        {
          onSelectPlace: (id) => actionsRef.current.selectPlace(id),
          onCamera: (camera) => useStore.getState().setCamera(camera),
          onError: (m) => console.warn(`[frontera] map: ${m}`),
        },
        () => reducedRef.current,
      );
    } catch (e) {
      setFailure(
        `The map could not start: ${(e as Error).message}. The timeline, list and event cards still work.`,
      );
    }
    const unregister = registerSnapshotSource(
      'map',
      () => controller.current?.map.getCanvas() ?? null,
    );
    return () => {
      unregister();
      controller.current?.destroy();
      controller.current = null;
    };
  }, []);

  useEffect(() => {
    if (styleRef.current === style) return;
    styleRef.current = style;
    controller.current?.setStyle(style);
  }, [style]);

  const selectedPlaces = useMemo(() => {
    const ids = new Set<string>();
    if (selectedPlaceId) ids.add(selectedPlaceId);
    const ev = selectedEventId ? dataset.events.find((e) => e.id === selectedEventId) : undefined;
    for (const p of ev?.places ?? []) ids.add(p);
    return ids;
  }, [dataset, selectedPlaceId, selectedEventId]);

  const lit = useMemo(() => new Set(atPlayhead.flatMap((e) => e.places)), [atPlayhead]);

  useEffect(() => {
    const all = siteFeatures(dataset.places, totalsByPlace, counts, lit, selectedPlaces);
    const points = {
      ...all,
      features: all.features.filter((f) => !AREA_KINDS.has(f.properties.kind)),
    };
    const areas = {
      ...all,
      features: all.features.filter((f) => AREA_KINDS.has(f.properties.kind)),
    };
    controller.current?.setSites(points, areas);
  }, [dataset, totalsByPlace, counts, lit, selectedPlaces]);

  useEffect(() => {
    controller.current?.setCamera(camera);
  }, [camera]);

  useEffect(() => {
    useStore.getState().setMapSize(size);
  }, [size]);

  return (
    <section className="map-area" aria-label="Map of event sites">
      <div ref={container} className="map-container" data-testid="map" />
      {failure && (
        <div className="map-failure" role="status">
          <strong>The map is unavailable.</strong> {failure}
        </div>
      )}
      <MapLegend />
    </section>
  );
}

function MapLegend() {
  return (
    <div className="map-legend" aria-hidden="true">
      <span>
        <i className="legend-dot" /> city or crossing
      </span>
      <span>
        <i className="legend-ring" /> state, region or sector
      </span>
      <span>
        <i className="legend-lit" /> at the playhead
      </span>
      <span>size = events in window</span>
    </div>
  );
}
