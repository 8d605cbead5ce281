import type { FronteraEvent } from '../data/schema';

const STATUS_TEXT: Record<Exclude<FronteraEvent['status'], 'occurred'>, string> = {
  planned: 'Planned or announced: it had not happened when the article was published.',
  ongoing: 'Ongoing when the article was published.',
};

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function dateBasisText(date: FronteraEvent['date']): string | null {
  switch (date.basis) {
    case 'explicit':
      return date.note ?? null;
    case 'relative':
      return `The article says “${capitalise(date.relative?.phrase ?? '…')}”; counted from its publication date.${date.note ? ` ${date.note}` : ''}`;
    case 'inferred':
      return `Worked out from the article: ${date.note ?? ''}`;
    case 'external':
      return `From the public record, not the article: ${date.note ?? ''}`;
  }
}

/** How far to trust the card: status, how the date was found, whose claim it is, and doubts. */
export function EventProvenance({ event }: { event: FronteraEvent }) {
  const basis = dateBasisText(event.date);
  return (
    <>
      {event.status !== 'occurred' && (
        <p className={`status-note status-${event.status}`}>
          <strong>{event.status === 'planned' ? 'Planned' : 'Ongoing'}.</strong>{' '}
          {STATUS_TEXT[event.status]}
        </p>
      )}
      {basis && <p className="date-note">Date: {basis}</p>}
      {event.attribution && (
        <p className="attribution">
          <strong>Claim:</strong> according to {event.attribution.claimant}
          {event.attribution.via ? `, as reported by ${event.attribution.via}` : ''}.
        </p>
      )}
      {event.discrepancy && (
        <p className="discrepancy">
          <strong>Check:</strong> {event.discrepancy}
        </p>
      )}
    </>
  );
}
