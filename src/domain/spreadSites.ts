/**
 * Keeps every site separately visible and clickable at every zoom. In screen space, markers
 * that would overlap form a group: a small group is spread on a ring around its centre (leader
 * lines point back to the true places), a big one is drawn as one marker named by its largest
 * members ("Tijuana · San Ysidro +3") that lists them all on click.
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

const GAP = 3;
/** Groups up to this size are spread on a ring; larger ones become a named marker. */
export const MAX_SPREAD = 8;

export function groupLabel(names: readonly string[]): string {
  const [a, b] = names;
  const rest = names.length - 2;
  return [a, b].filter(Boolean).join(' · ') + (rest > 0 ? ` +${rest}` : '');
}

export function spreadSites(sites: readonly ScreenSite[]): SpreadResult {
  const order = [...sites].sort((p, q) => q.weight - p.weight || p.id.localeCompare(q.id));
  const groups: ScreenSite[][] = [];
  for (const s of order) {
    const home = groups.find((g) =>
      g.some((m) => Math.hypot(m.x - s.x, m.y - s.y) < m.r + s.r + GAP),
    );
    if (home) home.push(s);
    else groups.push([s]);
  }
  const out: SpreadResult = { sites: [], groups: [] };
  for (const g of groups) {
    const first = g[0] as ScreenSite;
    if (g.length === 1) {
      out.sites.push({ id: first.id, x: first.x, y: first.y, moved: false });
      continue;
    }
    const cx = g.reduce((t, m) => t + m.x, 0) / g.length;
    const cy = g.reduce((t, m) => t + m.y, 0) / g.length;
    if (g.length > MAX_SPREAD) {
      out.groups.push({
        ids: g.map((m) => m.id),
        x: cx,
        y: cy,
        label: groupLabel(g.map((m) => m.name)),
      });
      continue;
    }
    const r = Math.max(...g.map((m) => m.r));
    // Ring radius so neighbours on it do not touch (chord ≥ 2r + gap).
    const ring = Math.max(r + GAP, (2 * r + GAP) / (2 * Math.sin(Math.PI / g.length)));
    // Keep the map's sense of direction: members take ring slots in the order of their true bearing.
    const bearing = (m: ScreenSite) =>
      m.x === cx && m.y === cy ? 0 : Math.atan2(m.y - cy, m.x - cx);
    const byBearing = [...g].sort((p, q) => bearing(p) - bearing(q) || p.id.localeCompare(q.id));
    const start = bearing(byBearing[0] as ScreenSite);
    byBearing.forEach((m, i) => {
      const a = start + (2 * Math.PI * i) / g.length;
      out.sites.push({
        id: m.id,
        x: cx + ring * Math.cos(a),
        y: cy + ring * Math.sin(a),
        moved: true,
      });
    });
  }
  return out;
}
