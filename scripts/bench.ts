/**
 * npm run bench — times the hot paths behind one interaction (a scrub step, a zoom step, a
 * filter click) on 10,000 seeded synthetic events, and prints median and p95 per operation.
 * One frame at 60 Hz is 16.7 ms; every per-interaction path must stay well under it.
 */
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DatasetSchema } from '../src/data/schema';
import { buildDayHistogram } from '../src/domain/dayHistogram';
import { buildEventIndex, eventsOverlapping } from '../src/domain/eventIndex';
import { EMPTY_FILTERS, facetCounts, filterPredicate, searchText } from '../src/domain/filters';
import { countByPlace } from '../src/domain/siteCounts';
import { siteRecords } from '../src/domain/siteFeatures';
import { layoutMarks } from '../src/timeline/layout';
import { syntheticDataset } from './lib/syntheticDataset';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const N = Number(process.env.BENCH_EVENTS ?? 10_000);
const base = DatasetSchema.parse(
  JSON.parse(readFileSync(join(root, 'public/data/frontera.json'), 'utf8')),
);
const data = syntheticDataset(base, N);
const DAY = 86_400_000;

function bench(name: string, fn: (i: number) => unknown, runs = 200) {
  for (let i = 0; i < 20; i++) fn(i); // warm up the JIT
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn(i);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0;
  console.log(
    `${name.padEnd(52)} median ${q(0.5).toFixed(3).padStart(8)} ms   p95 ${q(0.95).toFixed(3).padStart(8)} ms`,
  );
}

console.log(`Frontera benchmark — ${N} synthetic events (seed 42), ${data.places.length} places`);
console.log(`node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}\n`);

const index = buildEventIndex(data.events);
const places = new Map(data.places.map((p) => [p.id, p.name]));
const texts = new Map(data.events.map((e) => [e.id, searchText(e, (id) => places.get(id))]));
const all = new Set(data.events.map((e) => e.category));
const t2018 = Date.UTC(2018, 10, 25);
const histogram = buildDayHistogram(data.events, [Date.UTC(1997, 0, 1), Date.UTC(2026, 0, 1)]);

bench('index: build (once per dataset or filter change)', () => buildEventIndex(data.events), 50);
bench('scrub step: events within ±15 days of playhead', (i) =>
  eventsOverlapping(index, t2018 + i * DAY - 15 * DAY, t2018 + i * DAY + 15 * DAY),
);
// Totals and window counts are memoised in the app; a scrub step recomputes only what is lit.
const totals = countByPlace(data.events);
const windowCounts = countByPlace(
  eventsOverlapping(index, Date.UTC(2016, 0, 1), Date.UTC(2024, 0, 1)),
);
bench('scrub step: lit sites + GeoJSON for the map', (i) => {
  const near = eventsOverlapping(index, t2018 + i * DAY - 15 * DAY, t2018 + i * DAY + 15 * DAY);
  const lit = new Set(near.flatMap((e) => e.places));
  return siteRecords(data.places, totals, windowCounts, lit, new Set());
});
bench('window change: counts per site in 2016–2023', () =>
  countByPlace(eventsOverlapping(index, Date.UTC(2016, 0, 1), Date.UTC(2024, 0, 1))),
);
for (const [label, from, to] of [
  ['zoom step: layout, 1 month visible', Date.UTC(2018, 10, 1), Date.UTC(2018, 11, 1)],
  ['zoom step: layout, 1 year visible', Date.UTC(2018, 0, 1), Date.UTC(2019, 0, 1)],
  ['zoom step: layout, 2016–2023 visible (binned)', Date.UTC(2016, 0, 1), Date.UTC(2024, 0, 1)],
  ['zoom step: layout, all years visible (binned)', Date.UTC(1997, 0, 1), Date.UTC(2025, 6, 1)],
] as const) {
  bench(label, (i) => {
    const shift = (i % 10) * DAY;
    const visible = eventsOverlapping(index, from + shift, to + shift);
    return layoutMarks(
      visible,
      { d0: from + shift, d1: to + shift, r0: 112, r1: 1268 },
      { present: all, height: 200, measure: (e) => e.title.length * 6, histogram },
    );
  });
}
bench(
  'filter click: Trump + Peña Nieto → filtered index',
  () => {
    const keep = filterPredicate({ ...EMPTY_FILTERS, us: ['trump'], mx: ['pena-nieto'] }, texts);
    return buildEventIndex(data.events.filter(keep));
  },
  100,
);
bench(
  'filter click: facet counts for every toggle',
  () => facetCounts(data.events, { ...EMPTY_FILTERS, us: ['trump'] }, texts),
  50,
);
bench(
  'search keystroke: "juarez" over all events',
  () => data.events.filter(filterPredicate({ ...EMPTY_FILTERS, query: 'juarez' }, texts)),
  100,
);
