import {
  createPropertyExpression,
  latest,
  type StylePropertySpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { PALETTES } from '../../ui/palette';
import { SHADER_PAINT, sharePrograms } from './sharedPrograms';
import { buildStyle } from './style';

type ShaderType = keyof typeof SHADER_PAINT;
const specOf = (name: string) =>
  (latest as unknown as Record<string, Record<string, StylePropertySpecification>>)[
    name.startsWith('circle') ? 'paint_circle' : 'paint_symbol'
  ]?.[name] as StylePropertySpecification;

/** How MapLibre reads a paint value: 'constant', 'source' (per feature), 'camera' or 'composite'. */
function kind(name: string, value: unknown): string {
  const parsed = createPropertyExpression(value, name, specOf(name));
  if (parsed.result === 'error') throw new Error(`${name}: ${parsed.value[0]?.message}`);
  return parsed.value.kind;
}

/** What decides a layer's shader: which of its shader's paint properties are read per feature. */
const shaderKey = (layer: LayerSpecification) =>
  Object.entries(SHADER_PAINT[layer.type as ShaderType])
    .map(([name, fallback]) => {
      const paint = (layer as { paint?: Record<string, unknown> }).paint ?? {};
      return `${name}:${kind(name, paint[name] ?? fallback)}`;
    })
    .join(' ');

const evaluate = (name: string, value: unknown, properties: Record<string, unknown>) => {
  const parsed = createPropertyExpression(value, name, specOf(name));
  if (parsed.result === 'error') throw new Error(name);
  return parsed.value.evaluate({ zoom: 5 }, { type: 'Point', properties, geometry: [] } as never, {
    lit: true,
    dim: false,
  });
};

describe('one shader per layer type', () => {
  for (const theme of ['light', 'dark'] as const)
    it(`gives every circle layer one shader, and every text layer one (${theme})`, () => {
      const layers = buildStyle('http://127.0.0.1/', PALETTES[theme].map, 'es').layers;
      for (const type of ['circle', 'symbol'] as const) {
        const ofType = layers.filter((l) => l.type === type);
        expect(ofType.length, type).toBeGreaterThan(1);
        const keys = new Set(ofType.map(shaderKey));
        expect([...keys], type).toHaveLength(1);
        // …and that shader reads everything per feature.
        expect([...keys][0]).not.toMatch(/:constant|:camera/);
      }
    });

  it('keeps MapLibre’s own defaults for what a layer leaves out', () => {
    for (const [name, fallback] of Object.entries({
      ...SHADER_PAINT.circle,
      ...SHADER_PAINT.symbol,
    }))
      expect(evaluate(name, fallback, {}), name).toEqual(evaluate(name, specOf(name).default, {}));
  });

  it('draws every feature as the layer would have drawn it', () => {
    const layers: LayerSpecification[] = [
      {
        id: 'c',
        type: 'circle',
        source: 's',
        paint: {
          'circle-radius': ['get', 'r'],
          'circle-color': [
            'case',
            ['boolean', ['feature-state', 'lit'], false],
            '#ff0000',
            '#0000ff',
          ],
          'circle-opacity': 0.7,
        },
      },
      {
        id: 't',
        type: 'symbol',
        source: 's',
        paint: { 'text-color': '#123456', 'text-halo-width': 1.5 },
      },
    ];
    const shared = sharePrograms(layers);
    const feature = { r: 9, label: 'Tijuana' };
    for (const [i, layer] of layers.entries()) {
      const before = (layer as { paint: Record<string, unknown> }).paint;
      const after = (shared[i] as { paint: Record<string, unknown> }).paint;
      for (const [name, fallback] of Object.entries(SHADER_PAINT[layer.type as ShaderType])) {
        expect(kind(name, after[name]), name).toBe('source');
        expect(evaluate(name, after[name], feature), name).toEqual(
          evaluate(name, before[name] ?? fallback, feature),
        );
      }
    }
  });

  it('leaves a zoom curve outermost, and other layer types alone', () => {
    const curve = ['interpolate', ['linear'], ['zoom'], 3, 0.2, 6, 1];
    const layers: LayerSpecification[] = [
      { id: 'z', type: 'symbol', source: 's', paint: { 'text-opacity': curve as never } },
      { id: 'f', type: 'fill', source: 's', paint: { 'fill-color': '#abcdef' } },
    ];
    const [text, fill] = sharePrograms(layers);
    expect((text as { paint: Record<string, unknown> }).paint['text-opacity']).toEqual(curve);
    expect(fill).toBe(layers[1]);
  });
});
