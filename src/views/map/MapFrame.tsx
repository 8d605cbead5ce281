import { lazy, Suspense, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { type SiteRecord, siteRecords } from '../../domain/siteFeatures';
import { useI18n } from '../../i18n/useI18n';
import { useFilteredTotals, useLitSites, useWindowCounts } from '../../session/derived';
import { useDatasetModel, useSession, useSessionRef } from '../../session/hooks';
import { useTexts } from '../../session/texts';
import { type MapColours, PALETTES, type ThemeName } from '../../ui/palette';
import { useElementSize } from '../../ui/useElementSize';
import { AtPlayhead } from './AtPlayhead';
import { type HomeCamera, homeCamera } from './homeCamera';
import { MapCredit } from './MapCredit';
import { StaticMap } from './StaticMap';
import { webglUnavailableReason } from './webgl';

// MapLibre is most of the bundle: it loads in parallel with the timeline, never before it.
const MapView = lazy(() => import('./MapView').then((m) => ({ default: m.MapView })));

/** Below this width the map's credit starts folded. */
const NARROW_MAP_PX = 600;
/** As MapLibre's minZoom in the engine: the home camera is the same on both. */
const MIN_ZOOM = 1.5;

export type MapFailure = { kind: 'no-webgl2' | 'no-webgl' } | { kind: 'failed'; why: string };

/**
 * The map area: the overlays, the static map of the first frame, and the live map (MapLibre,
 * loaded on its own) that replaces it once its sites are drawn. Both open on the same camera,
 * computed by ./homeCamera.ts, so the switch moves nothing. Without WebGL the static map stays
 * and says why.
 */
export function MapFrame({ theme = 'light' }: { theme?: ThemeName }) {
  const area = useRef<HTMLElement>(null);
  const topOverlay = useRef<HTMLElement>(null);
  const bottomOverlay = useRef<HTMLDivElement>(null);
  const { t } = useI18n();
  const model = useDatasetModel();
  const texts = useTexts();
  const totalsByPlace = useFilteredTotals();
  const counts = useWindowCounts();
  const lit = useLitSites();
  const selectedPlaceId = useSession((s) => s.selectedPlaceId);
  const selectedEventId = useSession((s) => s.selectedEventId);
  const linkCamera = useSessionRef((s) => s.camera);
  const size = useElementSize(area, { width: 800, height: 500 });
  const [insets, setInsets] = useState({ top: 0, bottom: 0 });
  const [ready, setReady] = useState(false);
  // MapLibre's chunk is parsed only after the static map is on screen: its ~1 MB of script
  // would otherwise hold back the first frame.
  const [engineWanted, setEngineWanted] = useState(false);
  const [failure, setFailure] = useState<MapFailure | null>(() => {
    const reason = webglUnavailableReason();
    return reason ? { kind: reason } : null;
  });

  // The cards over the map's edges, measured as the engine measures them for its framing.
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-measured when the area resizes
  useLayoutEffect(() => {
    const top = topOverlay.current?.getBoundingClientRect().height ?? 0;
    const bottom = bottomOverlay.current?.getBoundingClientRect().height ?? 0;
    setInsets((i) => (i.top === top && i.bottom === bottom ? i : { top, bottom }));
  }, [size]);

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
  // The camera the first frame shows and the live map opens with: a link's, else home.
  const camera: HomeCamera = useMemo(
    () => linkCamera.current ?? homeCamera(sites, size, insets, MIN_ZOOM),
    [linkCamera, sites, size, insets],
  );
  const colours = PALETTES[theme].map;

  return (
    <section ref={area} className="map-area" aria-label={t.map.region}>
      {!ready && (
        <StaticMap
          sites={sites}
          camera={camera}
          size={size}
          colours={colours}
          onDrawn={() => setEngineWanted(true)}
        />
      )}
      {!failure && engineWanted && (
        <Suspense fallback={null}>
          <MapView
            theme={theme}
            sites={sites}
            startCamera={camera}
            overlayInsets={() => ({
              top: topOverlay.current?.getBoundingClientRect().height ?? 0,
              bottom: bottomOverlay.current?.getBoundingClientRect().height ?? 0,
            })}
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
      <AtPlayhead ref={topOverlay} />
      <MapLegend ref={bottomOverlay} colours={colours} />
      <MapCredit narrow={size.width < NARROW_MAP_PX} />
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
