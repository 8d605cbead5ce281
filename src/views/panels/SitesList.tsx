import { useMemo } from 'react';
import { useI18n } from '../../i18n/useI18n';
import {
  useFilteredTotals,
  useLitSites,
  useOngoingSites,
  useWindowCounts,
} from '../../session/derived';
import { useActions, useDatasetModel, useSession } from '../../session/hooks';
import { useTexts } from '../../session/texts';
import { useMediaQuery } from '../../ui/useMediaQuery';

/**
 * Every site on the map as a named button: the keyboard and screen-reader path to the map.
 * Choosing one does exactly what clicking its marker does.
 */
export function SitesList() {
  const { dataset } = useDatasetModel();
  const totalsByPlace = useFilteredTotals();
  const counts = useWindowCounts();
  const lit = useLitSites();
  const ongoing = useOngoingSites();
  const phone = useMediaQuery('(max-width: 900px)');
  const { t, f, lang } = useI18n();
  const texts = useTexts();
  const selected = useSession((s) => s.selectedPlaceId);
  const { selectPlace } = useActions();
  const places = useMemo(
    () =>
      dataset.places
        .filter((p) => (totalsByPlace.get(p.id) ?? 0) > 0)
        .map(texts.place)
        .sort(
          (a, b) =>
            (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0) || a.name.localeCompare(b.name, lang),
        ),
    [dataset, totalsByPlace, counts, texts, lang],
  );
  return (
    // Open beside the map on desktop; folded on a phone, where it would push the card far down.
    <details className="sites-list" open={!phone}>
      <summary>{t.sites.title(f.number(places.length))}</summary>
      <ul>
        {places.map((p) => {
          const n = counts.get(p.id) ?? 0;
          const now = lit.has(p.id);
          const under = !now && ongoing.has(p.id);
          return (
            <li key={p.id} className={now ? 'lit' : undefined}>
              <button
                type="button"
                aria-pressed={selected === p.id}
                onClick={() => selectPlace(selected === p.id ? null : p.id)}
              >
                {/* The name is the visible text, so voice control can say what it sees. */}
                <span>
                  {p.name}
                  {now && <span className="now-badge">{t.sites.atPlayhead}</span>}
                  {under && <span className="now-badge under-way">{t.sites.underWay}</span>}
                </span>
                <span className="count">
                  {f.number(n)}
                  <span className="visually-hidden">{f.plural(n, t.sites.inWindow)}</span>
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
