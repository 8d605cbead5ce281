import { useRef } from 'react';
import { AREA_KINDS, type Place } from '../data/schema';
import { formatEventDate } from '../domain/formatDate';
import { useCommands } from '../state/useCommands';
import { useActiveWindow, usePlaceEvents } from '../state/useDerived';
import { CATEGORY_LABEL } from '../ui/labels';
import { useRevealOnMount } from '../ui/useRevealOnMount';
import { usePalette } from '../ui/useTheme';

const KIND_LABEL: Record<Place['kind'], string> = {
  'port-of-entry': 'Port of entry',
  city: 'City',
  building: 'Building',
  state: 'State',
  country: 'Country',
  region: 'Region',
  'border-sector': 'Border Patrol sector',
};

/** A site and every event that happened there — all listed, none stacked out of sight. */
export function PlacePanel({ place, onClose }: { place: Place; onClose: () => void }) {
  const [from, to] = useActiveWindow();
  const commands = useCommands();
  const palette = usePalette();
  const events = usePlaceEvents(place.id);
  const heading = useRef<HTMLHeadingElement>(null);
  useRevealOnMount(heading, '.side-panel');
  const inWindow = events.filter((e) => e.t1 > from && e.t0 < to).length;

  return (
    <section className="place-panel" aria-labelledby="place-title">
      <div className="card-nav">
        <button
          type="button"
          className="card-close"
          onClick={onClose}
          aria-label={`Close ${place.name}`}
        >
          ×
        </button>
      </div>
      <p className="card-meta">
        {KIND_LABEL[place.kind]}
        {AREA_KINDS.has(place.kind) ? ' (area)' : ''}
      </p>
      <h2 id="place-title" ref={heading} tabIndex={-1}>
        {place.name}
      </h2>
      <p>
        {events.length} event{events.length === 1 ? '' : 's'} here · {inWindow} in the current
        window
      </p>
      {place.note && <p className="muted">{place.note}</p>}
      <ol className="place-events">
        {events.map((e) => {
          const outside = !(e.t1 > from && e.t0 < to);
          return (
            <li key={e.id} className={outside ? 'outside-window' : ''}>
              <button type="button" onClick={() => commands.selectEvent(e.id)}>
                <span className="place-event-date">{formatEventDate(e.date)}</span>
                <span className="place-event-title">{e.title}</span>
                <span className="place-event-cat">
                  <i style={{ background: palette.category[e.category] }} />
                  {CATEGORY_LABEL[e.category]}
                  {outside ? ' · outside window' : ''}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
