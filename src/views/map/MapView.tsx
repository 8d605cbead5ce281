import { useEffect, useMemo, useRef, useState } from 'react';
import 'maplibre-gl/dist/maplibre-gl.css';
import { type SiteRecord, siteRecords } from '../../domain/siteFeatures';
import { useI18n } from '../../i18n/useI18n';
import { useDatasetModel } from '../../session/datasetContext';
import { useStore } from '../../session/store';
import { useCommands } from '../../session/useCommands';
import { useFilteredTotals, useLitSites, useWindowCounts } from '../../session/useDerived';
import { type MapColours, PALETTES, type ThemeName } from '../../ui/palette';
import { registerSnapshotSource } from '../../ui/snapshotRegistry';
import { usePrefersReducedMotion } from '../../ui/usePrefersReducedMotion';
import { AtPlayhead } from './AtPlayhead';
import { MapController, type MapTexts, webglUnavailableReason } from './MapController';
import { mapLocale } from './mapLocale';
import { renderMapImage } from './renderMapImage';
import { buildStyle } from './style';

/** Thin React shell around MapController: mount once, then push data and requests. */
export function MapView({ theme = 'light' }: { theme?: ThemeName }) {
  const container = useRef<HTMLDivElement>(null);
  const controller = useRef<MapController | null>(null);
  const [failure, setFailure] = useState<
    { kind: 'no-webgl2' | 'no-webgl' } | { kind: 'failed'; why: string } | null
  >(null);
  const { t, f, lang } = useI18n();
  const textsRef = useRef<MapTexts | null>(null);
  textsRef.current = {
    popup: (name, count, total) => t.map.popup(name, count, total),
    groupItem: (name, count) => `${name} (${f.number(count)})`,
    attribution: t.map.attribution,
    locale: mapLocale(t.map.controls),
    labelLanguage: lang,
  };
  const texts = textsRef as { current: MapTexts };
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
  const langRef = useRef(lang);
  langRef.current = lang;
  const themeRef = useRef(theme);
  themeRef.current = theme;
  const style = useMemo(
    () => buildStyle(document.baseURI, PALETTES[theme].map, langRef.current),
    [theme],
  );
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
          texts: () => texts.current,
          onCamera: (camera) => useStore.getState().reportCamera(camera),
          onError: (m) => console.warn(`[frontera] map: ${m}`),
        },
        () => reducedRef.current,
      );
      controller.current.request(useStore.getState().mapRequest);
    } catch (e) {
      setFailure({ kind: 'failed', why: (e as Error).message });
    }
    const unregister = registerSnapshotSource('map', async (w, h) => {
      const c = controller.current;
      if (!c) return null;
      // The slide's country names in the language the reader has now.
      const slideStyle = buildStyle(
        document.baseURI,
        PALETTES[themeRef.current].map,
        langRef.current,
      );
      return renderMapImage(slideStyle, sitesRef.current, c.map.getBounds(), w, h);
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

  useEffect(() => {
    controller.current?.setLanguage(lang);
  }, [lang]);

  return (
    <section className="map-area" aria-label={t.map.region}>
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
