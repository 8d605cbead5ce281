/**
 * Keeps every site separately visible and clickable at every zoom. In screen space, markers
 * closer than MIN_SEPARATION form a group: a small group is spread on a ring around its centre
 * (leader lines point back to the true places), a big one is drawn as one marker named by its
 * largest members ("Tijuana · San Ysidro +3") that lists them all on click. A ring can reach a
 * neighbour; the two then join and are laid out again, so no two drawn markers end up closer
 * than MIN_SEPARATION, and a label or a click can never be mistaken for a neighbour's.
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
  /** For a moved marker: the direction (radians, screen axes) from its ring's centre outwards. */
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
/** Groups up to this size are spread on a ring; larger ones become a named marker. */
export const MAX_SPREAD = 8;

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

/** One cluster's markers: in place, on a ring, or as one group marker. */
function layOut(members: readonly ScreenSite[], min: number): SpreadResult {
  const first = members[0] as ScreenSite;
  if (members.length === 1)
    return { sites: [{ id: first.id, x: first.x, y: first.y, moved: false }], groups: [] };
  const cx = members.reduce((t, m) => t + m.x, 0) / members.length;
  const cy = members.reduce((t, m) => t + m.y, 0) / members.length;
  if (members.length > MAX_SPREAD)
    return {
      sites: [],
      groups: [
        { ids: members.map((m) => m.id), x: cx, y: cy, label: groupLabel(members.map((m) => m.name)) },
      ],
    };
  const r = Math.max(...members.map((m) => m.r));
  // Ring radius so neighbours on it are at least `needed` apart (chord = 2R sin(π/n)).
  const chord = needed(r, r, min);
  const ring = chord / (2 * Math.sin(Math.PI / Math.max(2, members.length)));
  // Keep the map's sense of direction: members take ring slots in the order of their true bearing.
  const bearing = (m: ScreenSite) =>
    Math.abs(m.x - cx) < 1e-9 && Math.abs(m.y - cy) < 1e-9 ? 0 : Math.atan2(m.y - cy, m.x - cx);
  const byBearing = [...members].sort((p, q) => bearing(p) - bearing(q) || p.id.localeCompare(q.id));
  const start = bearing(byBearing[0] as ScreenSite);
  return {
    sites: byBearing.map((m, i) => {
      const a = start + (2 * Math.PI * i) / members.length;
      return { id: m.id, x: cx + ring * Math.cos(a), y: cy + ring * Math.sin(a), moved: true, outward: a };
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
