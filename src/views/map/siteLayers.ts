/**
 * Site marker layers as typed data. Cities, crossings and buildings are solid dots; areas
 * (states, countries, regions, sectors) are rings with uppercase labels, so the two read
 * differently without relying on colour. Markers moved apart to stay clickable keep a leader line
 * to a small dot at their true place. Sites with an event at the playhead get a halo and a bold
 * ring; sites where a longer span is under way get a thinner, paler ring and no halo; the others
 * fade while something is lit, so the map visibly follows the timeline. Labels are placed by
 * src/domain/labelLayout.ts (beside their own marker, by priority) and drawn exactly there.
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { MapColours } from '../../ui/palette';
import { FONT } from './fontName';

export const SITE_LAYER = 'site-markers';
export const AREA_LAYER = 'site-areas';
export const GROUP_LAYER = 'site-groups';
export const LABEL_LAYER = 'site-labels';
export const INTERACTIVE_LAYERS = [SITE_LAYER, AREA_LAYER, GROUP_LAYER];
export const LINE_HEIGHT = 1.2;
export const AREA_LETTER_SPACING = 0.06;

/** Paint reads what the playhead lights from feature state: a step repaints, never re-tiles. */
const isLit: ExpressionSpecification = ['boolean', ['feature-state', 'lit'], false];
const isOngoing: ExpressionSpecification = ['boolean', ['feature-state', 'ongoing'], false];
const isSelected: ExpressionSpecification = ['==', ['get', 'selected'], 1];
/** Off the map or behind a card: its edge chip stands for it, so it is not drawn half-hidden. */
const inView: ExpressionSpecification = ['!=', ['get', 'hidden'], 1];
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
  ['any', isLit, isOngoing],
  c.lit,
  normal,
];
const strokeWidth: ExpressionSpecification = ['case', isSelected, 3.5, isLit, 3, isOngoing, 2, 1.2];
/** An ongoing span's ring is paler than a lit one: under way, not happening that week. */
const strokeOpacity: ExpressionSpecification = ['case', isLit, 1, isOngoing, 0.55, 1];
/** Widest stroke plus the lit halo: how far a marker reaches beyond its radius as drawn. */
export const LIT_HALO = 7;

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
      filter: inView,
      paint: {
        'circle-radius': ['+', ['get', 'r'], LIT_HALO],
        'circle-color': c.lit,
        'circle-opacity': ['case', isLit, 0.35, 0],
        'circle-blur': 0.3,
      },
    },
    {
      id: AREA_LAYER,
      type: 'circle',
      source: 'sites',
      filter: ['all', inView, ['==', ['get', 'area'], 1]],
      paint: {
        'circle-radius': ['get', 'r'],
        'circle-color': c.area,
        'circle-opacity': ['*', presence, ['case', ['>', ['get', 'count'], 0], 0.16, 0.05]],
        'circle-stroke-color': stroke(c, c.area),
        'circle-stroke-width': strokeWidth,
        'circle-stroke-opacity': [
          '*',
          presence,
          strokeOpacity,
          ['case', ['>', ['get', 'count'], 0], 0.95, 0.45],
        ],
      },
    },
    {
      id: SITE_LAYER,
      type: 'circle',
      source: 'sites',
      filter: ['all', inView, ['==', ['get', 'area'], 0]],
      paint: {
        'circle-radius': ['get', 'r'],
        'circle-color': ['case', ['>', ['get', 'count'], 0], c.site, c.siteEmpty],
        'circle-opacity': ['*', presence, ['case', ['>', ['get', 'count'], 0], 0.92, 0.55]],
        'circle-stroke-color': stroke(c, c.labelHalo),
        'circle-stroke-width': strokeWidth,
        'circle-stroke-opacity': strokeOpacity,
      },
    },
    {
      id: GROUP_LAYER,
      type: 'circle',
      source: 'site-groups',
      filter: inView,
      paint: {
        'circle-radius': ['get', 'r'],
        'circle-color': c.site,
        'circle-opacity': 0.85,
        'circle-stroke-color': stroke(c, c.labelHalo),
        'circle-stroke-width': strokeWidth,
      },
    },
    labelLayer('site-group-labels', 'site-groups', c),
    labelLayer(LABEL_LAYER, 'sites', c),
  ];
}

/**
 * Labels where the layout put them: its anchor and offset, its own line breaks, drawn even where
 * they touch a basemap label (which then gives way), since the layout already kept them apart.
 */
function labelLayer(id: string, source: string, c: MapColours): LayerSpecification {
  const area: ExpressionSpecification = ['==', ['get', 'area'], 1];
  return {
    id,
    type: 'symbol',
    source,
    filter: ['!=', ['get', 'label'], ''],
    layout: {
      'text-field': ['get', 'label'],
      'text-font': [FONT],
      'text-size': ['get', 'size'],
      'text-letter-spacing': ['case', area, AREA_LETTER_SPACING, 0],
      'text-anchor': ['get', 'anchor'] as unknown as 'left',
      'text-offset': ['get', 'offset'] as unknown as [number, number],
      'text-justify': 'auto',
      'text-max-width': 100,
      'text-line-height': LINE_HEIGHT,
      'text-allow-overlap': true,
      'text-ignore-placement': false,
    },
    paint: {
      'text-color': ['case', isLit, c.lit, area, c.area, c.label],
      'text-opacity': presence,
      'text-halo-color': c.labelHalo,
      'text-halo-width': 1.6,
    },
  };
}
