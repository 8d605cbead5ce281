import { reachOf } from '../../domain/filterReach';
import { isFiltering } from '../../domain/filters';
import { useI18n } from '../../i18n/useI18n';
import { useFilteredIndex } from '../../session/derived';
import { useActions, useSession, useViewFilters } from '../../session/hooks';

const year = (t: number) => new Date(t).getUTCFullYear();

/**
 * When the filters' events lie beyond the timeline's view ("Obama + Peña Nieto" on 2016–2023),
 * says how many and offers the view that shows them all; the playhead follows into it, so the
 * flag and the map count what is shown.
 */
export function ReframeOffer() {
  const filters = useViewFilters();
  const view = useSession((s) => s.settledView);
  const events = useFilteredIndex().byStart;
  const { showFiltered } = useActions();
  const { t, f } = useI18n();
  if (!isFiltering(filters)) return null;
  const { outside, total, span } = reachOf(events, view);
  if (outside === 0 || !span) return null;
  return (
    <p className="reframe-offer" role="status">
      <span>{t.timeline.outside(f.number(outside), f.number(total))}</span>{' '}
      <button type="button" onClick={showFiltered}>
        {t.timeline.showFiltered(String(year(span[0])), String(year(span[1] - 1)))}
      </button>
    </p>
  );
}
