/**
 * Lane names in the timeline's left margin. The margin widens (within limits) to fit the
 * language's names — "Medidas y programas" is longer than "Policy" — and a phone's narrow margin
 * takes the short names, cut with an ellipsis only if even those do not fit.
 */
export const NARROW_GUTTER = 84;
const MIN_GUTTER = 112;
const MAX_GUTTER = 160;
/** Space between a label's end and the lanes. */
export const LABEL_GAP = 6;

/** The left margin for these labels: wide enough for the longest, between 112 and 160 px. */
export function gutterFor(labels: readonly string[], measure: (s: string) => number): number {
  const widest = Math.max(0, ...labels.map(measure));
  return Math.min(MAX_GUTTER, Math.max(MIN_GUTTER, Math.ceil(widest + LABEL_GAP + 8)));
}

/** The label itself if it fits in `room` px, else it cut to fit with "…". */
export function fitLabel(label: string, room: number, measure: (s: string) => number): string {
  if (measure(label) <= room) return label;
  for (let n = label.length - 1; n > 1; n--) {
    const cut = `${label.slice(0, n).trimEnd()}…`;
    if (measure(cut) <= room) return cut;
  }
  return '…';
}
