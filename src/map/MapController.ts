/**
 * The one owner of the MapLibre instance: create once, update by small diffs, remove on unmount.
 * React components talk to it through these methods and the callbacks, never to maplibre directly.
 */
import type { FeatureCollection, Point } from 'geojson';
import * as maplibregl from 'maplibre-gl';
import { assets } from '#assets';
import type { Camera } from '../domain/cameraForPlaces';
import type { SiteProperties } from '../domain/siteFeatures';
import { HOME_BOUNDS } from '../state/viewSlice';
import { CLUSTER_LAYER, INTERACTIVE_LAYERS } from './siteLayers';

maplibregl.setWorkerUrl(assets.mapWorkerUrl);

export const MAP_READY_MARK = 'frontera:map-ready';

export interface MapCallbacks {
  onSelectPlace: (placeId: string) => void;
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

const near = (a: Camera, b: Camera) =>
  Math.abs(a.lon - b.lon) < 1e-4 &&
  Math.abs(a.lat - b.lat) < 1e-4 &&
  Math.abs(a.zoom - b.zoom) < 1e-3;

export class MapController {
  readonly map: maplibregl.Map;
  private popup: maplibregl.Popup;
  /** Latest sites, re-applied whenever a style finishes loading. */
  private sites: { points: Sites; areas: Sites } | null = null;
  private loaded = false;

  constructor(
    container: HTMLElement,
    style: maplibregl.StyleSpecification,
    camera: Camera | null,
    private callbacks: MapCallbacks,
    private reducedMotion: () => boolean,
  ) {
    this.map = new maplibregl.Map({
      container,
      style,
      ...(camera
        ? { center: [camera.lon, camera.lat] as [number, number], zoom: camera.zoom }
        : { bounds: [...HOME_BOUNDS] as [number, number, number, number] }),
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
    this.map.on('moveend', (e) => {
      // Only the reader's own moves are reported; moves the app asked for are already in the store.
      if (!('originalEvent' in e) || !e.originalEvent) return;
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
      void source.getClusterExpansionZoom(clusterId).then((zoom) => {
        const [lon, lat] = (f.geometry as Point).coordinates as [number, number];
        this.callbacks.onCamera({ lon, lat, zoom: zoom + 0.2 });
      });
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
  }

  private applySites() {
    if (!this.sites) return;
    this.map.getSource<maplibregl.GeoJSONSource>('sites-points')?.setData(this.sites.points);
    this.map.getSource<maplibregl.GeoJSONSource>('sites-areas')?.setData(this.sites.areas);
  }

  /** Controlled camera: move only when the requested camera differs from where the map is. */
  setCamera(camera: Camera | null) {
    if (!camera) {
      this.map.fitBounds([...HOME_BOUNDS] as [number, number, number, number], {
        animate: !this.reducedMotion(),
        padding: 20,
      });
      return;
    }
    const c = this.map.getCenter();
    if (near(camera, { lon: c.lng, lat: c.lat, zoom: this.map.getZoom() })) return;
    this.moveTo(camera);
  }

  private moveTo(camera: Camera) {
    const options = { center: [camera.lon, camera.lat] as [number, number], zoom: camera.zoom };
    if (this.reducedMotion()) this.map.jumpTo(options);
    else this.map.flyTo({ ...options, duration: 1200, essential: false });
  }

  setStyle(style: maplibregl.StyleSpecification) {
    this.loaded = false;
    this.map.setStyle(style);
  }

  /** Screen position of a site, for tests and the keyboard focus ring. */
  project(lon: number, lat: number) {
    return this.map.project([lon, lat]);
  }

  destroy() {
    this.popup.remove();
    this.map.remove();
  }
}

const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;
