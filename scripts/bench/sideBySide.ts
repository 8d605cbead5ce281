/**
 * Frontera and its peers on the same events in the same run: the load times side by side and
 * the ratio "best peer ÷ Frontera" (above 1, Frontera is faster), as text and Markdown.
 */
import type { PeerLoadMetrics } from './peerLoad';
import type { LoadResult } from './report';
import { type Summary, summarize } from './stats';

export interface PeerResult {
  name: string;
  label: string;
  loads: PeerLoadMetrics[];
  ready: Summary;
  heapMB: Summary;
  jsCssGzip: number;
  /** "not ready in 120 s" etc., per load. */
  failures: string[];
  offsite: string[];
}

export function summarizePeer(name: string, label: string, loads: PeerLoadMetrics[]): PeerResult {
  return {
    name,
    label,
    loads,
    ready: summarize(loads.map((l) => l.ready)),
    heapMB: summarize(loads.map((l) => l.heapMB)),
    jsCssGzip: Math.max(0, ...loads.map((l) => l.jsCss.gzip)),
    failures: loads.flatMap((l, i) => (l.failure ? [`load ${i + 1}: ${l.failure}`] : [])),
    offsite: [...new Set(loads.flatMap((l) => l.offsite))],
  };
}

const secs = (ms: number | null) => (ms === null ? '—' : `${(ms / 1000).toFixed(2)} s`);
const spread = (s: Summary) =>
  s.min === null ? '' : `${(s.min / 1000).toFixed(2)}–${secs(s.max)}`;

export interface SideBySide {
  rows: string[][];
  /** Best peer's ready ÷ Frontera's timeline ready; null when no peer was ready. */
  ratio: number | null;
  best: string | null;
}

/** One row per contender: what is ready, median, min–max, JS + CSS gzip, heap. */
export function sideBySide(frontera: LoadResult[], peers: PeerResult[]): SideBySide {
  const m = frontera.map((l) => l.metrics);
  const timeline = summarize(m.map((x) => x.timelineReady));
  const firstFrame = summarize(m.map((x) => x.firstFrame));
  const map = summarize(m.map((x) => x.mapReady));
  const heap = summarize(m.map((x) => x.heapMB));
  const kb = (b: number) => `${(b / 1000).toFixed(0)} kB`;
  const first = m.find((x) => x.files.length > 0);
  const mb = (s: Summary) => (s.median === null ? '—' : `${s.median.toFixed(1)} MB`);
  const rows: string[][] = [
    [
      'Frontera: first frame (marks and static map)',
      secs(firstFrame.median),
      spread(firstFrame),
      first ? `${kb(first.bytes.critical.gzip)} critical` : '',
      '',
    ],
    [
      'Frontera: timeline interactive',
      secs(timeline.median),
      spread(timeline),
      first ? `${kb(first.bytes.jsCss.gzip)} all (+ worker)` : '',
      mb(heap),
    ],
    ['Frontera: map interactive', secs(map.median), spread(map), '', ''],
  ];
  let best: PeerResult | null = null;
  for (const p of peers) {
    const failed = p.failures.length ? `${p.failures.length} failed (${p.failures[0]})` : '';
    rows.push([
      `${p.label}: ready`,
      p.ready.median === null
        ? (p.failures[0]?.replace(/^load \d+: /, '') ?? '—')
        : secs(p.ready.median),
      [spread(p.ready), failed].filter(Boolean).join('; '),
      kb(p.jsCssGzip),
      mb(p.heapMB),
    ]);
    if (p.ready.median !== null && (!best || p.ready.median < (best.ready.median ?? Infinity)))
      best = p;
  }
  const ratio =
    best?.ready.median != null && timeline.median ? best.ready.median / timeline.median : null;
  return { rows, ratio, best: best?.label ?? null };
}

export const SIDE_HEADER = ['', 'median', 'min–max', 'JS + CSS gzip', 'heap after GC'];

export function ratioLine(s: SideBySide): string {
  if (s.ratio === null) return 'best peer ÷ Frontera: no peer was ready';
  const verdict = s.ratio >= 1 ? 'Frontera is faster' : 'the peer is faster';
  return `best peer (${s.best}) ready ÷ Frontera timeline interactive = ${s.ratio.toFixed(2)} — ${verdict}`;
}
