import type { Figure } from '../../data/schema';
import { useFullI18n } from '../../i18n/useI18n';

/** The event's figures, each with its bounds, what it counts and the period it covers. */
export function EventFigures({ figures }: { figures: readonly Figure[] }) {
  const { t, f } = useFullI18n();
  if (figures.length === 0) return null;
  return (
    <ul className="card-figures" aria-label={t.card.figures}>
      {figures.map((fig) => (
        <li key={`${fig.min}-${fig.max}-${fig.counts}`}>
          <strong>{f.quantity(fig)}</strong> — {fig.counts}
          {fig.period ? ` (${fig.period})` : ''}
        </li>
      ))}
    </ul>
  );
}
