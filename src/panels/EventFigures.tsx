import type { Figure } from '../data/schema';
import { formatQuantity } from '../domain/formatFigure';

/** The event's figures, each with its bounds, what it counts and the period it covers. */
export function EventFigures({ figures }: { figures: readonly Figure[] }) {
  if (figures.length === 0) return null;
  return (
    <ul className="card-figures" aria-label="Figures">
      {figures.map((f) => (
        <li key={`${f.min}-${f.max}-${f.counts}`}>
          <strong>{formatQuantity(f)}</strong> — {f.counts}
          {f.period ? ` (${f.period})` : ''}
        </li>
      ))}
    </ul>
  );
}
