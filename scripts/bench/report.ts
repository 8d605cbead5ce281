/**
 * Results of a run: summaries over loads, the targets, a readable table per dataset for the
 * terminal, and the same figures as JSON (artifacts/bench/results-<date>.json) and as a
 * markdown snippet for BENCHMARKS.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { PreparedDataset } from './datasets';
import { INTERACTIONS, type InteractionName, type InteractionResult } from './interactions';
import { type Machine, machineLine } from './machine';
import type { Bytes, LoadMetrics } from './measure';
import type { BenchOptions } from './options';
import { RESULTS_DIR, ROOT } from './paths';
import { type PeerResult, ratioLine, SIDE_HEADER, sideBySide } from './sideBySide';
import { type Summary, summarize } from './stats';

export interface LoadResult {
  metrics: LoadMetrics;
  interactions: Record<InteractionName, InteractionResult>;
}

const LOAD_METRICS = {
  firstFrame: 'navigation → first frame (marks and sites)',
  timelineReady: 'navigation → timeline ready',
  mapReady: 'navigation → map idle (map-ready)',
  fcp: 'first contentful paint',
  datasetEnd: 'dataset request end',
  longTasks: 'long tasks before map-ready',
  longestAfterMapReady: 'longest task in the 2 s after map-ready',
  heapMB: 'JS heap after GC',
} as const;
type LoadMetric = keyof typeof LOAD_METRICS;

export interface Targets {
  firstFrame?: number;
  timelineReady?: number;
  mapReady?: number;
  /** kB (1,000 bytes) gzip of app JS + CSS requested before first paint. */
  jsCssBeforeFcpKB?: number;
  heapMB?: number;
  /** ms, p95 input → next frame, every interaction. */
  inputP95?: number;
}

/**
 * From the performance issues (the latest: "faster than the fastest peer from the first frame"):
 * what "fast where users feel it" means per dataset. The real data's timeline must also be ready
 * no later than the fastest peer's, which the side-by-side table checks.
 */
export function targetsFor(name: string): Targets {
  if (name === 'real')
    return { firstFrame: 500, mapReady: 2000, jsCssBeforeFcpKB: 150, inputP95: 16 };
  if (name === '10k') return { timelineReady: 1000, inputP95: 16 };
  if (name === '100k') return { timelineReady: 2500, heapMB: 60, inputP95: 50 };
  return {};
}

export interface DatasetResult {
  dataset: Omit<PreparedDataset, 'dir'>;
  targets: Targets;
  load: Record<LoadMetric, Summary> & { longTaskMs: Summary };
  bytes: LoadMetrics['bytes'] | null;
  /** Files requested on the first load that produced a request list. */
  files: LoadMetrics['files'];
  interactions: Record<
    InteractionName,
    { p50: Summary; p95: Summary; inputs: number[]; errors: string[]; noEffect: number }
  >;
  /** Every failure, "load 3: mapReady: …". */
  failures: string[];
  pageErrors: string[];
  loads: LoadResult[];
  /** Peers loaded side by side, interleaved with Frontera's loads; empty when none. */
  peers: PeerResult[];
}

export interface BenchResults {
  machine: Machine;
  options: Omit<BenchOptions, 'datasets' | 'peers'> & { datasets: string[]; peers: string[] };
  durationS: number;
  datasets: DatasetResult[];
}

export function summarizeDataset(
  dataset: PreparedDataset,
  loads: LoadResult[],
  peers: PeerResult[] = [],
): DatasetResult {
  const m = loads.map((l) => l.metrics);
  const first = m.find((x) => x.files.length > 0);
  const failures: string[] = [];
  loads.forEach((l, i) => {
    for (const [k, v] of Object.entries(l.metrics.failures))
      failures.push(`load ${i + 1}: ${k}: ${v}`);
    for (const [k, v] of Object.entries(l.interactions))
      if (v.error) failures.push(`load ${i + 1}: ${k}: ${v.error}`);
  });
  const interactions = Object.fromEntries(
    INTERACTIONS.map((name) => {
      const per = loads.map((l) => l.interactions[name]);
      return [
        name,
        {
          p50: summarize(per.map((r) => r?.p50)),
          p95: summarize(per.map((r) => r?.p95)),
          inputs: per.map((r) => r?.samples.length ?? 0),
          errors: per.flatMap((r) => (r?.error ? [r.error] : [])),
          noEffect: per.reduce((a, r) => a + (r?.noEffect ?? 0), 0),
        },
      ];
    }),
  ) as DatasetResult['interactions'];
  const { dir: _dir, ...info } = dataset;
  return {
    dataset: info,
    targets: targetsFor(dataset.name),
    load: {
      firstFrame: summarize(m.map((x) => x.firstFrame)),
      timelineReady: summarize(m.map((x) => x.timelineReady)),
      mapReady: summarize(m.map((x) => x.mapReady)),
      fcp: summarize(m.map((x) => x.fcp)),
      datasetEnd: summarize(m.map((x) => x.datasetEnd)),
      longTasks: summarize(m.map((x) => x.longTasks?.count)),
      longTaskMs: summarize(m.map((x) => x.longTasks?.totalMs)),
      longestAfterMapReady: summarize(m.map((x) => x.longestAfterMapReady)),
      heapMB: summarize(m.map((x) => x.heapMB)),
    },
    bytes: first ? first.bytes : null,
    files: first?.files ?? [],
    interactions,
    failures,
    pageErrors: [...new Set(m.flatMap((x) => x.errors))],
    loads,
    peers,
  };
}

