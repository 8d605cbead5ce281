/**
 * A TimelineJS title slide (Type "title") is not an event: its Headline and Text become the
 * dataset's title and introduction. TimelineJS uses the first one; so do we, and say so.
 */
import type { Dataset } from '../data/schema';
import { cell } from './headerMap';
import type { Table, TableRow } from './parseTable';
import type { RowContext, RowDraft } from './rowContext';
import { capText, cleanText, htmlToText } from './text';

export function readTitleSlide(
  ctx: RowContext,
  table: Table,
  drafts: readonly RowDraft[],
): Dataset['about'] {
  const slides = drafts.filter((d) => d.skipped === 'title');
  const [first, ...others] = slides;
  if (!first) return undefined;
  for (const d of others)
    ctx.warnings.row(d.row, undefined, 'extraTitleSlide', { first: first.row });
  const row = table.rows.find((r) => r.row === first.row) as TableRow;
  const read = (field: 'title' | 'summary', max: number, multiline: boolean) =>
    capText(cleanText(htmlToText(cell(ctx.map, row, field)), multiline), max);
  const title = read('title', 200, false);
  const introduction = read('summary', 2000, true);
  if (!title) return undefined;
  return { title, ...(introduction ? { introduction } : {}) };
}
