/**
 * npm run assets — derive the offline basemap (public/basemap/) from Natural Earth TopoJSON in
 * world-atlas and us-atlas: the regional GeoJSON files MapLibre loads in its worker (an overview
 * it opens with, and the detail it loads once shown) and the static first frame's paths.
 * Reproducible from npm packages, so kept out of git.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { geoArea, geoCentroid, geoDistance, geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import {
  BASEMAP_FILES,
  BASEMAP_LAYERS,
  type BasemapLayer,
  type DETAIL_LAYERS,
} from '../src/assets/types';
import { LANGS, LOCALE } from '../src/i18n/lang';
import { writeFileAtomic } from './lib/atomicWrite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const readTopo = (spec: string) =>
  JSON.parse(readFileSync(require.resolve(spec), 'utf8')) as Topology;

/** The region the map can show: North and Central America with margin. */
const BBOX: [number, number, number, number] = [-170, 0, -50, 75];
const US = '840';
const MX = '484';

function within(f: Feature): boolean {
  let inside = false;
  const visit = (c: unknown): void => {
    if (inside || !Array.isArray(c)) return;
    if (typeof c[0] === 'number') {
      const [x = 0, y = 0] = c as number[];
      inside = x >= BBOX[0] && x <= BBOX[2] && y >= BBOX[1] && y <= BBOX[3];
    } else c.forEach(visit);
  };
  if (f.geometry && 'coordinates' in f.geometry) visit(f.geometry.coordinates);
  return inside;
}

/** Round coordinates to ~100 m: plenty for a regional basemap, a third of the bytes. */
function round(geometry: Geometry): Geometry {
  const r = (c: unknown): unknown =>
    typeof (c as number[])[0] === 'number'
      ? (c as number[]).map((v) => Math.round(v * 1000) / 1000)
      : (c as unknown[]).map(r);
  return 'coordinates' in geometry
    ? ({ ...geometry, coordinates: r(geometry.coordinates) } as Geometry)
    : geometry;
}

const collection = (features: Feature[]): FeatureCollection => ({
  type: 'FeatureCollection',
  features: features.map((f) => ({ ...f, geometry: round(f.geometry) })),
});

const world = readTopo('world-atlas/countries-50m.json');
const countriesObj = world.objects.countries as GeometryCollection<{ name: string }>;
const countries = (feature(world, countriesObj) as FeatureCollection).features
  .filter(within)
  .map((f) => ({ ...f, properties: { ...f.properties, iso: String(f.id) } }));
/** Borders between two countries, except the US–Mexico border (a layer of its own). */
const otherBorders = (a: { id?: string | number }, b: { id?: string | number }) =>
  a !== b && !(new Set([a.id, b.id]).has(US) && new Set([a.id, b.id]).has(MX));
const borders = mesh(world, countriesObj, otherBorders);
const usMexico = mesh(
  world,
  countriesObj,
  (a, b) => (a.id === US && b.id === MX) || (a.id === MX && b.id === US),
);

/** ISO 3166 numeric → alpha-2 for the countries of the region, so Intl can name them. */
const ALPHA2: Record<string, string> = {
  '028': 'AG',
  '044': 'BS',
  '052': 'BB',
  '060': 'BM',
  '076': 'BR',
  '084': 'BZ',
  '092': 'VG',
  '124': 'CA',
  '136': 'KY',
  '170': 'CO',
  '188': 'CR',
  '192': 'CU',
  '212': 'DM',
  '214': 'DO',
  '218': 'EC',
  '222': 'SV',
  '250': 'FR',
  '296': 'KI',
  '304': 'GL',
  '308': 'GD',
  '320': 'GT',
  '328': 'GY',
  '332': 'HT',
  '340': 'HN',
  '388': 'JM',
  '484': 'MX',
  '500': 'MS',
  '528': 'NL',
  '531': 'CW',
  '533': 'AW',
  '534': 'SX',
  '558': 'NI',
  '591': 'PA',
  '630': 'PR',
  '643': 'RU',
  '652': 'BL',
  '659': 'KN',
  '660': 'AI',
  '662': 'LC',
  '663': 'MF',
  '666': 'PM',
  '670': 'VC',
  '740': 'SR',
  '780': 'TT',
  '796': 'TC',
  '840': 'US',
  '850': 'VI',
  '862': 'VE',
};
const regionNames = Object.fromEntries(
  LANGS.map((lang) => [lang, new Intl.DisplayNames([LOCALE[lang]], { type: 'region' })]),
);
/** name_en, name_es…: the country's name in each language of the app (the style picks one). */
function countryNames(iso: string, fallback: string): Record<string, string> {
  const code = ALPHA2[iso];
  return Object.fromEntries(
    LANGS.map((lang) => [`name_${lang}`, (code && regionNames[lang]?.of(code)) || fallback]),
  );
}

