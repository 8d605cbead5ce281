/**
 * npm run assets — derive the offline basemap (public/basemap/) from Natural Earth TopoJSON in
 * world-atlas and us-atlas: a few small regional GeoJSON files MapLibre loads in its worker.
 * Reproducible from npm packages, so kept out of git.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { geoArea, geoCentroid, geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
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
const borders = mesh(
  world,
  countriesObj,
  (a, b) => a !== b && !(new Set([a.id, b.id]).has(US) && new Set([a.id, b.id]).has(MX)),
);
const usMexico = mesh(
  world,
  countriesObj,
  (a, b) => (a.id === US && b.id === MX) || (a.id === MX && b.id === US),
);

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
  return {
    type: 'Feature',
    properties: f.properties,
    geometry: { type: 'Point', coordinates: geoCentroid(largest as Geometry) },
  };
});

const usa = readTopo('us-atlas/states-10m.json');
const statesObj = usa.objects.states as GeometryCollection;
const stateLines = mesh(usa, statesObj, (a, b) => a !== b);

const outDir = join(root, 'public', 'basemap');
mkdirSync(outDir, { recursive: true });
const write = (name: string, fc: FeatureCollection) =>
  writeFileAtomic(join(outDir, name), JSON.stringify(fc));
write('countries.geojson', collection(countries));
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
write('borders.geojson', collection(regional(borders.coordinates)));
write(
  'us-mexico-border.geojson',
  collection([{ type: 'Feature', properties: {}, geometry: usMexico }]),
);
write('country-labels.geojson', collection(labelPoints));
write('us-states.geojson', collection([{ type: 'Feature', properties: {}, geometry: stateLines }]));

/**
 * The static first frame's basemap: SVG paths in Web Mercator world units at zoom 0 (a 512 px
 * world, as MapLibre's), so the page draws the home view with one scale and translation before
 * MapLibre is ready. Land and other borders from the 1:110m countries (a few kB); the US–Mexico
 * border is the same 1:50m line MapLibre draws.
 */
const world110 = readTopo('world-atlas/countries-110m.json');
const land110 = (
  feature(world110, world110.objects.countries as GeometryCollection) as FeatureCollection
).features.filter(within);
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
    borders:
      worldPath(
        fc(
          regional(
            mesh(
              world110,
              world110.objects.countries as GeometryCollection,
              (a, b) =>
                a !== b && !(new Set([a.id, b.id]).has(US) && new Set([a.id, b.id]).has(MX)),
            ).coordinates,
          ),
        ),
      ) ?? '',
    usMexico: worldPath(usMexico) ?? '',
  }),
);

console.log(`wrote public/basemap/ (${countries.length} countries)`);
