import { memo } from 'react';
import type { Category } from '../data/schema';
import type { Bin } from '../domain/bins';
import type { Mark } from './layout';
import { ROW_H } from './layout';

interface Props {
  marks: readonly Mark[];
  bins: readonly (Bin & { y: number; height: number })[];
  selectedId: string | null;
  colours: Record<Category, string>;
  /** Events to emphasise (the selected site's); null = no emphasis. */
  highlighted: ReadonlySet<string> | null;
  onHover: (id: string | null, clientX?: number, clientY?: number) => void;
  onSelect: (id: string) => void;
}

/**
 * The event marks: spans for month/year precision and ranges, pills for single days; a dashed
 * outline marks approximate dates so colour is never the only signal.
 */
export const EventMarks = memo(function EventMarks({
  marks,
  bins,
  selectedId,
  colours,
  highlighted,
  onHover,
  onSelect,
}: Props) {
  return (
    <g className="event-marks">
      {bins.map((b) => (
        <rect
          key={`${b.lane}-${b.x0}`}
          className="event-bin"
          x={b.x0}
          y={b.y}
          width={b.x1 - b.x0 - 1}
          height={b.height}
          fill={colours[b.lane as Category]}
        >
          <title>{`${b.count} events`}</title>
        </rect>
      ))}
      {marks.map(({ event, x, y, width }) => {
        const dim = highlighted !== null && !highlighted.has(event.id);
        const classes = [
          'event-mark',
          `precision-${event.date.precision}`,
          event.date.approximate ? 'approximate' : '',
          event.status === 'planned' ? 'status-planned' : '',
          event.id === selectedId ? 'selected' : '',
          highlighted?.has(event.id) ? 'highlighted' : '',
          dim ? 'dimmed' : '',
        ];
        return (
          // Marks are a pointer shortcut; keyboard users reach events through the playhead and the list.
          // biome-ignore lint/a11y/noStaticElementInteractions: see above
          // biome-ignore lint/a11y/useKeyWithClickEvents: see above
          <rect
            key={event.id}
            className={classes.filter(Boolean).join(' ')}
            data-event-id={event.id}
            x={x}
            y={y}
            width={width}
            height={ROW_H}
            rx={event.date.precision === 'day' && !event.date.end ? ROW_H / 2 : 2}
            fill={colours[event.category]}
            color={colours[event.category]}
            onPointerEnter={(e) => onHover(event.id, e.clientX, e.clientY)}
            onPointerLeave={() => onHover(null)}
            onClick={() => onSelect(event.id)}
          />
        );
      })}
    </g>
  );
});
