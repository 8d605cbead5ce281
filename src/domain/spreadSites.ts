/**
 * Keeps every site separately visible and clickable at every zoom. In screen space, markers
 * closer than MIN_SEPARATION form a cluster: a cluster of up to MAX_SPREAD sites is pushed apart
 * as little as it takes, each drawn near its true place with a leader line back to it; a bigger
 * one is drawn as one marker named by its largest members ("Tijuana · San Ysidro +3") that lists
 * them all on click. A spread cluster can reach a neighbour; the two then join and are laid out
 * again, so no two drawn markers end up closer than MIN_SEPARATION, and a label or a click can
 * never be mistaken for a neighbour's.
 */
export interface ScreenSite {
  id: string;
  x: number;
  y: number;
  /** Marker radius in pixels. */
  r: number;
  /** Larger counts lead a group and its name. */
  weight: number;
  name: string;
}

export interface PlacedSite {
  id: string;
  /** Where the marker is drawn. */
  x: number;
  y: number;
  /** True when it was moved off its real position (draw a leader line). */
  moved: boolean;
  /** For a moved marker: the direction (radians, screen axes) from its cluster's centre outwards. */
  outward?: number;
}

export interface SiteGroup {
  ids: string[];
  x: number;
  y: number;
  /** "Tijuana · San Ysidro +3" */
  label: string;
}

export interface SpreadResult {
  sites: PlacedSite[];
  /** Groups too big to spread, drawn as one named marker. */
  groups: SiteGroup[];
}

/** Least distance in pixels between the centres of two drawn markers. */
export const MIN_SEPARATION = 40;
/** Radius of a group's marker. */
export const GROUP_RADIUS = 16;
const GAP = 3;
/** Clusters up to this size are spread; larger ones become a named marker. */
export const MAX_SPREAD = 12;
const ITERATIONS = 400;
/** Golden angle: separates sites that share one point in a fixed, even pattern. */
const GOLDEN = Math.PI * (3 - Math.sqrt(5));

export function groupLabel(names: readonly string[]): string {
  const [a, b] = names;
  const rest = names.length - 2;
  return [a, b].filter(Boolean).join(' · ') + (rest > 0 ? ` +${rest}` : '');
}

/** How far apart two markers of these radii must be drawn. */
const needed = (ra: number, rb: number, min: number) => Math.max(min, ra + rb + GAP);

interface Drawn {
  cluster: number;
  x: number;
  y: number;
  r: number;
}

/**
 * Pushes a cluster's markers apart until every two are `needed` apart, pulling each back towards
 * its true place while there is slack: the smallest displacement that separates them, with the
 * map's arrangement (who is north of whom) kept. Deterministic: no randomness, fixed order.
 */
function relax(members: readonly ScreenSite[], min: number): { x: number; y: number }[] {
  const pos = members.map((m, i) => {
    // Sites on one point start a hair apart, each in its own direction.
    const twin = members.findIndex((o) => Math.hypot(o.x - m.x, o.y - m.y) < 0.01);
    return twin < i
      ? { x: m.x + 0.5 * Math.cos(i * GOLDEN), y: m.y + 0.5 * Math.sin(i * GOLDEN) }
      : { x: m.x, y: m.y };
  });
  for (let it = 0; it < ITERATIONS; it++) {
    let apart = true;
    for (let i = 0; i < pos.length; i++)
      for (let j = i + 1; j < pos.length; j++) {
        const a = pos[i] as { x: number; y: number };
        const b = pos[j] as { x: number; y: number };
        const need = needed((members[i] as ScreenSite).r, (members[j] as ScreenSite).r, min);
        const dx = b.x - a.x;
        const dy = b.y - a.y;
        const d = Math.hypot(dx, dy) || 1e-6;
        if (d >= need) continue;
        apart = false;
        const push = (need - d) / 2 + 0.01;
        a.x -= (dx / d) * push;
        a.y -= (dy / d) * push;
        b.x += (dx / d) * push;
        b.y += (dy / d) * push;
      }
    if (apart && it > ITERATIONS / 2) break;
    // Pull back towards the true places, less and less, and not at all in the last rounds.
    const pull = it < (ITERATIONS * 3) / 4 ? 0.06 * (1 - it / ITERATIONS) : 0;
    pos.forEach((p, i) => {
      const m = members[i] as ScreenSite;
      p.x += (m.x - p.x) * pull;
      p.y += (m.y - p.y) * pull;
    });
  }
  return pos;
}

