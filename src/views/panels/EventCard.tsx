import { useRef } from 'react';
import type { FronteraEvent } from '../../data/schema';
import { useI18n } from '../../i18n/useI18n';
import { useDatasetModel } from '../../session/datasetContext';
import { useStore } from '../../session/store';
import { useCommands } from '../../session/useCommands';
import { useFilteredIndex, usePlaceEvents } from '../../session/useDerived';
import { useRevealOnMount } from '../../ui/useRevealOnMount';
import { usePalette } from '../../ui/useTheme';
import { EventFigures } from './EventFigures';
import { EventProvenance } from './EventProvenance';
import { EventSources } from './EventSources';

interface Props {
  event: FronteraEvent;
  /** Set when the reader came from a site's list, to offer the way back. */
  fromPlaceName?: string | undefined;
  onBack?: () => void;
  onClose: () => void;
}

/** Everything the dataset knows about one event, and where it comes from. */
export function EventCard({ event, fromPlaceName, onBack, onClose }: Props) {
  const { placesById, adminsById } = useDatasetModel();
  const commands = useCommands();
  const colour = usePalette().category[event.category];
  const heading = useRef<HTMLHeadingElement>(null);
  const { t, f, lang } = useI18n();
  useRevealOnMount(heading, '.side-panel');
  // Previous / Next walk the reader's context: the site they came from, else the filtered list.
  const placeId = useStore((s) => s.selectedPlaceId);
  const atPlace = usePlaceEvents(placeId);
  const filtered = useFilteredIndex().byStart;
  const context = placeId ? atPlace : filtered;
  const position = context.findIndex((e) => e.id === event.id);
  const prev = position > 0 ? context[position - 1] : undefined;
  const next = position >= 0 ? context[position + 1] : undefined;
  const where = placeId ? t.card.atPlace(placesById.get(placeId)?.name ?? placeId) : '';

  const admins = (ids: string[]) =>
    ids.length ? ids.map((id) => adminsById.get(id)?.name ?? id).join(' → ') : '—';

  return (
    <article className="event-card" aria-labelledby={`title-${event.id}`} data-reveal>
      <div className="card-nav">
        {onBack && fromPlaceName && (
          <button type="button" onClick={onBack}>
            ← {fromPlaceName}
          </button>
        )}
        <button type="button" className="card-close" onClick={onClose} aria-label={t.card.close}>
          ×
        </button>
      </div>
      <p className="card-meta">
        <span className="category-chip" style={{ borderColor: colour }}>
          <i style={{ background: colour }} />
          {t.categories[event.category]}
        </span>
        {event.group && <span className="group-chip">{event.group}</span>}
        {/* A file's own wording of the date (TimelineJS Display Date) wins; the drawn date stays in reach. */}
        <time
          dateTime={event.date.start}
          {...(event.date.label ? { title: f.eventDate(event.date) } : {})}
        >
          {event.date.label ?? f.eventDate(event.date)}
        </time>
      </p>
      <h2 id={`title-${event.id}`} ref={heading} tabIndex={-1}>
        {event.title}
      </h2>
      <EventProvenance event={event} />
      <dl className="card-admins">
        <dt>{t.card.us}</dt>
        <dd>{admins(event.admins.us)}</dd>
        <dt>{t.card.mx}</dt>
        <dd>{admins(event.admins.mx)}</dd>
        {event.admins.reason && (
          <>
            <dt>{t.card.setByEditors}</dt>
            <dd>{event.admins.reason}</dd>
          </>
        )}
      </dl>
      <p className="card-summary">{event.summary}</p>
      {event.quote && (
        <figure className="card-quote">
          {/* Quotes stay in the language they were spoken and published in. */}
          <blockquote lang="en">“{event.quote.text}”</blockquote>
          <figcaption>
            — {event.quote.speaker}
            {lang !== 'en' && <span className="muted"> ({t.card.inOriginal})</span>}
          </figcaption>
        </figure>
      )}
      <EventFigures figures={event.figures} />
      <section className="card-places" aria-label={t.card.places}>
        <h3>{t.card.where}</h3>
        {event.places.length === 0 ? (
          <p className="muted">{t.card.noPlace}</p>
        ) : (
          <ul className="chip-list">
            {event.places.map((id) => (
              <li key={id}>
                <button type="button" onClick={() => commands.selectPlace(id)}>
                  {placesById.get(id)?.name ?? id}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      {event.actors.length > 0 && (
        <section aria-label={t.card.actors}>
          <h3>{t.card.who}</h3>
          <p>{event.actors.join(' · ')}</p>
        </section>
      )}
      <EventSources event={event} />
      {event.note && (
        <p className="editor-note">
          {t.card.note}
          {event.note}
        </p>
      )}
      <div className="card-steps">
        <button type="button" disabled={!prev} onClick={() => commands.stepSelection(-1)}>
          {t.card.previous}
          {prev ? <span className="visually-hidden">: {prev.title}</span> : null}
        </button>
        <span className="muted" data-testid="card-position">
          {t.card.position(f.number(position + 1), f.number(context.length))}
          {where}
        </span>
        <button type="button" disabled={!next} onClick={() => commands.stepSelection(1)}>
          {t.card.next}
          {next ? <span className="visually-hidden">: {next.title}</span> : null}
        </button>
      </div>
    </article>
  );
}
