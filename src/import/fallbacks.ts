/** Defaults used by many rows, reported once for the file rather than once per row. */
import type { HeaderMap } from './headerMap';
import type { IssueList } from './issues';
import { DEFAULT_CATEGORY, type Fallbacks } from './rowContext';
import { quote } from './text';

const rowsList = (rows: readonly number[]) =>
  `row${rows.length === 1 ? '' : 's'} ${rows.slice(0, 10).join(', ')}${rows.length > 10 ? ', …' : ''}`;

export function reportFallbacks(map: HeaderMap, f: Fallbacks, warnings: IssueList) {
  const rows = (list: readonly number[], one: string, many: string) =>
    `${list.length} ${list.length === 1 ? `row ${one}` : `rows ${many}`}`;
  if (f.category.length > 0)
    warnings.file(
      `${rows(f.category, 'gives', 'give')} no category and ${f.category.length === 1 ? 'is' : 'are'} shown as "${DEFAULT_CATEGORY}" (${rowsList(f.category)})${map.bindings.category ? '' : ' — add a "category" column to sort them'}`,
    );
  if (f.summary.length > 0)
    warnings.file(
      `${rows(f.summary, 'has', 'have')} no summary; the title is shown in its place (${rowsList(f.summary)})`,
    );
  if (f.time.length > 0)
    warnings.file(
      `${rows(f.time, 'gives', 'give')} a time of day, which is not shown (${rowsList(f.time)})`,
    );
  if (f.groups.size > 0) {
    const names = [...f.groups.keys()].slice(0, 5).map(quote).join(', ');
    warnings.file(
      `TimelineJS groups that are not Frontera categories (${names}${f.groups.size > 5 ? ', …' : ''}) are kept in each event's note`,
    );
  }
}
