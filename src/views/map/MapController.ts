/**
 * The map engine: the one owner of the MapLibre instance — created once, updated by small diffs,
 * removed on unmount. It knows nothing of the session or of other components: the React shell
 * (MapView) talks to it through these methods and callbacks, never to MapLibre directly.
 * Framing requests are resolved with MapLibre's own cameraForBounds at the map's real size, and
 * ignored while the reader is moving the map by hand.
 */
import * as maplibregl from 'maplibre-gl';
import { assets } from '#assets';
import type { Place } from '../../data/schema';
import type { MapRequest as FramingRequest, Camera as MapCamera } from '../../domain/mapFraming';
import type { SiteRecord } from '../../domain/siteFeatures';
import { type Framing, framingFor } from './framing';
import { FALLBACK_HOME, framingPadding } from './homeCamera';
import { countryLabelField } from './mapLocale';
import { renderMapImage } from './renderMapImage';
import { type SiteGeoJson, siteGeoJson } from './siteGeoJson';
import { GROUP_LAYER, INTERACTIVE_LAYERS } from './siteLayers';
import { onlyLitChanged, type WrittenSources, writeSiteData, writeSiteState } from './siteSources';

maplibregl.setWorkerUrl(assets.mapWorkerUrl);

export const MAP_READY_MARK = 'frontera:map-ready';

/** The closest a reader can zoom out; the static first frame frames with the same limit. */
export const MIN_ZOOM = 1.5;

/** Texts the map writes itself (popups), in the reader's language. */
export interface MapTexts {
  popup: (name: string, count: number, total: number) => string;
  groupItem: (name: string, count: number) => string;
  /** MapLibre's own control strings (its locale option). */
  locale: Record<string, string>;
  /** Language of the basemap's country names ("en", "es"). */
  labelLanguage: string;
}

export interface MapCallbacks {
  onSelectPlace: (placeId: string) => void;
  texts: () => MapTexts;
  /** The reader moved the map (drag, wheel, keys, a cluster click): where it ended. */
  onCamera: (camera: MapCamera) => void;
  /** Pixels the shell draws over the map's top and bottom edges: framing keeps clear of them. */
  overlayInsets: () => { top: number; bottom: number };
  onError?: (message: string) => void;
  /** Style loaded, sites drawn, nothing left to draw: the static first frame can go. */
  onReady?: () => void;
}

/** A marker as drawn, in map-container pixels. */
export interface DrawnSite {
  id: string;
  x: number;
  y: number;
  r: number;
}

export { webglUnavailableReason } from './webgl';

/** How long the playhead must rest before lit labels are re-laid out (bigger, first choice). */
const RELABEL_AFTER_MS = 250;
/** Lit sites are repainted at most this often while the playhead moves. */
const LIT_INTERVAL_MS = 100;

/** Runs `fn` once `wait` ms have passed and the next frame has been drawn; returns a cancel. */
function afterNextFrame(wait: number, fn: () => void): () => void {
  let frame = 0;
  let timer = window.setTimeout(() => {
    frame = requestAnimationFrame(() => {
      timer = window.setTimeout(fn);
    });
  }, wait);
  return () => {
    clearTimeout(timer);
    cancelAnimationFrame(frame);
  };
}

const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;

export class MapController {
  private readonly map: maplibregl.Map;
  private popup: maplibregl.Popup;
  /** Latest sites, laid out again on every zoom and whenever a style finishes loading. */
  private sites: SiteRecord[] | null = null;
  private drawn: SiteGeoJson | null = null;
  private written: WrittenSources = {};
  private navigation: maplibregl.NavigationControl;
  /** Language of the basemap's country names and of MapLibre's own strings. */
  private language: string;
  /** The sites `drawn` was laid out from. */
  private drawnFrom: SiteRecord[] | null = null;
  /** Cancels the pending, coalesced draw of the latest sites. */
  private sitesTask: (() => void) | null = null;
  private litPaintedAt = 0;
  /** Re-lays out labels once the playhead rests (size and priority of lit labels). */
  private relabelTimer = 0;
  private layoutFrame = 0;
  private loaded = false;
  /** True from MapLibre's last idle until the next frame is drawn. */
  private idle = false;
  /** True from the reader's first drag or wheel until the move ends. */
  private readerMoving = false;
  private lastRequest = 0;
  /** A request that arrived before the sites (needed to frame "home") were known. */
  private pending: FramingRequest | null = null;

