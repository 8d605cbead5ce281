import '../../styles/card.css';
import { useRef } from 'react';
import type { Place } from '../../data/schema';
import { AREA_KINDS } from '../../data/vocabulary';
import { useFullI18n } from '../../i18n/useI18n';
import { useActiveWindow, usePlaceEvents } from '../../session/derived';
import { useActions } from '../../session/hooks';
import { useTexts } from '../../session/texts';
import { useRevealOnMount } from '../../ui/useRevealOnMount';
import { usePalette } from '../../ui/useTheme';

/** A site and every event that happened there — all listed, none stacked out of sight. */
export function PlacePanel({ place, onClose }: { place: Place; onClose: () => void }) {
  const [from, to] = useActiveWindow();
  const actions = useActions();
  const palette = usePalette();
  const { t, f } = useFullI18n();
  const texts = useTexts();
  const events = usePlaceEvents(place.id);
  const heading = useRef<HTMLHeadingElement>(null);
  useRevealOnMount(heading, '.side-panel');
  const inWindow = events.filter((e) => e.t1 > from && e.t0 < to).length;

  return (
    <section className="place-panel" aria-labelledby="place-title" data-reveal>
      <div className="card-nav">
        <button
          type="button"
          className="card-close"
          onClick={onClose}
          aria-label={t.place.close(place.name)}
        >
          ×
        </button>
      </div>
      <p className="card-meta">
        {t.place.kinds[place.kind]}
        {AREA_KINDS.has(place.kind) ? t.place.area : ''}
      </p>
      <h2 id="place-title" ref={heading} tabIndex={-1}>
        {place.name}
      </h2>
      <p>{t.place.here(f.plural(events.length, t.app.events), f.number(inWindow))}</p>
      {place.note && <p className="muted">{place.note}</p>}
      <ol className="place-events">
        {events.map((e) => {
          const outside = !(e.t1 > from && e.t0 < to);
          return (
            <li key={e.id} className={outside ? 'outside-window' : ''}>
              <button type="button" onClick={() => actions.selectEvent(e.id)}>
                <span className="place-event-date">{f.eventDate(e.date)}</span>
                <span className="place-event-title">{texts.event(e).title}</span>
                <span className="place-event-cat">
                  <i style={{ background: palette.category[e.category] }} />
                  {t.categories[e.category]}
                  {outside ? t.place.outside : ''}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
