/**
 * The one owner of the MapLibre instance: create once, update by small diffs, remove on unmount.
 * React components talk to it through these methods and the callbacks, never to maplibre directly.
 * Framing requests are resolved here with MapLibre's own cameraForBounds at the map's real size,
 * and ignored while the reader is moving the map by hand.
 */
import type { FeatureCollection, Point } from 'geojson';
import * as maplibregl from 'maplibre-gl';
import { assets } from '#assets';
import { AREA_KINDS, type Place } from '../data/schema';
import type { SiteProperties } from '../domain/siteFeatures';
import type { Camera, MapRequest } from '../state/mapSlice';
import { CLUSTER_LAYER, INTERACTIVE_LAYERS } from './siteLayers';

maplibregl.setWorkerUrl(assets.mapWorkerUrl);

export const MAP_READY_MARK = 'frontera:map-ready';

/** West, south, east, north: the border from Baja California to the Gulf, and Central America. */
const FALLBACK_HOME: [number, number, number, number] = [-118.5, 12.5, -86, 33.8];
/** How close a framing may zoom, by what the place is. */
const MAX_ZOOM: Record<'point' | 'area' | 'country', number> = { point: 8, area: 5.5, country: 4 };

export interface MapCallbacks {
  onSelectPlace: (placeId: string) => void;
  /** The reader moved the map (drag, wheel, keys, a cluster click): where it ended. */
  onCamera: (camera: Camera) => void;
  onError?: (message: string) => void;
}

type Sites = FeatureCollection<Point, SiteProperties>;

/** WebGL2 is what MapLibre 6 needs; say so plainly instead of failing inside the library. */
export function webglUnavailableReason(): string | null {
  try {
    const canvas = document.createElement('canvas');
    if (canvas.getContext('webgl2')) return null;
    return 'This browser could not create a WebGL2 context, which the map needs. Hardware acceleration may be turned off. The timeline, list and event cards still work.';
  } catch {
    return 'WebGL is not available in this browser, so the map cannot be drawn. The timeline, list and event cards still work.';
  }
}

const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;

export class MapController {
  readonly map: maplibregl.Map;
  private popup: maplibregl.Popup;
  /** Latest sites, re-applied whenever a style finishes loading. */
  private sites: { points: Sites; areas: Sites } | null = null;
  private loaded = false;
  /** True from the reader's first drag or wheel until the move ends. */
  private readerMoving = false;
  private lastRequest = 0;
  /** A request that arrived before the sites (needed to frame "home") were known. */
  private pending: MapRequest | null = null;

  constructor(
    container: HTMLElement,
    style: maplibregl.StyleSpecification,
    camera: Camera | null,
    private places: ReadonlyMap<string, Place>,
    private callbacks: MapCallbacks,
    private reducedMotion: () => boolean,
  ) {
    this.map = new maplibregl.Map({
      container,
      style,
      ...(camera
        ? { center: [camera.lon, camera.lat] as [number, number], zoom: camera.zoom }
        : { bounds: FALLBACK_HOME }),
      attributionControl: false,
      // Lets the snapshot read the canvas back.
      canvasContextAttributes: { preserveDrawingBuffer: true },
      maxZoom: 12,
      minZoom: 1.5,
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
    });
    this.map.touchZoomRotate.disableRotation();
    this.map.keyboard.disableRotation();
    this.map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    this.map.addControl(
      new maplibregl.AttributionControl({
        compact: true,
        customAttribution: 'Basemap: Natural Earth',
      }),
      'bottom-right',
    );
    this.popup = new maplibregl.Popup({
      closeButton: false,
      closeOnClick: false,
      offset: 12,
      className: 'site-popup',
    });
    this.map.on('style.load', () => {
      this.loaded = true;
      this.applySites();
    });
    // A DOM flag tests and screenshots can wait on: style loaded, sites drawn, nothing pending.
    this.map.on('idle', () => {
      const ready = this.loaded && this.sites !== null;
      container.dataset.mapReady = String(ready);
      // For `npm run bench`: navigation → map idle with its sites drawn.
      if (ready && performance.getEntriesByName(MAP_READY_MARK).length === 0)
        performance.mark(MAP_READY_MARK);
    });
    this.map.on('error', (e) => this.callbacks.onError?.(e.error?.message ?? 'map error'));
    const readerStarts = (e: { originalEvent?: unknown }) => {
      if (e.originalEvent) this.readerMoving = true;
    };
    this.map.on('dragstart', readerStarts);
    this.map.on('zoomstart', readerStarts);
    this.map.on('moveend', (e) => {
      const byReader = this.readerMoving || ('originalEvent' in e && !!e.originalEvent);
      this.readerMoving = false;
      // Only the reader's own moves are reported; the app's requests are already in the store.
      if (!byReader) return;
      const c = this.map.getCenter();
      this.callbacks.onCamera({
        lon: round(c.lng, 5),
        lat: round(c.lat, 5),
        zoom: round(this.map.getZoom(), 3),
      });
    });
    for (const layer of INTERACTIVE_LAYERS) {
      this.map.on('click', layer, (e) => this.onClick(layer, e));
      this.map.on('mousemove', layer, (e) => this.onHover(e));
      this.map.on('mouseleave', layer, () => {
        this.map.getCanvas().style.cursor = '';
        this.popup.remove();
      });
    }
  }

