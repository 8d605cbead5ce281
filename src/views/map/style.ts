/**
 * The offline map style: basemap GeoJSON served from public/basemap, labels drawn from a bundled
 * woff2 through `font-faces` (no glyph server, no tiles, no network beyond the app's own files).
 * The map opens on the overview file; the detailed coasts and borders arrive later
 * (./basemapDetail.ts) into a source that starts empty.
 */
import fontUrl from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { assets } from '#assets';
import { type BasemapLayer, DETAIL_ZOOM } from '../../assets/types';
import type { MapColours as MapTheme } from '../../ui/palette';
import { FONT } from './fontName';
import { countryLabelField } from './mapLocale';
import { sharePrograms } from './sharedPrograms';
import { siteLayers } from './siteLayers';

export const COUNTRY_LABEL_LAYER = 'country-labels';
export const DETAIL_SOURCE = 'basemap-detail';
/**
 * Each overview layer, the detail layer that replaces it from DETAIL_ZOOM in, and the paint that
 * hands one over to the other (./basemapDetail.ts).
 */
export const BASEMAP_SWAP = [
  { overview: 'land', detail: 'land-detail', opacity: 'fill-opacity' },
  { overview: 'borders', detail: 'borders-detail', opacity: 'line-opacity' },
] as const;
/**
 * The detail layers are tiled from two zooms below DETAIL_ZOOM (the home views of a phone and of
 * a laptop) but drawn only from it: zooming or jumping in past it, MapLibre draws the tiles it
 * already has until the new zoom's arrive, and those must hold the detail too, or the land would
 * be missing meanwhile.
 */
export const DETAIL_TILED_FROM = DETAIL_ZOOM - 2;
const DETAIL_FROM: ExpressionSpecification = ['step', ['zoom'], 0, DETAIL_ZOOM, 1];
/** The overview's opacity once the detail is in: none from DETAIL_ZOOM in. */
export const UNTIL_DETAIL: ExpressionSpecification = ['step', ['zoom'], 1, DETAIL_ZOOM, 0];

const BASEMAP = 'basemap';
const EMPTY = { type: 'FeatureCollection' as const, features: [] };
/** The basemap's features that feed one layer. */
const only = (layer: BasemapLayer): ExpressionSpecification => ['==', ['get', 'layer'], layer];

/** ISO 3166 numeric ids of the two countries the map is about. */
const FOCUS = ['840', '484'];
const LABELLED = ['840', '484', '320', '340', '222', '558', '084', '188', '591', '192', '124'];

/**
 * The style, with country names in `lang`. The live map loads the basemap's detail later; a
 * slide, drawn once and possibly close in, asks for it with the rest (`withDetail`).
 */
