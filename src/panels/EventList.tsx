import { type KeyboardEvent, useMemo, useState } from 'react';
import { formatEventDate } from '../domain/formatDate';
import { useStore } from '../state/store';
import { useFilteredIndex } from '../state/useDerived';
import { useSelectionActions } from '../state/useSelectionActions';
import { CATEGORY_COLOR, CATEGORY_LABEL } from '../timeline/categories';

/**
 * Every filtered event as a table, sortable by date. ↑ / ↓ move between rows; Enter or a click
 * selects the event everywhere (timeline, map and card).
 */
export function EventList() {
  const index = useFilteredIndex();
  const selected = useStore((s) => s.selectedEventId);
  const { selectEvent } = useSelectionActions();
  const [descending, setDescending] = useState(false);
  const rows = useMemo(
    () => (descending ? [...index.byStart].reverse() : index.byStart),
    [index, descending],
  );

  const onKeyDown = (e: KeyboardEvent<HTMLTableSectionElement>) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const buttons = [...e.currentTarget.querySelectorAll<HTMLButtonElement>('button.row-select')];
    const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next =
      buttons[Math.min(buttons.length - 1, Math.max(0, i + (e.key === 'ArrowDown' ? 1 : -1)))];
    if (next) {
      e.preventDefault();
      next.focus();
    }
  };

  return (
    <table className="event-list">
      <caption className="visually-hidden">Events matching the filters, {rows.length} rows</caption>
      <thead>
        <tr>
          <th scope="col" aria-sort={descending ? 'descending' : 'ascending'}>
            <button type="button" onClick={() => setDescending(!descending)}>
              Date {descending ? '↓' : '↑'}
              <span className="visually-hidden">
                , sort {descending ? 'oldest first' : 'newest first'}
              </span>
            </button>
          </th>
          <th scope="col">Event</th>
        </tr>
      </thead>
      <tbody onKeyDown={onKeyDown}>
        {rows.map((e) => (
          <tr
            key={e.id}
            className={e.id === selected ? 'selected' : undefined}
            aria-current={e.id === selected ? 'true' : undefined}
          >
            <td className="list-date">{formatEventDate(e.date)}</td>
            <td>
              <button type="button" className="row-select" onClick={() => selectEvent(e.id)}>
                {e.title}
              </button>
              <span className="list-cat">
                <i style={{ background: CATEGORY_COLOR[e.category] }} aria-hidden="true" />
                {CATEGORY_LABEL[e.category]}
              </span>
            </td>
          </tr>
        ))}
        {rows.length === 0 && (
          <tr>
            <td colSpan={2} className="muted">
              No events match the filters.
            </td>
          </tr>
        )}
      </tbody>
    </table>
  );
}
