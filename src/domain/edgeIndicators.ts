/**
 * Sites outside the map's frame, shown at its edge where a line from the frame's centre to them
 * leaves it: "↘ Mexico City +4". Indicators that would overlap are merged into one (named by its
 * heaviest site), so a few chips say what lies beyond the view in every direction and each is
 * one click from showing it. Pure screen geometry: the map engine supplies projected points.
 */
import type { Box } from './labelLayout';

export interface OffscreenSite {
  id: string;
  name: string;
  /** Projected position in screen pixels (outside the frame). */
  x: number;
  y: number;
  /** Heavier sites name a merged indicator. */
  weight: number;
}

export interface EdgeIndicator {
  /** Its sites, heaviest first. */
  ids: string[];
  /** The heaviest site's name. */
  name: string;
  /** How many more sites it stands for. */
  more: number;
  /** Direction from the frame's centre towards its sites (radians, screen axes). */
  angle: number;
  /** Where the chip is drawn. */
  box: Box;
}

export interface EdgeIndicatorInput {
  sites: readonly OffscreenSite[];
  /** The part of the map a chip may occupy (the frame less a margin). */
  frame: Box;
  /** Size of a chip for a name and a count. */
  size: (name: string, more: number) => { width: number; height: number };
  /** Boxes a chip must not cover (controls and cards over the map). */
  obstacles?: readonly Box[];
}

const overlaps = (a: Box, b: Box, pad = 4) =>
  a.x0 < b.x1 + pad && b.x0 < a.x1 + pad && a.y0 < b.y1 + pad && b.y0 < a.y1 + pad;

/** Where the ray from the frame's centre at `angle` leaves the frame shrunk by half a chip. */
function chipBox(angle: number, frame: Box, w: number, h: number): Box {
  const cx = (frame.x0 + frame.x1) / 2;
  const cy = (frame.y0 + frame.y1) / 2;
  const hw = Math.max(0, (frame.x1 - frame.x0 - w) / 2);
  const hh = Math.max(0, (frame.y1 - frame.y0 - h) / 2);
  const dx = Math.cos(angle);
  const dy = Math.sin(angle);
  const t = Math.min(
    Math.abs(dx) < 1e-9 ? Number.POSITIVE_INFINITY : hw / Math.abs(dx),
    Math.abs(dy) < 1e-9 ? Number.POSITIVE_INFINITY : hh / Math.abs(dy),
  );
  const x = cx + dx * t;
  const y = cy + dy * t;
  return { x0: x - w / 2, y0: y - h / 2, x1: x + w / 2, y1: y + h / 2 };
}

/**
 * Slides a chip along the frame's edge until it clears the obstacles; where the whole edge is
 * taken (a card across the top of a short map), sets it just inside the card instead.
 */
function clear(box: Box, frame: Box, obstacles: readonly Box[]): Box {
  const hits = (b: Box) => obstacles.some((o) => overlaps(b, o));
  if (!hits(box)) return box;
  const inFrame = (b: Box) =>
    b.x0 >= frame.x0 && b.y0 >= frame.y0 && b.x1 <= frame.x1 && b.y1 <= frame.y1;
  const shift = (b: Box, dx: number, dy: number): Box => ({
    x0: b.x0 + dx,
    y0: b.y0 + dy,
    x1: b.x1 + dx,
    y1: b.y1 + dy,
  });
  const onSide = box.x0 <= frame.x0 + 1 || box.x1 >= frame.x1 - 1;
  for (let step = 8; step < 400; step += 8)
    for (const sign of [1, -1]) {
      const moved = onSide ? shift(box, 0, sign * step) : shift(box, sign * step, 0);
      if (inFrame(moved) && !hits(moved)) return moved;
    }
  // Inwards, past whatever covers this stretch of the edge.
  const cx = (frame.x0 + frame.x1) / 2;
  const cy = (frame.y0 + frame.y1) / 2;
  const bx = (box.x0 + box.x1) / 2;
  const by = (box.y0 + box.y1) / 2;
  for (let step = 8; step < 400; step += 8) {
    const moved = onSide
      ? shift(box, bx < cx ? step : -step, 0)
      : shift(box, 0, by < cy ? step : -step);
    if (!inFrame(moved)) break;
    if (!hits(moved)) return moved;
  }
  return box;
}

interface Bundle {
  sites: OffscreenSite[];
  angle: number;
}

/** Mean direction of a bundle's sites, weighting none over another. */
function meanAngle(sites: readonly OffscreenSite[], frame: Box): number {
  const cx = (frame.x0 + frame.x1) / 2;
  const cy = (frame.y0 + frame.y1) / 2;
  let sx = 0;
  let sy = 0;
  for (const s of sites) {
    const a = Math.atan2(s.y - cy, s.x - cx);
    sx += Math.cos(a);
    sy += Math.sin(a);
  }
  return Math.atan2(sy, sx);
}

export function edgeIndicators(input: EdgeIndicatorInput): EdgeIndicator[] {
  const { frame, size } = input;
  const obstacles = input.obstacles ?? [];
  const byWeight = [...input.sites].sort((a, b) => b.weight - a.weight || a.id.localeCompare(b.id));
  let bundles: Bundle[] = byWeight.map((s) => ({ sites: [s], angle: meanAngle([s], frame) }));
  const draw = (b: Bundle): EdgeIndicator => {
    const lead = b.sites[0] as OffscreenSite;
    const more = b.sites.length - 1;
    const { width, height } = size(lead.name, more);
    return {
      ids: b.sites.map((s) => s.id),
      name: lead.name,
      more,
      angle: b.angle,
      box: clear(chipBox(b.angle, frame, width, height), frame, obstacles),
    };
  };
  // Merge overlapping chips, nearest in direction first, until none overlap.
  for (;;) {
    const drawn = bundles.map(draw);
    let pair: [number, number] | null = null;
    let closest = Number.POSITIVE_INFINITY;
    for (let i = 0; i < drawn.length; i++)
      for (let j = i + 1; j < drawn.length; j++) {
        const a = drawn[i] as EdgeIndicator;
        const b = drawn[j] as EdgeIndicator;
        if (!overlaps(a.box, b.box)) continue;
        const d = Math.abs(Math.atan2(Math.sin(a.angle - b.angle), Math.cos(a.angle - b.angle)));
        if (d < closest) {
          closest = d;
          pair = [i, j];
        }
      }
    if (!pair) return drawn;
    const [i, j] = pair;
    const sites = [...(bundles[i]?.sites ?? []), ...(bundles[j]?.sites ?? [])].sort(
      (a, b) => b.weight - a.weight || a.id.localeCompare(b.id),
    );
    bundles = [
      ...bundles.filter((_, k) => k !== i && k !== j),
      { sites, angle: meanAngle(sites, frame) },
    ];
  }
}
