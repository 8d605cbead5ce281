/**
 * Where each marker's label goes, in screen pixels. Labels are placed one by one in priority
 * order (selected, lit, busiest first), beside their own marker — or, where that side is
 * crowded, a little farther out on a leader line — and only where
 *  - it stays inside the frame and clear of the cards drawn over the map,
 *  - it overlaps no other label, marker or leader line, and
 *  - no marker has another's label nearer than its own, and no other marker is as near to a
 *    label beside its marker as its owner (a label set out is tied to its owner by its line):
 *    the label a reader sees by a marker is always that marker's.
 * A label that finds no such place is left out (the marker keeps its name on hover and in the
 * list). A spread marker's label prefers the side it was pushed towards.
 */

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** MapLibre's text-anchor: the part of the label that sits at its anchor point. */
export type LabelAnchor =
  | 'left'
  | 'right'
  | 'top'
  | 'bottom'
  | 'top-left'
  | 'top-right'
  | 'bottom-left'
  | 'bottom-right';

export interface LabelMarker {
  id: string;
  x: number;
  y: number;
  /** Radius of the marker as drawn, ring and halo included. */
  r: number;
  text: string;
  /** Font size in pixels. */
  size: number;
  /** Extra space between letters, in ems (MapLibre's text-letter-spacing). */
  letterSpacing?: number;
  /** Lower is placed first. */
  priority: number;
  /** Preferred direction (radians, screen axes: 0 = east, π/2 = south). */
  outward?: number;
}

export interface PlacedLabel {
  id: string;
  anchor: LabelAnchor;
  /** The label's lines, as drawn. */
  lines: string[];
  box: Box;
  /** From the marker's centre to the label's anchor point, in pixels. */
  offset: [number, number];
  /** For a label set out from its marker: the line from the marker's edge to it. */
  leader?: Segment;
}

export type Segment = readonly [number, number, number, number];

export interface LabelLayoutInput {
  markers: readonly LabelMarker[];
  /** Where labels may be drawn. */
  frame: Box;
  /** Cards and controls drawn over the map. */
  obstacles?: readonly Box[];
  /** Leader lines and other strokes labels must not cross: [x0, y0, x1, y1]. */
  segments?: readonly (readonly [number, number, number, number])[];
  /** Width in pixels of a text at a font size. */
  measure: (text: string, size: number) => number;
  /** Longest line, in ems, before a label wraps. */
  maxWidthEm?: number;
  /** Line height, in ems (MapLibre's default text-line-height is 1.2). */
  lineHeight?: number;
  /** Space between a marker's edge and its label. */
  gap?: number;
}

const PAD = 2;
/** How far a crowded label may be set out from its marker, in steps of this many pixels. */
const STEP = 14;
const STEPS = 3;
const DIRECTIONS: readonly { anchor: LabelAnchor; angle: number }[] = [
  { anchor: 'left', angle: 0 },
  { anchor: 'right', angle: Math.PI },
  { anchor: 'bottom', angle: -Math.PI / 2 },
  { anchor: 'top', angle: Math.PI / 2 },
  { anchor: 'bottom-left', angle: -Math.PI / 4 },
  { anchor: 'top-left', angle: Math.PI / 4 },
  { anchor: 'bottom-right', angle: (-3 * Math.PI) / 4 },
  { anchor: 'top-right', angle: (3 * Math.PI) / 4 },
];

/** Distance from a point to a box (0 inside it). */
export function distanceToBox(x: number, y: number, b: Box): number {
  const dx = Math.max(b.x0 - x, 0, x - b.x1);
  const dy = Math.max(b.y0 - y, 0, y - b.y1);
  return Math.hypot(dx, dy);
}

const overlaps = (a: Box, b: Box, pad = 0) =>
  a.x0 < b.x1 + pad && b.x0 < a.x1 + pad && a.y0 < b.y1 + pad && b.y0 < a.y1 + pad;

const inside = (a: Box, frame: Box) =>
  a.x0 >= frame.x0 && a.y0 >= frame.y0 && a.x1 <= frame.x1 && a.y1 <= frame.y1;

/** True when the segment crosses the box (Liang–Barsky clipping). */
export function segmentCrossesBox(
  [x0, y0, x1, y1]: readonly [number, number, number, number],
  b: Box,
): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = x1 - x0;
  const dy = y1 - y0;
  const edges: [number, number][] = [
    [-dx, x0 - b.x0],
    [dx, b.x1 - x0],
    [-dy, y0 - b.y0],
    [dy, b.y1 - y0],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return false;
    }
  }
  return true;
}

/** True when two segments cross. */
function segmentsCross(a: Segment, b: Segment): boolean {
  const orient = (ax: number, ay: number, bx: number, by: number, cx: number, cy: number) =>
    Math.sign((bx - ax) * (cy - ay) - (by - ay) * (cx - ax));
  const [p0, p1, p2, p3] = [a[0], a[1], a[2], a[3]];
  const [q0, q1, q2, q3] = [b[0], b[1], b[2], b[3]];
  return (
    orient(p0, p1, p2, p3, q0, q1) !== orient(p0, p1, p2, p3, q2, q3) &&
    orient(q0, q1, q2, q3, p0, p1) !== orient(q0, q1, q2, q3, p2, p3)
  );
}

