import { type Span, sharedTerms, termSpan } from '../../../domain/filterReach';
import { useFullI18n } from '../../../i18n/useI18n';
import { useDatasetModel, useSession } from '../../../session/hooks';
import { useTexts } from '../../../session/texts';

const DAY = 86_400_000;

/**
 * The administration filters' rule in words, with the dates it comes to: "Trump: events
 * overlapping 20 Jan 2017 – 19 Jan 2021", and where both countries are chosen, the days their
 * terms share — so "Trump only" showing a 1998–2022 span explains itself.
 */
export function TermRule({ country }: { country: 'us' | 'mx' }) {
  const { adminsById } = useDatasetModel();
  const filters = useSession((s) => s.filters);
  const texts = useTexts();
  const { t, f } = useFullI18n();
  const range = ([a, b]: Span) => `${f.dayShort(a)} – ${f.dayShort(b - DAY)}`;
  const chosen = filters[country].flatMap((id) => adminsById.get(id) ?? []);
  const spansOf = (ids: readonly string[]) =>
    ids.flatMap((id) => {
      const a = adminsById.get(id);
      return a ? [termSpan(a)] : [];
    });
  // The shared days are said once, under the Mexican row, after both rows' own rules.
  const shared = country === 'mx' ? sharedTerms(spansOf(filters.us), spansOf(filters.mx)) : null;
  return (
    <div className="term-rule">
      {chosen.length === 0 ? (
        <p>{t.filterPanel.termHint}</p>
      ) : (
        chosen.map((a) => {
          const [from, to] = termSpan(a);
          return (
            <p key={a.id}>
              {t.filterPanel.termRule(
                texts.administration(a).short,
                f.dayShort(from),
                f.dayShort(to - DAY),
              )}
            </p>
          );
        })
      )}
      {shared && (
        <p className="term-both">
          {shared.length
            ? t.filterPanel.bothRule(shared.map(range).join(', '))
            : t.filterPanel.bothNever}
        </p>
      )}
    </div>
  );
}
