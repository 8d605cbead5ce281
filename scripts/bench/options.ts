/**
 * Options for `npm run bench`, from flags or the environment (flags win):
 *   --datasets real,10k,100k   BENCH_DATASETS   which datasets (real, or a synthetic size: 10k, 2500)
 *   --loads 5                  BENCH_LOADS      cold loads per dataset
 *   --inputs 30                BENCH_INPUTS     inputs per interaction per load
 *   --seed 42                  BENCH_SEED       seed of the synthetic datasets
 *   --settle 100               BENCH_SETTLE     max ms to wait for an idle page between inputs
 *   --peers vis-timeline,timelinejs  BENCH_PEERS  peers loaded side by side (none: Frontera alone)
 *   --peer-limit 10000         BENCH_PEER_LIMIT largest dataset (events) the peers are loaded with
 *   --peer-timeout 120         BENCH_PEER_TIMEOUT seconds a peer may take to be ready
 */
import { parseArgs } from 'node:util';
import { type Peer, parsePeers } from './peers';

export interface DatasetSpec {
  /** As written on the command line: "real", "10k", "100k". */
  name: string;
  /** Number of synthetic events; null for the real dataset. */
  events: number | null;
}

export interface BenchOptions {
  datasets: DatasetSpec[];
  loads: number;
  inputs: number;
  seed: number;
  settleMs: number;
  /** Loaded side by side with Frontera, interleaved load by load. */
  peers: Peer[];
  /** Datasets with more events than this are measured without the peers. */
  peerLimit: number;
  peerTimeoutMs: number;
}

export function parseDatasetSpec(raw: string): DatasetSpec {
  const name = raw.trim().toLowerCase();
  if (name === 'real') return { name, events: null };
  const m = /^(\d+(?:\.\d+)?)(k?)$/.exec(name);
  const events = m ? Math.round(Number(m[1]) * (m[2] ? 1000 : 1)) : Number.NaN;
  if (!Number.isInteger(events) || events < 1)
    throw new Error(`--datasets: "${raw}" is neither "real" nor a size such as 10k or 2500`);
  return { name, events };
}

function positiveInt(label: string, raw: string): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${label} must be a positive integer`);
  return n;
}

export function parseOptions(argv = process.argv.slice(2), env = process.env): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      datasets: { type: 'string' },
      loads: { type: 'string' },
      inputs: { type: 'string' },
      seed: { type: 'string' },
      settle: { type: 'string' },
      peers: { type: 'string' },
      'peer-limit': { type: 'string' },
      'peer-timeout': { type: 'string' },
    },
  });
  const datasets = (values.datasets ?? env.BENCH_DATASETS ?? 'real,10k,100k')
    .split(',')
    .filter((s) => s.trim())
    .map(parseDatasetSpec);
  if (datasets.length === 0) throw new Error('--datasets is empty');
  return {
    datasets,
    loads: positiveInt('--loads', values.loads ?? env.BENCH_LOADS ?? '5'),
    inputs: positiveInt('--inputs', values.inputs ?? env.BENCH_INPUTS ?? '30'),
    seed: Number.parseInt(values.seed ?? env.BENCH_SEED ?? '42', 10),
    settleMs: positiveInt('--settle', values.settle ?? env.BENCH_SETTLE ?? '100'),
    peers: parsePeers(values.peers ?? env.BENCH_PEERS ?? 'vis-timeline,timelinejs'),
    peerLimit: positiveInt('--peer-limit', values['peer-limit'] ?? env.BENCH_PEER_LIMIT ?? '10000'),
    peerTimeoutMs:
      positiveInt('--peer-timeout', values['peer-timeout'] ?? env.BENCH_PEER_TIMEOUT ?? '120') *
      1000,
  };
}
