import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ExpressionSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { BASEMAP_FILES, DETAIL_ZOOM } from '../../assets/types';
import { PALETTES } from '../../ui/palette';
import { BASEMAP_SWAP, buildStyle, DETAIL_SOURCE, DETAIL_TILED_FROM, UNTIL_DETAIL } from './style';

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

describe('the basemap’s overview and detail', () => {
  const layerOf = (style: ReturnType<typeof buildStyle>, id: string) =>
    style.layers.find((l) => l.id === id) as
      | { source?: string; minzoom?: number; paint?: Record<string, unknown> }
      | undefined;

  it('opens on the overview, with an empty detail tiled from below its zoom and drawn from it', () => {
    const style = buildStyle('http://127.0.0.1/', PALETTES.light.map, 'en');
    expect(style.sources[DETAIL_SOURCE]).toMatchObject({ data: { features: [] } });
    for (const { overview, detail, opacity } of BASEMAP_SWAP) {
      expect(layerOf(style, overview)?.source).toBe('basemap');
      expect(layerOf(style, overview)?.paint?.[opacity]).toBeUndefined();
      expect(layerOf(style, detail)).toMatchObject({
        source: DETAIL_SOURCE,
        minzoom: DETAIL_TILED_FROM,
      });
      expect(DETAIL_TILED_FROM).toBeLessThan(DETAIL_ZOOM);
      expect(layerOf(style, detail)?.paint?.[opacity]).toEqual([
        'step',
        ['zoom'],
        0,
        DETAIL_ZOOM,
        1,
      ]);
    }
  });

  it('brings the detail with the rest when asked (a slide), the overview giving way at its zoom', () => {
    const style = buildStyle('http://127.0.0.1/app/', PALETTES.dark.map, 'es', {
      withDetail: true,
    });
    expect(style.sources[DETAIL_SOURCE]).toMatchObject({
      data: `http://127.0.0.1/app/basemap/${BASEMAP_FILES.detail}`,
    });
    for (const { overview, opacity } of BASEMAP_SWAP)
      expect(layerOf(style, overview)?.paint?.[opacity]).toEqual(UNTIL_DETAIL);
  });
});