export function buildStyle(
  baseUrl: string,
  theme: MapTheme,
  lang = 'en',
  { withDetail = false } = {},
): StyleSpecification {
  const url = (path: string) => new URL(path, baseUrl).href;
  const { overview, detail } = assets.basemap;

  const land = (id: string, source: string): LayerSpecification => ({
    id,
    type: 'fill',
    source,
    filter: only('countries'),
    paint: {
      'fill-color': [
        'case',
        ['in', ['get', 'iso'], ['literal', FOCUS]],
        theme.landFocus,
        theme.land,
      ],
    },
  });
  const borders = (id: string, source: string): LayerSpecification => ({
    id,
    type: 'line',
    source,
    filter: only('borders'),
    paint: { 'line-color': theme.border, 'line-width': 0.9 },
  });
  const withOpacity = (layer: LayerSpecification, opacity: string, value: unknown) =>
    ({
      ...layer,
      paint: { ...(layer as { paint: object }).paint, [opacity]: value },
    }) as LayerSpecification;
  const detailed = (layer: LayerSpecification, opacity: string) => ({
    ...withOpacity(layer, opacity, DETAIL_FROM),
    minzoom: DETAIL_TILED_FROM,
  });
  /** The overview gives way to the detail from DETAIL_ZOOM in when the detail comes with it. */
  const overviewOf = (layer: LayerSpecification, opacity: string) =>
    withDetail ? withOpacity(layer, opacity, UNTIL_DETAIL) : layer;
  return {
    version: 8,
    name: 'Frontera offline',
    'font-faces': { [FONT]: url(fontUrl) },
    sources: {
      // One source for every basemap layer: its tiles arrive together, not one layer at a time.
      [BASEMAP]: { type: 'geojson', data: typeof overview === 'string' ? url(overview) : overview },
      [DETAIL_SOURCE]: {
        type: 'geojson',
        data: !withDetail ? EMPTY : typeof detail === 'string' ? url(detail) : detail(),
      },
      // Feature ids let the playhead light sites by feature state (src/views/map/siteSources.ts).
      sites: {
        type: 'geojson',
        data: { type: 'FeatureCollection', features: [] },
        promoteId: 'id',
      },
      'site-leaders': { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
      'site-groups': {
        type: 'geojson',
        data: { type: 'FeatureCollection', features: [] },
        promoteId: 'ids',
      },
    },
    layers: sharePrograms([
      { id: 'water', type: 'background', paint: { 'background-color': theme.water } },
      overviewOf(land('land', BASEMAP), 'fill-opacity'),
      detailed(land('land-detail', DETAIL_SOURCE), 'fill-opacity'),
      {
        id: 'us-states',
        type: 'line',
        source: BASEMAP,
        filter: only('us-states'),
        paint: { 'line-color': theme.stateLine, 'line-width': 0.7, 'line-dasharray': [3, 2] },
      },
      overviewOf(borders('borders', BASEMAP), 'line-opacity'),
      detailed(borders('borders-detail', DETAIL_SOURCE), 'line-opacity'),
      {
        id: 'us-mexico-border-casing',
        type: 'line',
        source: BASEMAP,
        filter: only('us-mexico-border'),
        paint: { 'line-color': theme.usMexicoBorder, 'line-width': 6, 'line-opacity': 0.18 },
      },
      {
        id: 'us-mexico-border',
        type: 'line',
        source: BASEMAP,
        filter: only('us-mexico-border'),
        paint: { 'line-color': theme.usMexicoBorder, 'line-width': 2 },
      },
      {
        id: COUNTRY_LABEL_LAYER,
        type: 'symbol',
        source: BASEMAP,
        filter: [
          'all',
          only('country-labels'),
          ['!', ['has', 'side']],
          ['in', ['get', 'iso'], ['literal', LABELLED]],
        ],
        layout: {
          'text-field': countryLabelField(lang),
          'text-font': [FONT],
          'text-size': ['interpolate', ['linear'], ['zoom'], 3, 10, 6, 14],
          'text-letter-spacing': 0.15,
          'text-max-width': 6,
        },
        paint: {
          'text-color': theme.label,
          'text-opacity': 0.45,
          'text-halo-color': theme.labelHalo,
          'text-halo-width': 1,
        },
      },
      {
        // Which side is which, close in: names just north and south of the border line.
        id: 'border-side-labels',
        type: 'symbol',
        source: BASEMAP,
        minzoom: 5,
        filter: ['all', only('country-labels'), ['has', 'side']],
        layout: {
          'text-field': countryLabelField(lang),
          'text-font': [FONT],
          'text-size': ['interpolate', ['linear'], ['zoom'], 5, 11, 8, 14],
          'text-letter-spacing': 0.15,
          'text-anchor': ['match', ['get', 'side'], 'north', 'bottom', 'top'],
          'text-offset': [
            'match',
            ['get', 'side'],
            'north',
            ['literal', [0, -0.8]],
            ['literal', [0, 0.8]],
          ],
          'symbol-spacing': 400,
        },
        paint: {
          'text-color': theme.label,
          'text-opacity': 0.6,
          'text-halo-color': theme.labelHalo,
          'text-halo-width': 1.2,
        },
      },
      ...siteLayers(theme),
    ]),
  };
}
