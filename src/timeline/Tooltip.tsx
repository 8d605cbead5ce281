import type { FronteraEvent } from '../data/schema';
import { formatEventDate } from '../domain/formatDate';

/** Title and date of the hovered mark, positioned in the timeline's coordinate space. */
export function Tooltip({ event, x, y }: { event: FronteraEvent; x: number; y: number }) {
  return (
    <div className="timeline-tooltip" role="tooltip" style={{ left: x, top: y }}>
      <strong>{event.title}</strong>
      <span>
        {formatEventDate(event.date)}
        {event.status === 'planned' ? ' · planned' : event.status === 'ongoing' ? ' · ongoing' : ''}
      </span>
    </div>
  );
}
