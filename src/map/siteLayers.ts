/**
 * Site marker layers as typed data. Points (cities, crossings, buildings) are solid dots that
 * cluster when crowded; areas (states, countries, regions, sectors) are hollow dashed-looking
 * rings with uppercase labels, so the two read differently without relying on colour.
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { MapColours as MapTheme } from '../ui/palette';
import { FONT } from './fontName';

export const POINT_LAYER = 'site-points';
export const CLUSTER_LAYER = 'site-clusters';
export const AREA_LAYER = 'site-areas';
export const INTERACTIVE_LAYERS = [POINT_LAYER, AREA_LAYER, CLUSTER_LAYER];

/** Radius grows with the square root of the count so area, not radius, tracks the number. */
const radius = (base: number): ExpressionSpecification => [
  '+',
  base,
  ['*', 3.2, ['sqrt', ['to-number', ['get', 'count'], 0]]],
];

const litOrSelectedStroke = (theme: MapTheme, normal: string): ExpressionSpecification => [
  'case',
  ['==', ['get', 'selected'], 1],
  theme.selected,
  ['==', ['get', 'lit'], 1],
  theme.lit,
  normal,
];

const strokeWidth: ExpressionSpecification = [
  'case',
  ['==', ['get', 'selected'], 1],
  3.5,
  ['==', ['get', 'lit'], 1],
  3,
  1.2,
];

export function siteLayers(theme: MapTheme): LayerSpecification[] {
  return [
    {
      id: AREA_LAYER,
      type: 'circle',
      source: 'sites-areas',
      paint: {
        'circle-radius': radius(9),
        'circle-color': theme.area,
        'circle-opacity': ['case', ['>', ['get', 'count'], 0], 0.14, 0.05],
        'circle-stroke-color': litOrSelectedStroke(theme, theme.area),
        'circle-stroke-width': strokeWidth,
        'circle-stroke-opacity': ['case', ['>', ['get', 'count'], 0], 0.9, 0.4],
      },
    },
    {
      id: 'site-lit-halo',
      type: 'circle',
      source: 'sites-points',
      filter: ['==', ['get', 'lit'], 1],
      paint: {
        'circle-radius': radius(11),
        'circle-color': theme.lit,
        'circle-opacity': 0.3,
        'circle-blur': 0.4,
      },
    },
    {
      id: CLUSTER_LAYER,
      type: 'circle',
      source: 'sites-points',
      filter: ['has', 'point_count'],
      paint: {
        'circle-radius': radius(8),
        'circle-color': theme.site,
        'circle-opacity': 0.85,
        'circle-stroke-color': litOrSelectedStroke(theme, theme.labelHalo),
        'circle-stroke-width': strokeWidth,
      },
    },
    {
      id: POINT_LAYER,
      type: 'circle',
      source: 'sites-points',
      filter: ['!', ['has', 'point_count']],
      paint: {
        'circle-radius': radius(4),
        'circle-color': ['case', ['>', ['get', 'count'], 0], theme.site, theme.siteEmpty],
        'circle-opacity': ['case', ['>', ['get', 'count'], 0], 0.92, 0.5],
        'circle-stroke-color': litOrSelectedStroke(theme, theme.labelHalo),
        'circle-stroke-width': strokeWidth,
      },
    },
    {
      id: 'site-cluster-count',
      type: 'symbol',
      source: 'sites-points',
      filter: ['has', 'point_count'],
      layout: {
        'text-field': ['concat', ['to-string', ['get', 'point_count']], ' sites'],
        'text-font': [FONT],
        'text-size': 11,
        'text-offset': [0, 1.9],
        'text-allow-overlap': false,
      },
      paint: {
        'text-color': theme.label,
        'text-halo-color': theme.labelHalo,
        'text-halo-width': 1.5,
      },
    },
    {
      id: 'site-labels',
      type: 'symbol',
      source: 'sites-points',
      filter: ['!', ['has', 'point_count']],
      layout: {
        'text-field': ['get', 'name'],
        'text-font': [FONT],
        'text-size': 12,
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 0.9,
        'text-justify': 'auto',
        'text-max-width': 9,
      },
      paint: {
        'text-color': theme.label,
        'text-halo-color': theme.labelHalo,
        'text-halo-width': 1.5,
      },
    },
    {
      id: 'area-labels',
      type: 'symbol',
      source: 'sites-areas',
      layout: {
        'text-field': ['upcase', ['get', 'name']],
        'text-font': [FONT],
        'text-size': 10,
        'text-letter-spacing': 0.08,
        'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
        'text-radial-offset': 1.4,
        'text-max-width': 8,
      },
      paint: {
        'text-color': theme.area,
        'text-halo-color': theme.labelHalo,
        'text-halo-width': 1.5,
      },
    },
  ];
}
