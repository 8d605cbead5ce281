import type { FronteraEvent } from '../../data/schema';
import { useI18n } from '../../i18n/useI18n';

/** Title and date of the hovered mark, positioned in the timeline's coordinate space. */
export function Tooltip({ event, x, y }: { event: FronteraEvent; x: number; y: number }) {
  const { t, f } = useI18n();
  return (
    <div className="timeline-tooltip" role="tooltip" style={{ left: x, top: y }}>
      <strong>{event.title}</strong>
      <span>
        {f.eventDate(event.date)}
        {event.status === 'planned'
          ? t.timeline.planned
          : event.status === 'ongoing'
            ? t.timeline.ongoing
            : ''}
      </span>
    </div>
  );
}
