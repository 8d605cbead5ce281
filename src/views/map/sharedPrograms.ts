/**
 * MapLibre compiles a shader for each mix of constant and per-feature paint properties that a
 * layer type uses. Without a GPU (SwiftShader) each one took ~50–80 ms on one thread before the
 * map's first frame: five circle layers and four text layers made seven shaders where two do
 * (BENCHMARKS.md, issue 22). Here every circle layer and every text layer reads all of its
 * shader's paint properties per feature, each with the value it had, so each type compiles once.
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';

/** The paint properties each shader reads, with MapLibre's defaults for those a layer leaves out. */
export const SHADER_PAINT = {
  circle: {
    'circle-radius': 5,
    'circle-color': '#000000',
    'circle-blur': 0,
    'circle-opacity': 1,
    'circle-stroke-width': 0,
    'circle-stroke-color': '#000000',
    'circle-stroke-opacity': 1,
  },
  symbol: {
    'text-color': '#000000',
    'text-opacity': 1,
    'text-halo-color': 'rgba(0, 0, 0, 0)',
    'text-halo-width': 0,
    'text-halo-blur': 0,
  },
} as const;

type PaintValue = string | number | ExpressionSpecification;

/** A property no feature has: the value reads the feature, yet is the same for all of them. */
const perFeature = (value: PaintValue): ExpressionSpecification => [
  'case',
  ['has', 'frontera:per-feature'],
  value,
  value,
];

const zoomDependent = (value: unknown): boolean =>
  Array.isArray(value) && JSON.stringify(value).includes('["zoom"]');

/** `layers` with the circle and text layers' paint read per feature, everything else as it was. */
export function sharePrograms(layers: LayerSpecification[]): LayerSpecification[] {
  return layers.map((layer) => {
    if (layer.type !== 'circle' && layer.type !== 'symbol') return layer;
    const paint: Record<string, unknown> = { ...layer.paint };
    for (const [name, fallback] of Object.entries(SHADER_PAINT[layer.type])) {
      const value = (paint[name] ?? fallback) as PaintValue;
      // A zoom curve must stay outermost; such a layer keeps a shader of its own.
      paint[name] = zoomDependent(value) ? value : perFeature(value);
    }
    return { ...layer, paint } as LayerSpecification;
  });
}
