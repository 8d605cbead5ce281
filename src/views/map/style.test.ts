import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ExpressionSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { BASEMAP_FILES } from '../../assets/types';
import { PALETTES } from '../../ui/palette';
import { buildStyle } from './style';

/** What a symbol layer writes for a feature, for the expressions the basemap labels use. */
function labelText(field: ExpressionSpecification, props: Record<string, string>): string {
  const evaluate = (e: unknown): string | undefined => {
    if (!Array.isArray(e)) return typeof e === 'string' ? e : undefined;
    const [op, ...args] = e as [string, ...unknown[]];
    if (op === 'upcase') return evaluate(args[0])?.toUpperCase();
    if (op === 'get') return props[args[0] as string];
    if (op === 'coalesce') return args.map(evaluate).find((v) => v !== undefined);
    throw new Error(`expression not handled here: ${op}`);
  };
  return evaluate(field) ?? '';
}

const basemap = JSON.parse(
  readFileSync(resolve(__dirname, '../../../public/basemap', BASEMAP_FILES.overview), 'utf8'),
) as { features: { properties: Record<string, string> }[] };
const labels = {
  features: basemap.features.filter((f) => f.properties.layer === 'country-labels'),
};

describe('basemap names in the reader’s language', () => {
  for (const [lang, us, mx] of [
    ['en', 'UNITED STATES', 'MEXICO'],
    ['es', 'ESTADOS UNIDOS', 'MÉXICO'],
  ] as const)
    it(`names both countries in ${lang}, at their centres and either side of the border`, () => {
      const style = buildStyle('http://127.0.0.1/', PALETTES.light.map, lang);
      for (const id of ['country-labels', 'border-side-labels']) {
        const layer = style.layers.find((l) => l.id === id) as SymbolLayerSpecification;
        const field = layer.layout?.['text-field'] as ExpressionSpecification;
        const sides = labels.features.filter((f) =>
          id === 'border-side-labels' ? f.properties.side : !f.properties.side,
        );
        const names = new Set(sides.map((f) => labelText(field, f.properties)));
        expect(names, id).toContain(us);
        expect(names, id).toContain(mx);
      }
    });
});