  private onClick(layer: string, e: maplibregl.MapLayerMouseEvent) {
    const f = e.features?.[0];
    if (!f) return;
    if (layer === CLUSTER_LAYER) {
      const source = this.map.getSource<maplibregl.GeoJSONSource>('sites-points');
      const clusterId = f.properties?.cluster_id as number | undefined;
      if (!source || clusterId === undefined) return;
      source
        .getClusterExpansionZoom(clusterId)
        .then((zoom) => {
          const [lon, lat] = (f.geometry as Point).coordinates as [number, number];
          this.readerMoving = true;
          this.map.easeTo({
            center: [lon, lat],
            zoom: zoom + 0.2,
            animate: !this.reducedMotion(),
          });
        })
        .catch((err: Error) => this.callbacks.onError?.(`cluster: ${err.message}`));
      return;
    }
    const id = f.properties?.id;
    if (typeof id === 'string') this.callbacks.onSelectPlace(id);
  }

  private onHover(e: maplibregl.MapLayerMouseEvent) {
    const f = e.features?.[0];
    if (!f) return;
    this.map.getCanvas().style.cursor = 'pointer';
    const p = f.properties ?? {};
    const text =
      p.point_count !== undefined
        ? `${p.point_count} sites · ${p.count} events in window — click to zoom in`
        : `${p.name} · ${p.count} of ${p.total} event${p.total === 1 ? '' : 's'} in window`;
    this.popup
      .setLngLat((f.geometry as Point).coordinates as [number, number])
      .setText(text)
      .addTo(this.map);
  }

  setSites(points: Sites, areas: Sites) {
    this.sites = { points, areas };
    if (this.loaded) this.applySites();
    if (this.pending) this.request(this.pending);
  }

  private applySites() {
    if (!this.sites) return;
    this.map.getSource<maplibregl.GeoJSONSource>('sites-points')?.setData(this.sites.points);
    this.map.getSource<maplibregl.GeoJSONSource>('sites-areas')?.setData(this.sites.areas);
  }

  /** Carry out a request from the store once; never while the reader is moving the map. */
  request(r: MapRequest | null) {
    if (!r || r.seq <= this.lastRequest) return;
    if (this.readerMoving) {
      this.lastRequest = r.seq;
      return;
    }
    if (r.kind === 'camera') {
      this.lastRequest = r.seq;
      this.move({ center: [r.camera.lon, r.camera.lat], zoom: r.camera.zoom });
      return;
    }
    const ids =
      r.kind === 'fit'
        ? r.placeIds
        : (this.sites?.points.features ?? [])
            .concat(this.sites?.areas.features ?? [])
            .map((f) => f.properties.id);
    if (r.kind === 'home' && !this.sites) {
      this.pending = r;
      return;
    }
    this.pending = null;
    this.lastRequest = r.seq;
    const places = ids.flatMap((id) => {
      const p = this.places.get(id);
      return p ? [p] : [];
    });
    if (places.length === 0) {
      if (r.kind === 'home') this.fit(FALLBACK_HOME, 6);
      return;
    }
    const bounds = new maplibregl.LngLatBounds();
    for (const p of places) bounds.extend([p.lon, p.lat]);
    const maxZoom =
      r.kind === 'home'
        ? 6
        : Math.min(
            ...places.map((p) =>
              p.kind === 'country'
                ? MAX_ZOOM.country
                : AREA_KINDS.has(p.kind)
                  ? MAX_ZOOM.area
                  : MAX_ZOOM.point,
            ),
          );
    this.fit(bounds.toArray().flat() as [number, number, number, number], maxZoom);
  }

  private fit(bounds: [number, number, number, number], maxZoom: number) {
    const { width, height } = this.map.getContainer().getBoundingClientRect();
    const pad = Math.max(12, Math.min(60, Math.min(width, height) * 0.12));
    const camera = this.map.cameraForBounds(bounds, { padding: pad, maxZoom });
    if (camera) this.move(camera);
  }

  private move(target: { center?: maplibregl.LngLatLike; zoom?: number }) {
    if (this.reducedMotion()) this.map.jumpTo(target);
    else this.map.flyTo({ ...target, duration: 1000, essential: false });
  }

  setStyle(style: maplibregl.StyleSpecification) {
    this.loaded = false;
    this.map.setStyle(style);
  }

  destroy() {
    this.popup.remove();
    this.map.remove();
  }
}