// ---------------------------------------------------------------- formatting

const secs = (ms: number | null) => (ms === null ? '—' : `${(ms / 1000).toFixed(2)} s`);
const msf = (ms: number | null) => (ms === null ? '—' : `${ms.toFixed(ms < 100 ? 1 : 0)} ms`);
export const kB = (bytes: number) =>
  bytes >= 1e6 ? `${(bytes / 1e6).toFixed(2)} MB` : `${(bytes / 1e3).toFixed(1)} kB`;
const bytesText = (b: Bytes) => `${kB(b.gzip)} gzip (${kB(b.raw)} raw)`;
/** "1.20–1.45 s": the unit once, after the upper bound. */
const range = (s: Summary, f: (x: number | null) => string) =>
  s.min === null ? '—' : `${f(s.min).replace(/ \S+$/, '')}–${f(s.max)}`;
const check = (value: number | null, target: number | undefined) =>
  target === undefined || value === null ? '' : value <= target ? '✓' : '✗';

interface Row {
  metric: string;
  median: string;
  spread: string;
  target: string;
}

function loadRows(r: DatasetResult): Row[] {
  const t = r.targets;
  const rows: Row[] = [];
  const time = (
    key: 'firstFrame' | 'timelineReady' | 'mapReady' | 'fcp' | 'datasetEnd',
    target?: number,
  ) => {
    const s = r.load[key];
    rows.push({
      metric: LOAD_METRICS[key],
      median: secs(s.median),
      spread: range(s, secs),
      target: target === undefined ? '' : `≤ ${secs(target)} ${check(s.median, target)}`,
    });
  };
  time('firstFrame', t.firstFrame);
  time('timelineReady', t.timelineReady);
  time('mapReady', t.mapReady);
  time('fcp');
  time('datasetEnd');
  const lt = r.load.longTasks;
  const ltMs = r.load.longTaskMs;
  rows.push({
    metric: LOAD_METRICS.longTasks,
    median: lt.median === null ? '—' : `${lt.median} (${secs(ltMs.median)})`,
    spread: lt.min === null ? '—' : `${lt.min}–${lt.max} (${range(ltMs, secs)})`,
    target: '',
  });
  const after = r.load.longestAfterMapReady;
  rows.push({
    metric: LOAD_METRICS.longestAfterMapReady,
    median: secs(after.median),
    spread: range(after, secs),
    target: '',
  });
  const heap = r.load.heapMB;
  const mb = (x: number | null) => (x === null ? '—' : `${x.toFixed(1)} MB`);
  rows.push({
    metric: LOAD_METRICS.heapMB,
    median: mb(heap.median),
    spread: range(heap, mb),
    target: t.heapMB === undefined ? '' : `≤ ${t.heapMB} MB ${check(heap.median, t.heapMB)}`,
  });
  if (r.bytes) {
    const b = r.bytes;
    rows.push({
      metric: 'JS + CSS requested (app)',
      median: bytesText(b.jsCss),
      spread: '',
      target: '',
    });
    rows.push({
      metric: '  critical (entry, its preloads, CSS)',
      median: bytesText(b.critical),
      spread: '',
      target:
        t.jsCssBeforeFcpKB === undefined
          ? ''
          : `≤ ${t.jsCssBeforeFcpKB} kB gzip ${check(b.critical.gzip / 1000, t.jsCssBeforeFcpKB)}`,
    });
    rows.push({
      metric: '  requested before first paint',
      median: bytesText(b.jsCssBeforeFcp),
      spread: '',
      target: '',
    });
    rows.push({
      metric: '  JS / CSS',
      median: `${kB(b.js.gzip)} / ${kB(b.css.gzip)} gzip`,
      spread: '',
      target: '',
    });
    rows.push({
      metric: 'MapLibre worker (apart)',
      median: bytesText(b.worker),
      spread: '',
      target: '',
    });
  }
  return rows;
}

function inputRows(r: DatasetResult): string[][] {
  return INTERACTIONS.map((name) => {
    const x = r.interactions[name];
    const target = r.targets.inputP95;
    const note = [
      x.errors.length ? `${x.errors.length} load(s) failed` : '',
      x.noEffect ? `${x.noEffect} input(s) without effect` : '',
    ]
      .filter(Boolean)
      .join('; ');
    return [
      name,
      msf(x.p50.median),
      msf(x.p95.median),
      range(x.p95, msf),
      x.inputs.join('/'),
      target === undefined ? '' : `≤ ${target} ms ${check(x.p95.median, target)}`,
      note,
    ];
  });
}