  constructor(
    container: HTMLElement,
    style: maplibregl.StyleSpecification,
    camera: MapCamera | null,
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
      locale: callbacks.texts().locale,
      // Lets the snapshot read the canvas back.
      canvasContextAttributes: { preserveDrawingBuffer: true },
      maxZoom: 12,
      fadeDuration: 0,
      minZoom: MIN_ZOOM,
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
    });
    this.map.touchZoomRotate.disableRotation();
    this.map.keyboard.disableRotation();
    this.navigation = new maplibregl.NavigationControl({ showCompass: false });
    this.map.addControl(this.navigation, 'top-right');
    this.language = callbacks.texts().labelLanguage;
    this.popup = new maplibregl.Popup({
      closeButton: false,
      closeOnClick: false,
      offset: 12,
      className: 'site-popup',
    });
    this.map.on('style.load', () => {
      this.loaded = true;
      this.applyLabelLanguage();
      this.written = {}; // a new style has new, empty sources
      this.applySites();
    });
    // Spread co-located sites again as the scale changes, once per frame at most.
    const relayout = () => {
      if (this.layoutFrame) return;
      this.layoutFrame = requestAnimationFrame(() => {
        this.layoutFrame = 0;
        this.applySites();
      });
    };
    this.map.on('zoom', relayout);
    this.map.on('resize', relayout);
    this.map.on('idle', () => {
      this.idle = true;
      // For `npm run bench` and tests: navigation → map idle with its sites drawn.
      if (this.isReady() && performance.getEntriesByName(MAP_READY_MARK).length === 0)
        performance.mark(MAP_READY_MARK);
      if (this.isReady()) this.callbacks.onReady?.();
    });
    this.map.on('render', () => {
      this.idle = false;
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
    this.map.on('click', (e) => this.onClick(e));
    this.map.on('mousemove', (e) => this.onHover(e));
    this.map.on('mouseout', () => this.popup.remove());
  }

  /**
   * The marker under the pointer: the one whose centre is nearest, within a tolerance that
   * gives a fingertip a 44 px target on touch screens.
   */
  private pick(point: maplibregl.Point) {
    const tol = window.matchMedia?.('(pointer: coarse)').matches ? 22 : 6;
    const features = this.map.queryRenderedFeatures(
      [
        [point.x - tol, point.y - tol],
        [point.x + tol, point.y + tol],
      ],
      { layers: INTERACTIVE_LAYERS.filter((l) => this.map.getLayer(l)) },
    );
    let best: (typeof features)[number] | null = null;
    let bestD = Number.POSITIVE_INFINITY;
    for (const f of features) {
      if (f.geometry.type !== 'Point') continue;
      const c = this.map.project(f.geometry.coordinates as [number, number]);
      const d = Math.hypot(c.x - point.x, c.y - point.y);
      if (d < bestD) {
        bestD = d;
        best = f;
      }
    }
    return best;
  }

  private onClick(e: maplibregl.MapMouseEvent) {
    const f = this.pick(e.point);
    if (!f) return;
    if (f.layer.id === GROUP_LAYER) {
      this.showGroup(f);
      return;
    }
    const id = f.properties?.id;
    if (typeof id === 'string') {
      this.popup.remove();
      this.callbacks.onSelectPlace(id);
    }
  }

  /** A named group lists its members; choosing one selects it like a marker click. */
  private showGroup(f: maplibregl.MapGeoJSONFeature) {
    const ids = String(f.properties?.ids ?? '').split(',');
    const list = document.createElement('ul');
    list.className = 'group-list';
    for (const id of ids) {
      const site = this.sites?.find((s) => s.id === id);
      if (!site) continue;
      const li = document.createElement('li');
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = this.callbacks.texts().groupItem(site.name, site.count);
      b.addEventListener('click', () => {
        this.popup.remove();
        this.callbacks.onSelectPlace(id);
      });
      li.append(b);
      list.append(li);
    }
    this.popup
      .setLngLat((f.geometry as GeoJSON.Point).coordinates as [number, number])
      .setDOMContent(list)
      .addTo(this.map);
    list.querySelector('button')?.focus();
  }

  private onHover(e: maplibregl.MapMouseEvent) {
    const f = this.pick(e.point);
    this.map.getCanvas().style.cursor = f ? 'pointer' : '';
    if (!f || f.layer.id === GROUP_LAYER) {
      if (!this.popup.getElement()?.querySelector('.group-list')) this.popup.remove();
      return;
    }
    const p = f.properties ?? {};
    this.popup
      .setLngLat((f.geometry as GeoJSON.Point).coordinates as [number, number])
      .setText(this.callbacks.texts().popup(String(p.name), Number(p.count), Number(p.total)))
      .addTo(this.map);
  }

  /** Style loaded, sites drawn, nothing left to draw: what tests and screenshots wait for. */
  isReady(): boolean {
    return this.loaded && this.sites !== null && this.drawn !== null && this.idle;
  }

  /** Where each marker is drawn, for tools that must click what a reader sees. */
  drawnSites(): readonly DrawnSite[] {
    return this.drawn?.screen ?? [];
  }

  camera(): MapCamera {
    const c = this.map.getCenter();
    return { lon: c.lng, lat: c.lat, zoom: this.map.getZoom() };
  }

  /**
   * A slide's map, rendered afresh at w × h: the view on screen (whatever its shape, fitted into
   * the slide's box), or the given sites and framing (a story step drawn off screen).
   */
  renderImage(
    style: maplibregl.StyleSpecification,
    w: number,
    h: number,
    scene?: { sites: readonly SiteRecord[]; request: FramingRequest | null },
  ) {
    if (!scene) {
      const bounds = this.map.getBounds().toArray().flat() as [number, number, number, number];
      return renderMapImage(style, this.sites ?? [], { kind: 'bounds', bounds, maxZoom: 22 }, w, h);
    }
    const ids = scene.sites.map((s) => s.id);
    const framing: Framing = (scene.request && framingFor(scene.request, this.places, ids)) || {
      kind: 'bounds',
      bounds: FALLBACK_HOME,
      maxZoom: 6,
    };
    return renderMapImage(style, scene.sites, framing, w, h);
  }

  /**
   * New sites from the store. The map draws them after the frame that shows the reader's input:
   * a map frame can cost tens of milliseconds with software WebGL, and the timeline answers
   * first. Playhead steps only change which sites are lit; those are painted at most every
   * LIT_INTERVAL_MS so a drag keeps its frames, and labels are re-laid out when it rests.
   */
  setSites(sites: SiteRecord[]) {
    this.sites = sites;
    if (this.pending) this.request(this.pending);
    if (!this.loaded || this.sitesTask) return;
    const litOnly = !!this.drawnFrom && onlyLitChanged(this.drawnFrom, sites);
    const wait = litOnly ? Math.max(0, this.litPaintedAt + LIT_INTERVAL_MS - performance.now()) : 0;
    this.sitesTask = afterNextFrame(wait, () => {
      this.sitesTask = null;
      this.flushSites();
    });
  }

  private flushSites() {
    if (!this.sites || !this.loaded) return;
    if (this.drawn && this.drawnFrom && onlyLitChanged(this.drawnFrom, this.sites)) {
      writeSiteState(this.map, this.sites, this.drawn);
      this.litPaintedAt = performance.now();
      clearTimeout(this.relabelTimer);
      this.relabelTimer = window.setTimeout(() => this.applySites(), RELABEL_AFTER_MS);
    } else this.applySites();
  }

  private applySites() {
    clearTimeout(this.relabelTimer);
    if (!this.sites || !this.loaded) return;
    this.drawnFrom = this.sites;
    this.drawn = siteGeoJson(this.sites, this.map);
    this.written = writeSiteData(this.map, this.drawn, this.written);
    writeSiteState(this.map, this.sites, this.drawn);
  }

  /** Carry out a request from the store once; never while the reader is moving the map. */
  request(r: FramingRequest | null) {
    if (!r || r.seq <= this.lastRequest) return;
    if (this.readerMoving) {
      this.lastRequest = r.seq;
      return;
    }
    if (r.kind === 'home' && !this.sites) {
      this.pending = r;
      return;
    }
    this.pending = null;
    this.lastRequest = r.seq;
    const framing = framingFor(
      r,
      this.places,
      (this.sites ?? []).map((s) => s.id),
    );
    if (!framing) return;
    if (framing.kind === 'camera') this.move({ center: framing.center, zoom: framing.zoom });
    else this.fit(framing.bounds, framing.maxZoom);
  }

  private fit(bounds: [number, number, number, number], maxZoom: number) {
    const { width, height } = this.map.getContainer().getBoundingClientRect();
    // Clear of the cards over the map's edges, with room for labels (as the static frame).
    const padding = framingPadding({ width, height }, this.callbacks.overlayInsets());
    const camera = this.map.cameraForBounds(bounds, { padding, maxZoom });
    if (camera) this.move(camera);
  }

  private move(target: { center?: maplibregl.LngLatLike; zoom?: number }) {
    if (this.reducedMotion()) this.map.jumpTo(target);
    else this.map.flyTo({ ...target, duration: 1000, essential: false });
  }

  /**
   * The reader switched language: MapLibre's own strings (zoom buttons, credit toggle, the map's
   * accessible name) and the basemap's country names follow, on the same map.
   */
  setLanguage(lang: string) {
    if (lang === this.language) return;
    this.language = lang;
    const { locale } = this.callbacks.texts();
    Object.assign(this.map._locale, locale);
    this.map.getCanvas().setAttribute('aria-label', this.map._getUIString('Map.Title'));
    // Controls read their strings when added: add them again.
    this.map.removeControl(this.navigation);
    this.navigation = new maplibregl.NavigationControl({ showCompass: false });
    this.map.addControl(this.navigation, 'top-right');
    this.applyLabelLanguage();
  }

  private applyLabelLanguage() {
    if (!this.map.getLayer('country-labels')) return;
    const field = countryLabelField(this.language);
    this.map.setLayoutProperty('country-labels', 'text-field', field);
  }

  setStyle(style: maplibregl.StyleSpecification) {
    this.loaded = false;
    this.map.setStyle(style);
  }

  destroy() {
    cancelAnimationFrame(this.layoutFrame);
    clearTimeout(this.relabelTimer);
    this.sitesTask?.();
    this.popup.remove();
    this.map.remove();
  }
}
