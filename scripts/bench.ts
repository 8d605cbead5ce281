/**
 * npm run bench [-- --datasets real,10k,100k --loads 5 --inputs 30 --settle 100
 *                  --peers vis-timeline,timelinejs --peer-limit 10000]
 *
 * Browser benchmark: builds the app once, serves it on 127.0.0.1 with the real dataset and with
 * seeded synthetic ones, and measures cold loads and input → next frame in headless Chromium.
 * Up to --peer-limit events, the peers (scripts/bench/peers.ts) load the same events in the same
 * run, one cold load each after each of Frontera's, and the table gives the ratio.
 * Prints a table per dataset and writes artifacts/bench/results-<date>.{json,md}.
 * See BENCHMARKS.md for what each figure means. Not part of `npm test`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS } from '../vite.config';
import { buildApp } from './bench/build';
import { prepareDataset } from './bench/datasets';
import { runInteractions } from './bench/interactions';
import { describeMachine, machineLine, otherCpuShare } from './bench/machine';
import { coldLoad } from './bench/measure';
import { parseOptions } from './bench/options';
import { type PeerLoadMetrics, peerLoad } from './bench/peerLoad';
import {
  type BenchResults,
  type DatasetResult,
  formatText,
  type LoadResult,
  summarizeDataset,
  writeResults,
} from './bench/report';
import { serveStatic } from './bench/serve';
import { summarizePeer } from './bench/sideBySide';

const options = parseOptions();
const started = new Date();
const log = (s: string) => console.log(s);
const pct = (x: number) => `${Math.round(x * 100)}%`;
const work = mkdtempSync(join(tmpdir(), 'frontera-bench-'));
// Ctrl-C or kill: remove the temporary builds (up to ~70 MB per synthetic dataset) first.
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => {
    rmSync(work, { recursive: true, force: true });
    process.exit(130);
  });

/** Generous waits that grow with the dataset: a slow metric is reported, not fatal. */
const timeoutsFor = (events: number) => ({
  ready: 60_000 + events * 0.6,
  input: 15_000 + events * 0.15,
});

try {
  log(`building the app into ${work} …`);
  const buildDir = join(work, 'build');
  await buildApp(buildDir);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  const machine = describeMachine(browser, started);
  log(`\n${machine.date}\n${machineLine(machine)}; load average ${machine.loadAverage}`);
  // Other sessions on a shared machine move every figure: say so before measuring.
  const idle = otherCpuShare();
  await new Promise((r) => setTimeout(r, 3000));
  const busy = idle();
  if (busy !== null && busy > 0.1)
    log(`warning: other processes are using ${pct(busy)} of the CPU — the figures will be skewed`);
  log(
    `datasets ${options.datasets.map((d) => d.name).join(', ')}; ${options.loads} cold loads each; ${options.inputs} inputs per interaction per load, ≤ ${options.settleMs} ms idle wait between inputs\n`,
  );
  const datasets: DatasetResult[] = [];
  try {
    for (const spec of options.datasets) {
      const dataset = prepareDataset(spec, buildDir, work, options.seed);
      const server = await serveStatic(dataset.dir);
      const timeouts = timeoutsFor(dataset.events);
      const loads: LoadResult[] = [];
      const peers = dataset.events <= options.peerLimit ? options.peers : [];
      for (const p of peers) p.install(dataset.dir);
      const peerLoads = peers.map(() => [] as PeerLoadMetrics[]);
      try {
        for (let i = 0; i < options.loads; i++) {
          const t = performance.now();
          const others = otherCpuShare();
          const { context, page, metrics } = await coldLoad(
            browser,
            server.baseUrl,
            dataset.dir,
            timeouts.ready,
          );
          const interactions = await runInteractions(page, {
            inputs: options.inputs,
            settleMs: options.settleMs,
            inputTimeout: timeouts.input,
          });
          await context.close().catch(() => undefined);
          metrics.otherCpu = others();
          loads.push({ metrics, interactions });
          const failed = Object.keys(metrics.failures).length;
          const busy =
            metrics.otherCpu === null ? '' : `, other processes ${pct(metrics.otherCpu)} CPU`;
          log(
            `  ${dataset.name} load ${i + 1}/${options.loads}: first frame ${metrics.firstFrame?.toFixed(0) ?? '—'} ms, timeline ${metrics.timelineReady?.toFixed(0) ?? '—'} ms, map ${metrics.mapReady?.toFixed(0) ?? '—'} ms${failed ? `, ${failed} failure(s)` : ''} (${((performance.now() - t) / 1000).toFixed(0)} s with inputs${busy})`,
          );
          // Interleaved: each peer's cold load right after Frontera's, on the same server.
          for (const [j, peer] of peers.entries()) {
            const m = await peerLoad(
              browser,
              server.baseUrl,
              dataset.dir,
              peer,
              options.peerTimeoutMs,
            );
            peerLoads[j]?.push(m);
            log(
              `    ${peer.label}: ${m.ready === null ? (m.failure ?? 'failed') : `ready ${m.ready.toFixed(0)} ms`}`,
            );
          }
        }
      } finally {
        await server.close();
        rmSync(dataset.dir, { recursive: true, force: true });
      }
      const result = summarizeDataset(
        dataset,
        loads,
        peers.map((p, j) => summarizePeer(p.name, p.label, peerLoads[j] ?? [])),
      );
      datasets.push(result);
      log(`\n${formatText(result, options.loads)}\n`);
    }
  } finally {
    await browser.close();
  }
  const results: BenchResults = {
    machine,
    options: {
      ...options,
      datasets: options.datasets.map((d) => d.name),
      peers: options.peers.map((p) => p.name),
    },
    durationS: (Date.now() - started.getTime()) / 1000,
    datasets,
  };
  const paths = writeResults(results);
  log(`${machineLine(machine)} — ${machine.date}`);
  log(`run took ${Math.round(results.durationS)} s; wrote ${paths.json} and ${paths.md}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
