/**
 * The map for a slide, rendered afresh at export size rather than stretched from the screen: a
 * second, hidden MapLibre map with the same style, sites and bounds, read back and removed.
 */
import * as maplibregl from 'maplibre-gl';
import type { SiteRecord } from '../../domain/siteFeatures';
import { SnapshotError } from '../../ui/snapshotRegistry';
import { siteGeoJson } from './siteGeoJson';
import { writeSiteData, writeSiteState } from './siteSources';

const TIMEOUT_MS = 15_000;
/** Labels and markers drawn 1.5× their screen size, to read from the back of a room. */
const SLIDE_SCALE = 1.5;

export async function renderMapImage(
  style: maplibregl.StyleSpecification,
  sites: readonly SiteRecord[],
  bounds: maplibregl.LngLatBounds,
  width: number,
  height: number,
): Promise<HTMLCanvasElement> {
  const el = document.createElement('div');
  el.setAttribute('aria-hidden', 'true');
  const w = Math.round(width / SLIDE_SCALE);
  const h = Math.round(height / SLIDE_SCALE);
  el.style.cssText = `position:fixed;left:${-w - 100}px;top:0;width:${w}px;height:${h}px;`;
  document.body.append(el);
  const map = new maplibregl.Map({
    container: el,
    style,
    bounds,
    interactive: false,
    attributionControl: false,
    fadeDuration: 0,
    pixelRatio: SLIDE_SCALE,
    canvasContextAttributes: { preserveDrawingBuffer: true },
  });
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new SnapshotError('map-timeout')), TIMEOUT_MS);
      map.once('load', () => {
        const drawn = siteGeoJson(sites, map);
        writeSiteData(map, drawn);
        writeSiteState(map, sites, drawn);
        map.once('idle', () => {
          clearTimeout(timer);
          resolve();
        });
      });
      map.once('error', (e) => {
        clearTimeout(timer);
        console.warn('[frontera] slide map:', e.error);
        reject(new SnapshotError('map-error'));
      });
    });
    const copy = document.createElement('canvas');
    copy.width = width;
    copy.height = height;
    copy.getContext('2d')?.drawImage(map.getCanvas(), 0, 0, width, height);
    return copy;
  } finally {
    map.remove();
    el.remove();
  }
}