function datasetTitle(r: DatasetResult, loads: number) {
  const d = r.dataset;
  return `${d.name} — ${d.events.toLocaleString('en')} events (${d.source}), data/frontera.json ${bytesText(d.bytes)} (by column, as the app reads it: ${bytesText(d.columnBytes)}), ${loads} cold load${loads === 1 ? '' : 's'}`;
}

/** How much CPU other processes took while this dataset was measured. */
function contention(r: DatasetResult): string {
  const s = summarize(r.loads.map((l) => l.metrics.otherCpu));
  if (s.median === null) return 'CPU used by other processes: unknown';
  const p = (x: number | null) => `${Math.round((x ?? 0) * 100)}%`;
  return `CPU used by other processes during the loads: median ${p(s.median)} (${p(s.min)}–${p(s.max)}) of both cores`;
}

function textTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '─'.repeat(w))), ...rows.map(line)].join('\n');
}

export function formatText(r: DatasetResult, loads: number): string {
  const load = textTable(
    ['load metric', 'median', 'min–max', 'target'],
    loadRows(r).map((x) => [x.metric, x.median, x.spread, x.target]),
  );
  const inputs = textTable(
    ['input → next frame', 'p50', 'p95', 'p95 min–max', 'inputs/load', 'target (p95)', 'notes'],
    inputRows(r),
  );
  const problems = [
    ...r.failures.map((f) => `  ! ${f}`),
    ...r.pageErrors.map((e) => `  ! page error: ${e}`),
  ];
  const side = r.peers.length ? sideBySide(r.loads, r.peers) : null;
  const peers = side
    ? [
        '',
        `side by side, same events, loads interleaved:`,
        textTable(SIDE_HEADER, side.rows),
        ratioLine(side),
        ...r.peers.flatMap((p) =>
          p.offsite.length ? [`  ! ${p.label} asked other hosts: ${p.offsite.join(', ')}`] : [],
        ),
      ]
    : [];
  return [
    datasetTitle(r, loads),
    contention(r),
    '',
    load,
    ...peers,
    '',
    inputs,
    ...(problems.length ? ['', ...problems] : []),
  ].join('\n');
}

function mdTable(header: string[], rows: string[][]): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  return [
    `| ${header.map(esc).join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`),
  ].join('\n');
}

export function formatMarkdown(results: BenchResults): string {
  const m = results.machine;
  const out = [
    `## ${m.date.slice(0, 10)} — ${machineLine(m)}`,
    '',
    `\`npm run bench -- --datasets ${results.options.datasets.join(',')} --loads ${results.options.loads} --inputs ${results.options.inputs} --settle ${results.options.settleMs} --peers ${results.options.peers.join(',') || 'none'} --peer-limit ${results.options.peerLimit}\` (${Math.round(results.durationS)} s, load average ${m.loadAverage} at start). Load times are medians over the cold loads, with min–max; input → next frame is the median over loads of each load's p50 and p95, with the min–max of the p95s.`,
  ];
  for (const r of results.datasets) {
    out.push('', `### ${datasetTitle(r, results.options.loads)}`, '');
    out.push(`${contention(r)}.`, '');
    if (r.peers.length) {
      const side = sideBySide(r.loads, r.peers);
      out.push('Side by side (same events, loads interleaved):', '');
      out.push(
        mdTable(
          SIDE_HEADER.map((h) => h || 'Contender'),
          side.rows,
        ),
        '',
      );
      out.push(`${ratioLine(side)}.`, '');
    }
    out.push(
      mdTable(
        ['Load', 'Median', 'Min–max', 'Target'],
        loadRows(r).map((x) => [x.metric.trim(), x.median, x.spread, x.target]),
      ),
    );
    out.push('');
    out.push(
      mdTable(
        [
          'Input → next frame',
          'p50',
          'p95',
          'p95 min–max',
          'Inputs per load',
          'Target (p95)',
          'Notes',
        ],
        inputRows(r),
      ),
    );
    if (r.failures.length) out.push('', ...r.failures.map((f) => `- Failed: ${f}`));
  }
  return `${out.join('\n')}\n`;
}

/** Writes results-<date>.json and results-<date>.md under artifacts/bench/; returns their paths. */
export function writeResults(results: BenchResults): { json: string; md: string } {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const stamp = results.machine.date.slice(0, 16).replace(':', '');
  const json = join(RESULTS_DIR, `results-${stamp}.json`);
  const md = join(RESULTS_DIR, `results-${stamp}.md`);
  writeFileSync(json, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(md, formatMarkdown(results));
  return { json: relative(ROOT, json), md: relative(ROOT, md) };
}
