/**
 * Site marker layers as typed data. Cities, crossings and buildings are solid dots; areas
 * (states, countries, regions, sectors) are rings with uppercase labels, so the two read
 * differently without relying on colour. Markers moved apart to stay clickable keep a leader line
 * to a small dot at their true place. Sites near the playhead get a halo and bold ink; the others
 * fade while something is lit, so the map visibly follows the timeline.
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { MapColours } from '../../ui/palette';
import { FONT } from './fontName';

export const SITE_LAYER = 'site-markers';
export const AREA_LAYER = 'site-areas';
export const GROUP_LAYER = 'site-groups';
export const INTERACTIVE_LAYERS = [SITE_LAYER, AREA_LAYER, GROUP_LAYER];

/** Paint reads what the playhead lights from feature state: a step repaints, never re-tiles. */
const isLit: ExpressionSpecification = ['boolean', ['feature-state', 'lit'], false];
/** Layout cannot read feature state: label size and priority follow the data, a beat later. */
const isLitLayout: ExpressionSpecification = ['==', ['get', 'lit'], 1];
const isSelected: ExpressionSpecification = ['==', ['get', 'selected'], 1];
/** Faded while other sites are lit, so the lit ones stand out. */
const presence: ExpressionSpecification = [
  'case',
  ['boolean', ['feature-state', 'dim'], false],
  0.45,
  1,
];

const stroke = (c: MapColours, normal: string): ExpressionSpecification => [
  'case',
  isSelected,
  c.selected,
  isLit,
  c.lit,
  normal,
];
const strokeWidth: ExpressionSpecification = ['case', isSelected, 3.5, isLit, 3, 1.2];

export function siteLayers(c: MapColours): LayerSpecification[] {
  return [
    {
      id: 'site-leaders',
      type: 'line',
      source: 'site-leaders',
      paint: { 'line-color': c.label, 'line-width': 1, 'line-opacity': 0.55 },
    },
    {
      id: 'site-anchors',
      type: 'circle',
      source: 'site-leaders',
      filter: ['==', ['geometry-type'], 'Point'],
      paint: { 'circle-radius': 2, 'circle-color': c.label, 'circle-opacity': 0.7 },
    },
    {
      id: 'site-lit-halo',
      type: 'circle',
      source: 'sites',
      paint: {
        'circle-radius': ['+', ['get', 'r'], 7],
        'circle-color': c.lit,
        'circle-opacity': ['case', isLit, 0.35, 0],
        'circle-blur': 0.3,
      },
    },
    {
      id: AREA_LAYER,
      type: 'circle',
      source: 'sites',
      filter: ['==', ['get', 'area'], 1],
      paint: {
        'circle-radius': ['get', 'r'],
        'circle-color': c.area,
        'circle-opacity': ['*', presence, ['case', ['>', ['get', 'count'], 0], 0.16, 0.05]],
        'circle-stroke-color': stroke(c, c.area),
        'circle-stroke-width': strokeWidth,
        'circle-stroke-opacity': ['*', presence, ['case', ['>', ['get', 'count'], 0], 0.95, 0.45]],
      },
    },
    {
      id: SITE_LAYER,
      type: 'circle',
      source: 'sites',
      filter: ['==', ['get', 'area'], 0],
      paint: {
        'circle-radius': ['get', 'r'],
        'circle-color': ['case', ['>', ['get', 'count'], 0], c.site, c.siteEmpty],
        'circle-opacity': ['*', presence, ['case', ['>', ['get', 'count'], 0], 0.92, 0.55]],
        'circle-stroke-color': stroke(c, c.labelHalo),
        'circle-stroke-width': strokeWidth,
      },
    },
    {
      id: GROUP_LAYER,
      type: 'circle',
      source: 'site-groups',
      paint: {
        'circle-radius': 16,
        'circle-color': c.site,
        'circle-opacity': 0.85,
        'circle-stroke-color': stroke(c, c.labelHalo),
        'circle-stroke-width': strokeWidth,
      },
    },
    {
      id: 'site-group-labels',
      type: 'symbol',
      source: 'site-groups',
      layout: {
        'text-field': ['get', 'label'],
        'text-font': [FONT],
        'text-size': 12,
        'text-offset': [0, 2.1],
        'text-max-width': 14,
      },
      paint: { 'text-color': c.label, 'text-halo-color': c.labelHalo, 'text-halo-width': 1.5 },
    },
    {
      id: 'site-labels',
      type: 'symbol',
      source: 'sites',
      layout: {
        'text-field': [
          'case',
          ['==', ['get', 'area'], 1],
          ['upcase', ['get', 'name']],
          ['get', 'name'],
        ],
        'text-font': [FONT],
        'text-size': ['case', ['==', ['get', 'area'], 1], 10, isLitLayout, 13, 12],
        'text-letter-spacing': ['case', ['==', ['get', 'area'], 1], 0.06, 0],
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': ['+', 0.5, ['/', ['get', 'r'], 12]],
        'text-justify': 'auto',
        'text-max-width': 9,
        // Lit and selected sites win the collisions; the rest give way.
        'symbol-sort-key': ['case', isSelected, 0, isLitLayout, 1, ['-', 100, ['get', 'count']]],
      },
      paint: {
        'text-color': ['case', isLit, c.lit, ['==', ['get', 'area'], 1], c.area, c.label],
        'text-opacity': presence,
        'text-halo-color': c.labelHalo,
        'text-halo-width': 1.6,
      },
    },
  ];
}
