import { type ReactNode, useId } from 'react';
import type { FronteraEvent } from '../../data/schema';
import type { Formatters } from '../../i18n/format';
import type { Messages } from '../../i18n/messages';
import { useFullI18n } from '../../i18n/useI18n';
import { MarkedText } from '../../ui/MarkedText';
import { CiteEvent } from './CiteEvent';
import { EventSources } from './EventSources';

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A note, with the article's own English words marked as English. */
const withNote = (note: string | undefined) =>
  note ? (
    <>
      {' '}
      <MarkedText text={note} />
    </>
  ) : null;

/** How the date was found, in words a reader knows. */
function dateBasisText(date: FronteraEvent['date'], t: Messages, f: Formatters): ReactNode {
  switch (date.basis) {
    case 'explicit':
      return date.note ? <MarkedText text={date.note} /> : t.card.explicit;
    case 'relative': {
      // The phrase is quoted as the article wrote it, in English, and glossed for other readers.
      const phrase = date.relative?.phrase ?? '…';
      const gloss = t.card.relativeGloss(phrase);
      return (
        <>
          {t.card.relative.open}
          <span lang="en">{capitalise(phrase)}</span>
          {t.card.relative.close}
          {gloss ? ` (${gloss})` : ''}
          {t.card.relative.rest}
          {withNote(date.note)}
        </>
      );
    }
    case 'inferred':
      return (
        <>
          {t.card.inferred}
          <MarkedText text={date.note ?? ''} />
        </>
      );
    case 'external':
      return (
        <>
          {t.card.external}
          <MarkedText text={date.note ?? ''} />
        </>
      );
    case 'reported':
      return (
        <>
          {t.card.reported(f.eventDate({ ...date, basis: 'explicit' }))}
          {withNote(date.note)}
        </>
      );
  }
}

/**
 * Where the card comes from, after the news: the excerpts and paragraphs it rests on and how to
 * cite them ("How we know"), how the date was found ("How we dated this"), and what other sources
 * say, kept apart and named ("Not from the article").
 */
export function EventProvenance({ event }: { event: FronteraEvent }) {
  const { t, f } = useFullI18n();
  const id = useId();
  const outside = event.discrepancy || event.context;
  return (
    <>
      <section className="card-provenance" aria-labelledby={`${id}-know`}>
        <h3 id={`${id}-know`}>{t.card.howWeKnow}</h3>
        <EventSources event={event} />
        {event.note && (
          <p className="editor-note">
            {t.card.note}
            <MarkedText text={event.note} />
          </p>
        )}
        <CiteEvent event={event} />
      </section>
      <section className="card-provenance" aria-labelledby={`${id}-dated`}>
        <h3 id={`${id}-dated`}>{t.card.howWeDated}</h3>
        <p className="date-note">{dateBasisText(event.date, t, f)}</p>
      </section>
      {outside && (
        <section
          className="card-provenance not-from-article"
          aria-labelledby={`${id}-outside`}
          data-testid="not-from-article"
        >
          <h3 id={`${id}-outside`}>{t.card.notFromArticle}</h3>
          {event.discrepancy && (
            <p className="discrepancy">
              <strong>{t.card.differs}</strong> <MarkedText text={event.discrepancy} />
            </p>
          )}
          {event.context && (
            <p className="context">
              <strong>{t.card.otherReporting}</strong> <MarkedText text={event.context.text} />{' '}
              <span className="context-source">{t.card.contextSource(event.context.source)}</span>
            </p>
          )}
        </section>
      )}
    </>
  );
}
