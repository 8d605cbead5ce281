/**
 * The map engine: the one owner of the MapLibre instance — created once, updated by small diffs,
 * removed on unmount. It knows nothing of the session or of other components: the React shell
 * (MapView) talks to it through these methods and callbacks, never to MapLibre directly.
 * Framing requests are resolved with MapLibre's own cameraForBounds at the map's real size
 * (./cameras.ts; the home view is ./homeCamera.ts, shared with the static first frame), and
 * ignored while the reader is moving the map by hand. A click picks the
 * marker drawn under the pointer and never moves the map: a selection already in plain view
 * stays where it is.
 */
import * as maplibregl from 'maplibre-gl';
import { assets } from '#assets';
import type { Place } from '../../data/schema';
import { boundsOf } from '../../domain/borderFrame';
import type { EdgeIndicator } from '../../domain/edgeIndicators';
import type { PlacedLabel } from '../../domain/labelLayout';
import type { MapRequest as FramingRequest, Camera as MapCamera } from '../../domain/mapFraming';
import type { SiteRecord } from '../../domain/siteFeatures';
import { whenIdle } from '../../ui/whenIdle';
import { DETAIL_WANTED_ZOOM, loadBasemapDetail } from './basemapDetail';
import { cameraForBounds, type Overlays, revealCamera } from './cameras';
import { closestZoom, type Framing, framingFor } from './framing';
import { FALLBACK_HOME, homeCamera } from './homeCamera';
import { countryLabelField } from './mapLocale';
import { labelMeasurer } from './measureLabel';
import { type Picked, pickMarker } from './pickMarker';
import { type RenderedLabel, renderedBasemap, renderedLabels, renderedMarkers } from './readBack';
import { renderMapImage } from './renderMapImage';
import { type DrawnMarker, type SiteGeoJson, siteGeoJson } from './siteGeoJson';
import { NARROW_LABELS_PX } from './siteLayout';
import { onlyLitChanged, type WrittenSources, writeSiteData, writeSiteState } from './siteSources';
import { type Presenter, presentAsynchronously } from './softwarePresent';

maplibregl.setWorkerUrl(assets.mapWorkerUrl);

export const MAP_READY_MARK = 'frontera:map-ready';

/** The closest a reader can zoom out; the static first frame frames with the same limit. */
export const MIN_ZOOM = 1.5;
/** A framing the reader can follow: long enough to see where the map goes, never a jump. */
const EASE_MS = 900;

/** Texts the map writes itself (popups), in the reader's language. */
export interface MapTexts {
  popup: (name: string, count: number, total: number) => string;
  groupItem: (name: string, count: number) => string;
  /** MapLibre's own strings (its locale option): the map's accessible name. */
  locale: Record<string, string>;
  /** Language of the basemap's country names ("en", "es"). */
  labelLanguage: string;
}

export interface MapCallbacks {
  onSelectPlace: (placeId: string) => void;
  texts: () => MapTexts;
  /** The reader moved the map (drag, wheel, keys): where it ended. */
  onCamera: (camera: MapCamera) => void;
  /** What the shell draws over the map (cards, controls): framing and labels keep clear. */
  overlays: () => Overlays;
  /** Sites outside the view, as chips for the shell to draw at the map's edge. */
  onIndicators: (indicators: readonly EdgeIndicator[]) => void;
  /** Size of an edge chip for a name and a count, in the shell's font. */
  chipSize: (name: string, more: number) => { width: number; height: number };
  onError?: (message: string) => void;
  /** Style loaded, sites drawn, nothing left to draw: the static first frame can go. */
  onReady?: () => void;
}

