import type { ReactNode } from 'react';
import type { FronteraEvent } from '../../data/schema';
import type { Messages } from '../../i18n/en';
import { useI18n } from '../../i18n/useI18n';
import { MarkedText } from '../../ui/MarkedText';

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function dateBasisText(date: FronteraEvent['date'], t: Messages): ReactNode {
  switch (date.basis) {
    case 'explicit':
      return date.note ? <MarkedText text={date.note} /> : null;
    case 'relative': {
      // The phrase is quoted as the article wrote it, in English, and glossed in Spanish.
      const phrase = date.relative?.phrase ?? '…';
      const gloss = t.card.relativeGloss(phrase);
      return (
        <>
          {t.card.relative.open}
          <span lang="en">{capitalise(phrase)}</span>
          {t.card.relative.close}
          {gloss ? ` (${gloss})` : ''}
          {t.card.relative.rest}
          {date.note ? (
            <>
              {' '}
              <MarkedText text={date.note} />
            </>
          ) : null}
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
  }
}

/** How far to trust the card: status, how the date was found, whose claim it is, and doubts. */
export function EventProvenance({ event }: { event: FronteraEvent }) {
  const { t } = useI18n();
  const basis = dateBasisText(event.date, t);
  return (
    <>
      {event.status !== 'occurred' && (
        <p className={`status-note status-${event.status}`}>
          <strong>{event.status === 'planned' ? t.card.planned : t.card.ongoing}</strong>{' '}
          {event.status === 'planned' ? t.card.plannedText : t.card.ongoingText}
        </p>
      )}
      {basis && (
        <p className="date-note">
          {t.card.date}
          {basis}
        </p>
      )}
      {event.attribution && (
        <p className="attribution">
          <strong>{t.card.claim}</strong> {t.card.accordingTo(event.attribution.claimant)}
          {event.attribution.via ? t.card.reportedBy(event.attribution.via) : ''}.
        </p>
      )}
      {event.discrepancy && (
        <p className="discrepancy">
          <strong>{t.card.check}</strong> <MarkedText text={event.discrepancy} />
        </p>
      )}
    </>
  );
}
