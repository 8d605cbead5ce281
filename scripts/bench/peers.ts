/**
 * The peers Frontera is measured against, on the same events in the same run: vis-timeline and
 * TimelineJS, both dev dependencies, loaded only by the benchmark (never shipped). Each peer gets
 * a page of its own beside the app's build; the page fetches the same data/frontera.json the app
 * reads, turns the events into the peer's own format as an integrator would, draws them, and
 * sets the `peer:ready` mark when the peer says it has drawn them.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DATASET_PATH, ROOT } from './paths';

export const PEER_READY_MARK = 'peer:ready';

export interface Peer {
  /** As written on the command line and in the tables. */
  name: string;
  /** "vis-timeline 8.5.4", read from the installed package. */
  label: string;
  /** Page path under the site root. */
  page: string;
  /** Copies the peer's files and writes its page into a site directory. */
  install: (siteDir: string) => void;
}

const pkgVersion = (pkg: string) =>
  (
    JSON.parse(readFileSync(join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as {
      version: string;
    }
  ).version;

function copy(siteDir: string, from: string, to: string) {
  const target = join(siteDir, to);
  mkdirSync(dirname(target), { recursive: true });
  cpSync(join(ROOT, 'node_modules', from), target, { recursive: true });
}

/**
 * The page around a peer: fetch the dataset, convert, draw. `draw` is the body of a function of
 * (events, container, ready) written in the page's own JavaScript.
 */
const page = (title: string, head: string, draw: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
${head}
<style>html,body{margin:0;height:100%}#peer{height:100%}</style></head>
<body><div id="peer"></div><script>
(async () => {
  const ready = () => {
    if (performance.getEntriesByName('${PEER_READY_MARK}').length === 0)
      performance.mark('${PEER_READY_MARK}');
  };
  const response = await fetch('../${DATASET_PATH}');
  const dataset = await response.json();
  const draw = (events, container, ready) => {${draw}};
  draw(dataset.events, document.getElementById('peer'), ready);
})().catch((e) => console.error(e));
</script></body></html>
`;

const visTimeline: Peer = {
  name: 'vis-timeline',
  label: `vis-timeline ${pkgVersion('vis-timeline')}`,
  page: 'peer-vis-timeline/index.html',
  install(siteDir) {
    const dir = 'peer-vis-timeline';
    copy(siteDir, 'vis-timeline/standalone/umd/vis-timeline-graph2d.min.js', `${dir}/vis.js`);
    copy(siteDir, 'vis-timeline/styles/vis-timeline-graph2d.min.css', `${dir}/vis.css`);
    writeFileSync(
      join(siteDir, dir, 'index.html'),
      page(
        'vis-timeline',
        '<link rel="stylesheet" href="vis.css"><script src="vis.js"></script>',
        `
    const DAY = 86400000;
    const groups = [...new Set(events.map((e) => e.category))].map((c) => ({ id: c, content: c }));
    const items = events.map((e) => ({
      id: e.id,
      group: e.category,
      content: e.title,
      start: e.t0,
      ...(e.t1 - e.t0 > DAY ? { end: e.t1, type: 'range' } : { type: 'box' }),
    }));
    const timeline = new vis.Timeline(container, new vis.DataSet(items), new vis.DataSet(groups), {
      start: Date.UTC(2016, 0, 1),
      end: Date.UTC(2024, 0, 1),
      height: '100%',
      stack: true,
    });
    // 'changed' follows every redraw; the first one after the items are set has drawn them.
    timeline.once('changed', ready);`,
      ),
    );
  },
};

const timelineJs: Peer = {
  name: 'timelinejs',
  label: `TimelineJS ${pkgVersion('@knight-lab/timelinejs')}`,
  page: 'peer-timelinejs/index.html',
  install(siteDir) {
    const dir = 'peer-timelinejs';
    copy(siteDir, '@knight-lab/timelinejs/dist/js', `${dir}/js`);
    copy(siteDir, '@knight-lab/timelinejs/dist/css', `${dir}/css`);
    writeFileSync(
      join(siteDir, dir, 'index.html'),
      page(
        'TimelineJS',
        '<link rel="stylesheet" href="css/timeline.css"><script src="js/timeline.js"></script>',
        `
    const part = (iso) => {
      const [year, month, day] = iso.split('-');
      return { year, ...(month ? { month } : {}), ...(day ? { day } : {}) };
    };
    const data = {
      events: events.map((e) => ({
        unique_id: e.id,
        group: e.category,
        start_date: part(e.date.start),
        ...(e.date.end ? { end_date: part(e.date.end) } : {}),
        text: { headline: e.title, text: e.summary },
      })),
    };
    // Everything from this site: its own script path, the default font files, no analytics.
    const timeline = new TL.Timeline(container, data, {
      script_path: new URL('js/', location.href).href,
      font: null,
      hash_bookmark: false,
    });
    // 'loaded' fires once both the time navigator and the slides are drawn.
    timeline.on('loaded', ready);`,
      ),
    );
  },
};

export const PEERS: readonly Peer[] = [visTimeline, timelineJs];

export function parsePeers(raw: string): Peer[] {
  if (raw.trim() === '' || raw.trim() === 'none') return [];
  return raw.split(',').map((s) => {
    const peer = PEERS.find((p) => p.name === s.trim().toLowerCase());
    if (!peer)
      throw new Error(
        `--peers: "${s}" is not a peer (${PEERS.map((p) => p.name).join(', ')}, or none)`,
      );
    return peer;
  });
}
