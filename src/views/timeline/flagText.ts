/**
 * The date flag's words, for the live timeline and the slide alike: the date, the events at the
 * playhead (those lighting the map) and, apart, the longer spans merely under way.
 */
import type { CoreMessages as Messages } from '../../i18n/en';
import type { Formatters } from '../../i18n/format';

export function flagText(
  t: Messages,
  f: Formatters,
  playhead: number,
  counts: { at: number; ongoing: number },
): string {
  const under = counts.ongoing > 0 ? ` ${f.plural(counts.ongoing, t.timeline.flagOngoing)}` : '';
  return `${f.dayShort(playhead)} · ${f.plural(counts.at, t.timeline.flag)}${under}`;
}