/** One label point per country, at the centroid of its largest polygon (mainland, not islands). */
const labelPoints: Feature[] = countries.map((f) => {
  const g = f.geometry;
  const polygons =
    g.type === 'MultiPolygon'
      ? g.coordinates.map((c) => ({ type: 'Polygon' as const, coordinates: c }))
      : [g];
  const largest = polygons.reduce((a, b) =>
    geoArea(b as Geometry) > geoArea(a as Geometry) ? b : a,
  );
  const { iso, name } = f.properties as { iso: string; name: string };
  return {
    type: 'Feature',
    properties: { ...f.properties, ...countryNames(iso, name) },
    geometry: { type: 'Point', coordinates: geoCentroid(largest as Geometry) },
  };
});

/**
 * Names on both sides of the US–Mexico border, every ~300 km along it: a map zoomed in on a
 * crossing still says which side is which, however far the countries' centres are.
 */
const SIDE_SPACING_RAD = 300 / 6371;
const borderSides: Feature[] = [];
for (const line of usMexico.coordinates) {
  let travelled = SIDE_SPACING_RAD / 2;
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1] as [number, number];
    const b = line[i] as [number, number];
    travelled += geoDistance(a, b);
    if (travelled < SIDE_SPACING_RAD) continue;
    travelled = 0;
    for (const [iso, name, side] of [
      [US, 'United States', 'north'],
      [MX, 'Mexico', 'south'],
    ] as const)
      borderSides.push({
        type: 'Feature',
        properties: { name, iso, side, ...countryNames(iso, name) },
        geometry: { type: 'Point', coordinates: b },
      });
  }
}

const usa = readTopo('us-atlas/states-10m.json');
const statesObj = usa.objects.states as GeometryCollection;
const stateLines = mesh(usa, statesObj, (a, b) => a !== b);

const outDir = join(root, 'public', 'basemap');
mkdirSync(outDir, { recursive: true });
// Files of an older layout would otherwise ship with every build.
const current: readonly string[] = Object.values(BASEMAP_FILES);
for (const old of readdirSync(outDir))
  if (old.endsWith('.geojson') && !current.includes(old)) rmSync(join(outDir, old));
/** Keep only the border lines that touch the region. */
const regional = (lines: number[][][]): Feature[] =>
  lines
    .map(
      (line): Feature => ({
        type: 'Feature',
        properties: {},
        geometry: { type: 'LineString', coordinates: line },
      }),
    )
    .filter(within);
/**
 * The 1:110m countries and their borders: what the map opens with, the same land and borders the
 * static first frame draws, and a fraction of the 1:50m files' points for MapLibre's worker to
 * tile (the map was shown ~0.3 s sooner on a 2-core machine without a GPU).
 */
const world110 = readTopo('world-atlas/countries-110m.json');
const countries110Obj = world110.objects.countries as GeometryCollection<{ name: string }>;
const land110 = (feature(world110, countries110Obj) as FeatureCollection).features
  .filter(within)
  .map((f) => ({ ...f, properties: { ...f.properties, iso: String(f.id) } }));
const borders110 = regional(mesh(world110, countries110Obj, otherBorders).coordinates);

/** Each feature tagged with the layer it feeds: MapLibre tiles a file once for all its layers. */
const writeBasemap = (file: string, layers: Partial<Record<BasemapLayer, Feature[]>>) =>
  writeFileAtomic(
    join(outDir, file),
    JSON.stringify(
      collection(
        BASEMAP_LAYERS.flatMap((layer) =>
          (layers[layer] ?? []).map((f) => ({ ...f, properties: { ...f.properties, layer } })),
        ),
      ),
    ),
  );
writeBasemap(BASEMAP_FILES.overview, {
  countries: land110,
  borders: borders110,
  'us-mexico-border': [{ type: 'Feature', properties: {}, geometry: usMexico }],
  'us-states': [{ type: 'Feature', properties: {}, geometry: stateLines }],
  'country-labels': [...labelPoints, ...borderSides],
});
const detail: Record<(typeof DETAIL_LAYERS)[number], Feature[]> = {
  countries,
  borders: regional(borders.coordinates),
};
writeBasemap(BASEMAP_FILES.detail, detail);

/**
 * The static first frame's basemap: SVG paths in Web Mercator world units at zoom 0 (a 512 px
 * world, as MapLibre's), so the page draws the home view with one scale and translation before
 * MapLibre is ready. Land and other borders from the 1:110m countries, as the overview file;
 * the US–Mexico border is the same 1:50m line MapLibre draws.
 */
const worldPath = geoPath(
  geoMercator()
    .scale(512 / (2 * Math.PI))
    .translate([256, 256]),
).digits(2);
const fc = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });
writeFileAtomic(
  join(outDir, 'static-map.json'),
  JSON.stringify({
    land: worldPath(fc(land110.filter((f) => ![US, MX].includes(String(f.id))))) ?? '',
    focus: worldPath(fc(land110.filter((f) => [US, MX].includes(String(f.id))))) ?? '',
    borders: worldPath(fc(borders110)) ?? '',
    usMexico: worldPath(usMexico) ?? '',
  }),
);

console.log(`wrote public/basemap/ (${countries.length} countries)`);
