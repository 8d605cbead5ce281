import '../../styles/card.css';
import { useRef } from 'react';
import type { FronteraEvent } from '../../data/schema';
import { useFullI18n } from '../../i18n/useI18n';
import { useSelectionNeighbours } from '../../session/derived';
import { useActions, useDatasetModel, useSession } from '../../session/hooks';
import { useTexts } from '../../session/texts';
import { MarkedText } from '../../ui/MarkedText';
import { useRevealOnMount } from '../../ui/useRevealOnMount';
import { usePalette } from '../../ui/useTheme';
import { EventFigures } from './EventFigures';
import { EventProvenance } from './EventProvenance';

interface Props {
  event: FronteraEvent;
  /** Set when the reader came from a site's list, to offer the way back. */
  fromPlaceName?: string | undefined;
  onBack?: () => void;
  onClose: () => void;
}

/** Everything the dataset knows about one event (in the reader's language), and where it comes from. */
export function EventCard({ event, fromPlaceName, onBack, onClose }: Props) {
  const { adminsById } = useDatasetModel();
  const texts = useTexts();
  const actions = useActions();
  const colour = usePalette().category[event.category];
  const heading = useRef<HTMLHeadingElement>(null);
  const { t, f, lang } = useFullI18n();
  useRevealOnMount(heading, '.side-panel');
  // Previous / Next walk the reader's context (the site they came from, else the filtered
  // list), exactly as the step command does.
  const placeId = useSession((s) => s.selectedPlaceId);
  const { context, position, previous: prev, next } = useSelectionNeighbours();
  const where = placeId ? t.card.atPlace(texts.placeName(placeId)) : '';

  const adminName = (id: string) => {
    const a = adminsById.get(id);
    return a ? texts.administration(a).name : id;
  };
  const admins = (ids: string[]) => (ids.length ? ids.map(adminName).join(' → ') : '—');

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
      {/* News first: what happened, when, and who says so; where it comes from after. */}
      <h2 id={`title-${event.id}`} ref={heading} tabIndex={-1}>
        {event.title}
      </h2>
      <p className="card-meta">
        {/* A file's own wording of the date (TimelineJS Display Date) wins; the drawn date stays in reach. */}
        <time
          dateTime={event.date.start}
          {...(event.date.label ? { title: f.eventDate(event.date) } : {})}
        >
          {event.date.label ?? f.eventDate(event.date)}
        </time>
        <span className="category-chip" style={{ borderColor: colour }}>
          <i style={{ background: colour }} />
          {t.categories[event.category]}
        </span>
        {event.group && <span className="group-chip">{event.group}</span>}
      </p>
      {event.status !== 'occurred' && (
        <p className={`status-note status-${event.status}`}>
          <strong>{event.status === 'planned' ? t.card.planned : t.card.ongoing}</strong>{' '}
          {event.status === 'planned' ? t.card.plannedText : t.card.ongoingText}
        </p>
      )}
      <p className="card-summary">
        <MarkedText text={event.summary} />
      </p>
      <EventFigures figures={event.figures} />
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
      {event.attribution && (
        <p className="attribution">
          <strong>{t.card.whoSaysSo}</strong> {t.card.accordingTo(event.attribution.claimant)}
          {event.attribution.via ? t.card.reportedBy(event.attribution.via) : ''}.
        </p>
      )}
      <section className="card-places" aria-label={t.card.places}>
        <h3>{t.card.where}</h3>
        {event.places.length === 0 ? (
          <p className="muted">{t.card.noPlace}</p>
        ) : (
          <ul className="chip-list">
            {event.places.map((id) => (
              <li key={id}>
                <button type="button" onClick={() => actions.selectPlace(id)}>
                  {texts.placeName(id)}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      {event.actors.length > 0 && (
        <section aria-label={t.card.actors}>
          <h3>{t.card.who}</h3>
          <p>{event.actors.map(texts.actorName).join(' · ')}</p>
        </section>
      )}
      <dl className="card-admins">
        <dt>{t.card.us}</dt>
        <dd>{admins(event.admins.us)}</dd>
        <dt>{t.card.mx}</dt>
        <dd>{admins(event.admins.mx)}</dd>
        {event.admins.reason && (
          <>
            <dt>{t.card.setByEditors}</dt>
            <dd>
              <MarkedText text={event.admins.reason} />
            </dd>
          </>
        )}
      </dl>
      <EventProvenance event={event} />
      <div className="card-steps">
        <button type="button" disabled={!prev} onClick={() => actions.stepSelection(-1)}>
          {t.card.previous}
          {prev ? <span className="visually-hidden">: {texts.event(prev).title}</span> : null}
        </button>
        <span className="muted" data-testid="card-position">
          {position >= 0
            ? t.card.position(f.number(position + 1), f.number(context.length))
            : t.card.hiddenByFilters}
          {where}
        </span>
        <button type="button" disabled={!next} onClick={() => actions.stepSelection(1)}>
          {t.card.next}
          {next ? <span className="visually-hidden">: {texts.event(next).title}</span> : null}
        </button>
      </div>
    </article>
  );
}