/** Distance from a point to a segment. */
function distanceToSegment(x: number, y: number, [x0, y0, x1, y1]: Segment): number {
  const dx = x1 - x0;
  const dy = y1 - y0;
  const len = dx * dx + dy * dy;
  const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((x - x0) * dx + (y - y0) * dy) / len));
  return Math.hypot(x - (x0 + t * dx), y - (y0 + t * dy));
}

/** Words into lines no wider than `max` pixels (a single long word keeps its own line). */
export function wrapLabel(text: string, max: number, width: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && width(next) > max) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** The box of a label of size w × h at distance `d` from a marker's centre, in one direction. */
function boxFor(m: LabelMarker, anchor: LabelAnchor, w: number, h: number, d: number) {
  const k = d / Math.SQRT2;
  const offsets: Record<LabelAnchor, [number, number]> = {
    left: [d, 0],
    right: [-d, 0],
    bottom: [0, -d],
    top: [0, d],
    'bottom-left': [k, -k],
    'top-left': [k, k],
    'bottom-right': [-k, -k],
    'top-right': [-k, k],
  };
  const [ox, oy] = offsets[anchor];
  const ax = m.x + ox;
  const ay = m.y + oy;
  const x0 = anchor.endsWith('left') ? ax : anchor.endsWith('right') ? ax - w : ax - w / 2;
  const y0 = anchor.startsWith('top') ? ay : anchor.startsWith('bottom') ? ay - h : ay - h / 2;
  return { box: { x0, y0, x1: x0 + w, y1: y0 + h }, offset: [ox, oy] as [number, number] };
}

const angleBetween = (a: number, b: number) => {
  const d = Math.abs(a - b) % (2 * Math.PI);
  return d > Math.PI ? 2 * Math.PI - d : d;
};

export function layoutLabels(input: LabelLayoutInput): PlacedLabel[] {
  const { markers, frame, measure } = input;
  const obstacles = input.obstacles ?? [];
  const segments: Segment[] = [...(input.segments ?? [])];
  const lineHeight = input.lineHeight ?? 1.2;
  const gap = input.gap ?? 4;
  const maxEm = input.maxWidthEm ?? 10;
  const placed: PlacedLabel[] = [];
  /** Each labelled marker's distance to its own label. */
  const own = new Map<string, number>();
  const order = [...markers].sort((a, b) => a.priority - b.priority || a.id.localeCompare(b.id));

  const fits = (m: LabelMarker, box: Box, leader: Segment | undefined) => {
    if (!inside(box, frame)) return false;
    if (obstacles.some((o) => overlaps(box, o, PAD))) return false;
    if (placed.some((p) => overlaps(box, p.box, PAD))) return false;
    if (segments.some((s) => segmentCrossesBox(s, box))) return false;
    if (leader) {
      if (placed.some((p) => segmentCrossesBox(leader, p.box))) return false;
      if (segments.some((s) => segmentsCross(s, leader))) return false;
      if (markers.some((o) => o.id !== m.id && distanceToSegment(o.x, o.y, leader) < o.r + PAD))
        return false;
    }
    const mine = distanceToBox(m.x, m.y, box);
    // No other marker is nearer to a label beside its marker than its owner (a label set out
    // on a leader line is tied to its owner by the line), and no marker is left with another's
    // label nearer than its own…
    for (const o of markers) {
      if (o.id === m.id) continue;
      const reserve = own.get(o.id) ?? o.r + gap;
      if (distanceToBox(o.x, o.y, box) < Math.max(leader ? 0 : mine, reserve) + PAD) return false;
    }
    // …and no label already placed is nearer to this marker than its own.
    return placed.every((p) => distanceToBox(m.x, m.y, p.box) > mine + PAD);
  };

  for (const m of order) {
    const spacing = (m.letterSpacing ?? 0) * m.size;
    const width = (s: string) => measure(s, m.size) + spacing * s.length;
    const directions =
      m.outward === undefined
        ? DIRECTIONS
        : [...DIRECTIONS].sort(
            (a, b) =>
              angleBetween(a.angle, m.outward as number) -
              angleBetween(b.angle, m.outward as number),
          );
    // The usual width first, then a narrower wrapping; beside the marker first, then set out.
    const wraps = [maxEm, maxEm * 0.65, maxEm * 0.45].map((em) => {
      const lines = wrapLabel(m.text, em * m.size, width);
      return {
        lines,
        w: Math.ceil(Math.max(...lines.map(width))),
        h: Math.ceil(lines.length * m.size * lineHeight),
      };
    });
    let spot: PlacedLabel | undefined;
    for (let step = 0; step <= STEPS && !spot; step++)
      for (const wrap of wraps) {
        if (spot) break;
        for (const dir of directions) {
          const d = m.r + gap + step * STEP;
          const { box, offset } = boxFor(m, dir.anchor, wrap.w, wrap.h, d);
          const leader: Segment | undefined =
            step > 0
              ? [
                  m.x + (offset[0] * (m.r + 1)) / d,
                  m.y + (offset[1] * (m.r + 1)) / d,
                  m.x + (offset[0] * (d - 2)) / d,
                  m.y + (offset[1] * (d - 2)) / d,
                ]
              : undefined;
          if (!fits(m, box, leader)) continue;
          spot = { id: m.id, anchor: dir.anchor, lines: wrap.lines, box, offset };
          if (leader) {
            spot.leader = leader;
            segments.push(leader);
          }
          break;
        }
      }
    if (spot) {
      placed.push(spot);
      own.set(m.id, distanceToBox(m.x, m.y, spot.box));
    }
  }
  return placed;
}