/** One cluster's markers: in place, pushed apart, or as one group marker. */
function layOut(members: readonly ScreenSite[], min: number): SpreadResult {
  const first = members[0] as ScreenSite;
  if (members.length === 1)
    return { sites: [{ id: first.id, x: first.x, y: first.y, moved: false }], groups: [] };
  const cx = members.reduce((t, m) => t + m.x, 0) / members.length;
  const cy = members.reduce((t, m) => t + m.y, 0) / members.length;
  const group = (): SpreadResult => ({
    sites: [],
    groups: [
      {
        ids: members.map((m) => m.id),
        x: cx,
        y: cy,
        label: groupLabel(members.map((m) => m.name)),
      },
    ],
  });
  if (members.length > MAX_SPREAD) return group();
  const pos = relax(members, min);
  // Should pushing not part them all (it always has in practice), draw them as one.
  for (let i = 0; i < pos.length; i++)
    for (let j = i + 1; j < pos.length; j++) {
      const a = pos[i] as { x: number; y: number };
      const b = pos[j] as { x: number; y: number };
      const need = needed((members[i] as ScreenSite).r, (members[j] as ScreenSite).r, min);
      if (Math.hypot(a.x - b.x, a.y - b.y) < need - 1e-6) return group();
    }
  // Labels face away from the cluster as drawn, where its neighbours are not.
  const dx = pos.reduce((t, p) => t + p.x, 0) / pos.length;
  const dy = pos.reduce((t, p) => t + p.y, 0) / pos.length;
  return {
    sites: members.map((m, i) => {
      const p = pos[i] as { x: number; y: number };
      const moved = Math.hypot(p.x - m.x, p.y - m.y) > 0.5;
      return { id: m.id, x: p.x, y: p.y, moved, outward: Math.atan2(p.y - dy, p.x - dx) };
    }),
    groups: [],
  };
}

export function spreadSites(
  sites: readonly ScreenSite[],
  minSeparation = MIN_SEPARATION,
): SpreadResult {
  const order = [...sites].sort((p, q) => q.weight - p.weight || p.id.localeCompare(q.id));
  // Union-find over the sites: a cluster is laid out as one.
  const parent = order.map((_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root] as number;
    parent[i] = root;
    return root;
  };
  const join = (a: number, b: number) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra === rb) return false;
    // The heavier site (lower index) roots the cluster, so it leads its name.
    parent[Math.max(ra, rb)] = Math.min(ra, rb);
    return true;
  };
  for (let i = 0; i < order.length; i++)
    for (let j = i + 1; j < order.length; j++) {
      const a = order[i] as ScreenSite;
      const b = order[j] as ScreenSite;
      if (Math.hypot(a.x - b.x, a.y - b.y) < needed(a.r, b.r, minSeparation)) join(i, j);
    }
  const index = new Map(order.map((s, i) => [s.id, i]));
  // Lay out, and merge clusters whose drawings come too close, until none do.
  for (;;) {
    const clusters = new Map<number, ScreenSite[]>();
    order.forEach((s, i) => {
      const root = find(i);
      clusters.set(root, [...(clusters.get(root) ?? []), s]);
    });
    const out: SpreadResult = { sites: [], groups: [] };
    const drawn: Drawn[] = [];
    for (const [root, members] of clusters) {
      const laid = layOut(members, minSeparation);
      out.sites.push(...laid.sites);
      out.groups.push(...laid.groups);
      for (const s of laid.sites)
        drawn.push({ cluster: root, x: s.x, y: s.y, r: order[index.get(s.id) ?? 0]?.r ?? 0 });
      for (const g of laid.groups) drawn.push({ cluster: root, x: g.x, y: g.y, r: GROUP_RADIUS });
    }
    let merged = false;
    for (let i = 0; i < drawn.length; i++)
      for (let j = i + 1; j < drawn.length; j++) {
        const a = drawn[i] as Drawn;
        const b = drawn[j] as Drawn;
        if (a.cluster === b.cluster) continue;
        if (Math.hypot(a.x - b.x, a.y - b.y) < needed(a.r, b.r, minSeparation))
          merged = join(a.cluster, b.cluster) || merged;
      }
    if (!merged) return out;
  }
}