/** A marker as drawn, in map-container pixels. */
export type DrawnSite = DrawnMarker;

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
  /** The hover tip: never takes the pointer, so it can never swallow a click. */
  private tip: maplibregl.Popup;
  /** A group's list of members, which the reader clicks into. */
  private popup: maplibregl.Popup;
  private readonly measure = labelMeasurer();
  private indicatorsKey = '';
  /** Latest sites, laid out again on every zoom and whenever a style finishes loading. */
  private sites: SiteRecord[] | null = null;
  private drawn: SiteGeoJson | null = null;
  private written: WrittenSources = {};
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
  /** Software WebGL only: the copy that shows the map's frames without holding up the page. */
  private readonly presenter: Presenter | null;
  /** True once the frame drawn at the last idle is on screen. */
  private shown = false;
  /** True from the reader's first drag or wheel until the move ends. */
  private readerMoving = false;
  private lastRequest = 0;
  /** A reveal that arrived before anything was drawn. */
  private pending: FramingRequest | null = null;
  /** Language of the basemap's country names and of MapLibre's own strings. */
  private language: string;
  /** The basemap's detail is wanted: the reader zooms in, or the map is shown and the page idle. */
  private detailWanted = false;
  private removed = false;

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
        : { bounds: [...FALLBACK_HOME] as [number, number, number, number] }),
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
    this.presenter = presentAsynchronously(this.map);
    this.map.touchZoomRotate.disableRotation();
    this.map.keyboard.disableRotation();
    this.language = callbacks.texts().labelLanguage;
    // Opened on the border itself, not a continent it then has to fly in from.
    if (!camera) this.map.jumpTo(this.homeCamera());
    // A link that opens zoomed in gets the detail with the rest.
    this.detailWanted = this.map.getZoom() >= DETAIL_WANTED_ZOOM;
    this.tip = new maplibregl.Popup({
      closeButton: false,
      closeOnClick: false,
      offset: 14,
      className: 'site-popup site-tip',
    });
    this.popup = new maplibregl.Popup({
      closeButton: false,
      closeOnClick: true,
      offset: 20,
      className: 'site-popup',
    });
    this.map.on('style.load', () => {
      this.loaded = true;
      this.written = {}; // a new style has new, empty sources
      this.applySites();
      this.applyLabelLanguage();
      if (this.detailWanted) void loadBasemapDetail(this.map, document.baseURI);
      if (this.pending) this.request(this.pending);
    });
    this.map.on('zoom', () => {
      if (this.map.getZoom() >= DETAIL_WANTED_ZOOM) this.wantDetail();
    });
    // Spread co-located sites again as the scale changes, once per frame at most.
    const relayout = () => {
      if (this.layoutFrame) return;
      this.layoutFrame = requestAnimationFrame(() => {
        this.layoutFrame = 0;
        this.applySites();
      });
    };
    this.map.on('move', relayout);
    this.map.on('resize', relayout);
    // Labels are measured in the page's font: lay out again once it has loaded.
    document.fonts?.ready.then(() => relayout()).catch(() => {});
    this.map.on('idle', () => {
      this.idle = true;
      const onScreen = () => {
        // A frame drawn meanwhile: the next idle reports.
        if (!this.idle) return;
        this.shown = true;
        if (!this.isReady()) return;
        // For `npm run bench` and tests: navigation → map idle with its sites drawn and shown.
        if (performance.getEntriesByName(MAP_READY_MARK).length === 0)
          performance.mark(MAP_READY_MARK);
        if (!this.detailWanted) whenIdle(() => this.wantDetail(), 1000);
        this.callbacks.onReady?.();
      };
      if (this.presenter) this.presenter.present().then(onScreen);
      else onScreen();
    });
    this.map.on('render', () => {
      this.idle = false;
      this.shown = false;
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
    this.map.on('mouseout', () => this.tip.remove());
  }

  private pick(point: maplibregl.Point): Picked | null {
    if (!this.drawn) return null;
    const coarse = window.matchMedia?.('(pointer: coarse)').matches ?? false;
    const lit = new Set(this.sites?.filter((x) => x.lit).map((x) => x.id));
    return pickMarker(this.map, this.drawn, lit, point, coarse);
  }

  private onClick(e: maplibregl.MapMouseEvent) {
    const picked = this.pick(e.point);
    if (!picked) return;
    this.tip.remove();
    if (picked.group) {
      this.showGroup(picked.group, picked.at);
      return;
    }
    this.popup.remove();
    this.callbacks.onSelectPlace(picked.id);
  }

  /** A named group lists its members; choosing one selects it like a marker click. */
  private showGroup(ids: readonly string[], at: [number, number]) {
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
    this.popup.setLngLat(at).setDOMContent(list).addTo(this.map);
    list.querySelector('button')?.focus();
  }

  private onHover(e: maplibregl.MapMouseEvent) {
    const picked = this.pick(e.point);
    this.map.getCanvas().style.cursor = picked ? 'pointer' : '';
    const site = picked && !picked.group ? this.sites?.find((s) => s.id === picked.id) : null;
    if (!site || !picked) {
      this.tip.remove();
      return;
    }
    this.tip
      .setOffset(picked.r + 4)
      .setLngLat(picked.at)
      .setText(this.callbacks.texts().popup(site.name, site.count, site.total))
      .addTo(this.map);
  }

  private wantDetail() {
    if (this.detailWanted || this.removed) return;
    this.detailWanted = true;
    if (this.loaded) void loadBasemapDetail(this.map, document.baseURI);
  }

  /** Style loaded, sites drawn, nothing left to draw: what tests and screenshots wait for. */
  isReady(): boolean {
    return this.loaded && this.sites !== null && this.drawn !== null && this.idle && this.shown;
  }

  /** Where each marker is drawn, for tools that must click what a reader sees. */
  drawnSites(): readonly DrawnSite[] {
    return this.drawn?.screen ?? [];
  }

  /** Where each label was placed (container pixels). */
  drawnLabels(): readonly PlacedLabel[] {
    return this.drawn?.labels ?? [];
  }

  /** The markers MapLibre has rendered, read back from its own features (./readBack.ts). */
  renderedSites(): DrawnSite[] {
    return renderedMarkers(this.map);
  }

  /** The labels MapLibre has rendered, from its own hit tests (./readBack.ts). */
  renderedLabels(): RenderedLabel[] {
    return renderedLabels(this.map);
  }

  /** The basemap layers drawing in view: overview or detail (./readBack.ts). */
  renderedBasemap(): string[] {
    return renderedBasemap(this.map);
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
      bounds: [...FALLBACK_HOME],
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
    const overlays = this.callbacks.overlays();
    this.drawn = siteGeoJson(this.sites, this.map, {
      measure: this.measure,
      obstacles: overlays.boxes,
      chip: this.callbacks.chipSize,
      bottomBand: overlays.bottom,
      small: this.map.getContainer().clientWidth < NARROW_LABELS_PX,
    });
    this.written = writeSiteData(this.map, this.drawn, this.written);
    writeSiteState(this.map, this.sites, this.drawn);
    const indicators = this.drawn.indicators;
    const key = JSON.stringify(indicators);
    if (key !== this.indicatorsKey) {
      this.indicatorsKey = key;
      this.callbacks.onIndicators(indicators);
    }
  }

  /** Carry out a request from the store once; never while the reader is moving the map. */
  request(r: FramingRequest | null) {
    if (!r || r.seq <= this.lastRequest) return;
    if (this.readerMoving) {
      this.lastRequest = r.seq;
      return;
    }
    this.lastRequest = r.seq;
    this.pending = null;
    if (r.kind === 'camera') {
      this.move({ center: [r.camera.lon, r.camera.lat], zoom: r.camera.zoom });
      return;
    }
    if (r.kind === 'home') {
      this.move(this.homeCamera());
      return;
    }
    const places = r.placeIds.flatMap((id) => this.places.get(id) ?? []);
    if (places.length === 0) return;
    if (r.kind === 'reveal') {
      // Before the style has loaded nothing is drawn yet: ask again once it is.
      if (!this.loaded) {
        this.lastRequest = r.seq - 1;
        this.pending = r;
        return;
      }
      const target = revealCamera(
        this.map,
        places.map((p) => this.drawnAt(p)),
        this.overlays(),
      );
      if (target) this.move(target);
      return;
    }
    const bounds = boundsOf(places);
    const maxZoom = closestZoom(places, r.maxZoom);
    const camera = bounds && cameraForBounds(this.map, bounds, this.overlays(), maxZoom);
    if (camera) this.move(camera);
  }

  /** Where a place is drawn now: its spread position if it has one, else its own. */
  private drawnAt(p: Place) {
    const drawn = this.drawn?.screen.find((s) => s.id === p.id);
    const at = drawn ?? this.map.project([p.lon, p.lat]);
    return { lon: p.lon, lat: p.lat, x: at.x, y: at.y };
  }

  private overlays(): Overlays {
    return this.callbacks.overlays();
  }

  /** The border from the Pacific to the Gulf, with every border site (as the static frame). */
  private homeCamera(): { center: [number, number]; zoom: number } {
    const el = this.map.getContainer();
    const size = { width: el.clientWidth, height: el.clientHeight };
    const c = homeCamera([...this.places.values()], size, this.overlays().boxes, MIN_ZOOM);
    return { center: [c.lon, c.lat], zoom: c.zoom };
  }

  /** An ease the reader can follow (a flight for long trips); a jump under reduced motion. */
  private move(target: { center: maplibregl.LngLatLike; zoom: number }) {
    if (this.reducedMotion()) this.map.jumpTo(target);
    else this.map.flyTo({ ...target, speed: 1.4, maxDuration: EASE_MS * 1.6, essential: false });
  }

  /** The zoom buttons: one step in or out about the centre. */
  zoomBy(delta: 1 | -1) {
    if (delta > 0) this.map.zoomIn({ animate: !this.reducedMotion() });
    else this.map.zoomOut({ animate: !this.reducedMotion() });
  }

  /**
   * The reader switched language: MapLibre's own strings (the map's accessible name) and the
   * basemap's country names follow, on the same map.
   */
  setLanguage(lang: string) {
    // The strings may arrive after the language (a catalogue loads on first use): apply them
    // every time; the country names only when the language changes.
    Object.assign(this.map._locale, this.callbacks.texts().locale);
    this.map.getCanvas().setAttribute('aria-label', this.map._getUIString('Map.Title'));
    if (lang === this.language) return;
    this.language = lang;
    this.applyLabelLanguage();
  }

  private applyLabelLanguage() {
    if (!this.map.getLayer('country-labels')) return;
    // Country names and the names either side of the border, in the reader's language.
    for (const layer of ['country-labels', 'border-side-labels'])
      this.map.setLayoutProperty(layer, 'text-field', countryLabelField(this.language));
  }

  setStyle(style: maplibregl.StyleSpecification) {
    this.loaded = false;
    // Rebuilt, not diffed: 'style.load' then puts back the sites and the basemap's detail (a
    // diff would empty their sources and say nothing).
    this.map.setStyle(style, { diff: false });
  }

  destroy() {
    this.removed = true;
    cancelAnimationFrame(this.layoutFrame);
    clearTimeout(this.relabelTimer);
    this.sitesTask?.();
    this.popup.remove();
    this.tip.remove();
    this.presenter?.dispose();
    this.map.remove();
  }
}
