import '../../styles/eventList.css';
import { useVirtualizer } from '@tanstack/react-virtual';
import { type KeyboardEvent, useEffect, useMemo, useRef, useState } from 'react';
import { useFullI18n } from '../../i18n/useI18n';
import { useFilteredIndex } from '../../session/derived';
import { useActions, useSession } from '../../session/hooks';
import { useTexts } from '../../session/texts';
import { usePalette } from '../../ui/useTheme';
import { GetTheData } from './GetTheData';

const ROW_ESTIMATE = 58;

/**
 * Every filtered event as a sortable table, virtualised (TanStack Virtual) so 100,000 rows cost
 * what a screenful does. ↑ / ↓ move between rows, scrolling as needed; Enter or a click selects
 * the event everywhere (timeline, map and card).
 */
export function EventList() {
  const index = useFilteredIndex();
  const selected = useSession((s) => s.selectedEventId);
  const { selectEvent } = useActions();
  const palette = usePalette();
  const { t, f } = useFullI18n();
  const texts = useTexts();
  const [descending, setDescending] = useState(false);
  const rows = useMemo(
    () => (descending ? [...index.byStart].reverse() : index.byStart),
    [index, descending],
  );
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 8,
  });
  const [focusRow, setFocusRow] = useState<number | null>(null);
  const items = virtualizer.getVirtualItems();
  const selectedIndex = useMemo(
    () => (selected ? rows.findIndex((e) => e.id === selected) : -1),
    [rows, selected],
  );
  // Roving tab stop: one row button is in the Tab order, and it is always a rendered one.
  const roving = focusRow ?? Math.max(0, selectedIndex);
  const tabbable = items.some((v) => v.index === roving) ? roving : items[0]?.index;

  // The row to focus may only exist after scrolling renders it.
  useEffect(() => {
    if (focusRow === null) return;
    scroller.current
      ?.querySelector<HTMLButtonElement>(`[data-row="${focusRow}"] button.row-select`)
      ?.focus({ preventScroll: true });
  });

  // Open on the selected event.
  // biome-ignore lint/correctness/useExhaustiveDependencies: on mount only
  useEffect(() => {
    if (selectedIndex > 0) virtualizer.scrollToIndex(selectedIndex, { align: 'center' });
  }, []);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const current = Number(
      (document.activeElement?.closest('[data-row]') as HTMLElement | null)?.dataset.row ?? -1,
    );
    let next: number | null = null;
    if (e.key === 'ArrowDown') next = Math.min(rows.length - 1, current + 1);
    else if (e.key === 'ArrowUp') next = Math.max(0, current - 1);
    else if (e.key === 'Home' && current >= 0) next = 0;
    else if (e.key === 'End' && current >= 0) next = rows.length - 1;
    if (next === null || next < 0) return;
    e.preventDefault();
    virtualizer.scrollToIndex(next, { align: 'auto' });
    setFocusRow(next);
  };

  return (
    <div className="event-list">
      <div className="list-head">
        <button type="button" onClick={() => setDescending(!descending)}>
          {t.list.date} {descending ? '↓' : '↑'}
          <span className="visually-hidden">
            {descending ? t.list.sortedNewest : t.list.sortedOldest}
          </span>
        </button>
        <span className="muted">{f.plural(rows.length, t.app.events)}</span>
      </div>
      <GetTheData events={index.byStart} />
      {rows.length === 0 ? (
        <p className="muted">{t.list.none}</p>
      ) : (
        // biome-ignore lint/a11y/noStaticElementInteractions: arrow keys move between the row buttons inside
        <div ref={scroller} className="list-scroll" onKeyDown={onKeyDown}>
          <ol
            aria-label={t.list.label(descending ? 'newest' : 'oldest')}
            style={{ height: virtualizer.getTotalSize() }}
          >
            {items.map((v) => {
              const e = rows[v.index];
              if (!e) return null;
              const isSelected = e.id === selected;
              return (
                // Only a screenful of items exists: setsize/posinset give their place in the whole.
                <li
                  key={e.id}
                  aria-setsize={rows.length}
                  aria-posinset={v.index + 1}
                  data-row={v.index}
                  data-index={v.index}
                  ref={virtualizer.measureElement}
                  className={`list-row${isSelected ? ' selected' : ''}`}
                  style={{ transform: `translateY(${v.start}px)` }}
                >
                  <span className="list-date">{e.date.label ?? f.eventDate(e.date)}</span>
                  <span>
                    <button
                      type="button"
                      className="row-select"
                      tabIndex={v.index === tabbable ? 0 : -1}
                      aria-current={isSelected ? 'true' : undefined}
                      onClick={() => selectEvent(e.id)}
                    >
                      {texts.event(e).title}
                    </button>
                    <span className="list-cat">
                      <i style={{ background: palette.category[e.category] }} aria-hidden="true" />
                      {t.categories[e.category]}
                      {e.status === 'planned' ? t.list.planned : ''}
                    </span>
                  </span>
                </li>
              );
            })}
          </ol>
        </div>
      )}
    </div>
  );
}
