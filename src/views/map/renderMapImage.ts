/**
 * The map for a slide, rendered afresh at export size rather than stretched from the screen: a
 * second, hidden MapLibre map with the same style and sites, framed as asked and read back. A
 * deck draws many maps in a row, so the hidden map is kept for a few seconds and reused while the
 * style and size stay the same (a new map per slide would load the basemap every time).
 */
import * as maplibregl from 'maplibre-gl';
import type { SiteRecord } from '../../domain/siteFeatures';
import { SnapshotError } from '../../ui/snapshotRegistry';
import type { Framing } from './framing';
import { siteGeoJson } from './siteGeoJson';
import { type WrittenSources, writeSiteData, writeSiteState } from './siteSources';

const TIMEOUT_MS = 20_000;
/** Labels and markers drawn 1.5× their screen size, to read from the back of a room. */
const SLIDE_SCALE = 1.5;
/** How long an unused hidden map is kept for the next slide. */
const KEEP_MS = 5_000;

interface Hidden {
  style: maplibregl.StyleSpecification;
  w: number;
  h: number;
  map: maplibregl.Map;
  el: HTMLElement;
  loaded: Promise<void>;
  written: WrittenSources;
  timer: number;
}
let hidden: Hidden | null = null;
/** Renders one at a time: slides share the hidden map. */
let queue: Promise<unknown> = Promise.resolve();

function dispose() {
  if (!hidden) return;
  clearTimeout(hidden.timer);
  hidden.map.remove();
  hidden.el.remove();
  hidden = null;
}

/** A slide's map that never arrives is said in the reader's words (SnapshotError's code). */
function withTimeout<T>(p: Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new SnapshotError('map-timeout')), TIMEOUT_MS);
    p.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });
}

function open(style: maplibregl.StyleSpecification, w: number, h: number): Hidden {
  if (hidden && hidden.style === style && hidden.w === w && hidden.h === h) {
    clearTimeout(hidden.timer);
    return hidden;
  }
  dispose();
  const el = document.createElement('div');
  el.setAttribute('aria-hidden', 'true');
  el.style.cssText = `position:fixed;left:${-w - 100}px;top:0;width:${w}px;height:${h}px;`;
  document.body.append(el);
  const map = new maplibregl.Map({
    container: el,
    style,
    interactive: false,
    attributionControl: false,
    fadeDuration: 0,
    pixelRatio: SLIDE_SCALE,
    canvasContextAttributes: { preserveDrawingBuffer: true },
  });
  const loaded = new Promise<void>((resolve, reject) => {
    map.once('load', () => resolve());
    map.once('error', (e) => {
      console.warn('[frontera] slide map:', e.error);
      reject(new SnapshotError('map-error'));
    });
  });
  hidden = { style, w, h, map, el, loaded, written: {}, timer: 0 };
  return hidden;
}

async function draw(
  style: maplibregl.StyleSpecification,
  sites: readonly SiteRecord[],
  framing: Framing,
  width: number,
  height: number,
): Promise<HTMLCanvasElement> {
  const w = Math.round(width / SLIDE_SCALE);
  const h = Math.round(height / SLIDE_SCALE);
  const m = open(style, w, h);
  try {
    await withTimeout(m.loaded);
    const { map } = m;
    if (framing.kind === 'camera') map.jumpTo({ center: framing.center, zoom: framing.zoom });
    else {
      // As the live map frames places: padded, with room for the labels beside the outer markers.
      const pad = Math.min(48, Math.min(w, h) * 0.08);
      const side = Math.min(70, w * 0.12);
      const camera = map.cameraForBounds(framing.bounds, {
        padding: { top: pad, bottom: pad, left: pad + side, right: pad + side },
        maxZoom: framing.maxZoom,
      });
      if (camera) map.jumpTo(camera);
    }
    const drawn = siteGeoJson(sites, map);
    m.written = writeSiteData(map, drawn, m.written);
    writeSiteState(map, sites, drawn);
    const idle = new Promise<void>((resolve) => map.once('idle', () => resolve()));
    map.triggerRepaint();
    await withTimeout(idle);
    const copy = document.createElement('canvas');
    copy.width = width;
    copy.height = height;
    copy.getContext('2d')?.drawImage(map.getCanvas(), 0, 0, width, height);
    return copy;
  } catch (e) {
    dispose();
    throw e;
  } finally {
    if (hidden === m) hidden.timer = window.setTimeout(dispose, KEEP_MS);
  }
}

export function renderMapImage(
  style: maplibregl.StyleSpecification,
  sites: readonly SiteRecord[],
  framing: Framing,
  width: number,
  height: number,
): Promise<HTMLCanvasElement> {
  const run = queue.then(() => draw(style, sites, framing, width, height));
  queue = run.catch(() => undefined);
  return run;
}
