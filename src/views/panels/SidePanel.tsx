import { type KeyboardEvent, lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n/useI18n';
import { useFilteredIndex } from '../../session/derived';
import { useActions, useDatasetModel, useSession } from '../../session/hooks';
import { useTexts } from '../../session/texts';
import { focusOrigin, returnFocus, trackPresses } from '../../ui/focusReturn';
import { useElementSize } from '../../ui/useElementSize';
import { whenIdle } from '../../ui/whenIdle';
import { NoResults } from './NoResults';
import { Overview } from './Overview';
import { SitesList } from './SitesList';

type Tab = 'details' | 'list';

// Loaded after the first frame: the list (and TanStack Virtual) when its tab opens, the event
// card and the site panel when something is selected (or once the page is idle).
const loadList = () => import('./EventList');
const loadCard = () => import('./EventCard');
const loadPlace = () => import('./PlacePanel');
const EventList = lazy(() => loadList().then((m) => ({ default: m.EventList })));
const EventCard = lazy(() => loadCard().then((m) => ({ default: m.EventCard })));
const PlacePanel = lazy(() => loadPlace().then((m) => ({ default: m.PlacePanel })));

/** A press on the timeline's canvas opened it: focus returns to the playhead, its keyboard path. */
const STAND_INS: [string, string][] = [['.marks-layer', '#playhead']];

/** Right-hand panel with two tabs: details (event card, site, or overview) and the event list. */
export function SidePanel() {
  const { index, placesById } = useDatasetModel();
  const eventId = useSession((s) => s.selectedEventId);
  const placeId = useSession((s) => s.selectedPlaceId);
  const actions = useActions();
  const { t, f } = useI18n();
  const count = useFilteredIndex().byStart.length;
  const [tab, setTab] = useState<Tab>('details');
  const texts = useTexts();
  const rawEvent = eventId ? index.byId.get(eventId) : undefined;
  const rawPlace = placeId ? placesById.get(placeId) : undefined;
  const event = rawEvent && texts.event(rawEvent);
  const place = rawPlace && texts.place(rawPlace);
  const tabs = useRef<HTMLDivElement>(null);
  // The sticky tabs' height, so a card's close button always sits just below them.
  const { height: tabsHeight } = useElementSize(tabs, { width: 0, height: 45 });
  /** What opened the panel: focus goes back there when it closes. */
  const opener = useRef<HTMLElement | null>(null);
  const open = !!(eventId || placeId);
  useEffect(trackPresses, []);

  useEffect(() => {
    whenIdle(() => {
      void loadCard();
      void loadPlace();
    });
  }, []);

  // A new selection from anywhere (map, timeline, list) shows its details.
  useEffect(() => {
    if (eventId || placeId) setTab('details');
  }, [eventId, placeId]);
  useEffect(() => {
    if (open && !opener.current) opener.current = focusOrigin(STAND_INS);
    if (!open) opener.current = null;
  }, [open]);

  /** Close by the reader's hand (×, Esc): the panel goes, focus returns to what opened it. */
  const close = (how: () => void) => () => {
    const to = opener.current;
    how();
    requestAnimationFrame(() => {
      if (!document.activeElement || document.activeElement === document.body)
        returnFocus(to, tabs.current?.querySelector<HTMLElement>('#tab-details') ?? null);
    });
  };
  const onPanelKey = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key !== 'Escape' || !open || e.defaultPrevented) return;
    e.preventDefault();
    close(actions.clearSelection)();
  };

  const onTabKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    const next: Tab = tab === 'details' ? 'list' : 'details';
    setTab(next);
    tabs.current?.querySelector<HTMLButtonElement>(`#tab-${next}`)?.focus();
  };

  return (
    <aside
      className="side-panel"
      aria-label={t.panel.region}
      onKeyDown={onPanelKey}
      style={{ '--tabs-h': `${Math.round(tabsHeight)}px` } as React.CSSProperties}
    >
      <div
        className="panel-tabs"
        role="tablist"
        aria-label={t.panel.tabs}
        ref={tabs}
        onKeyDown={onTabKey}
      >
        <button
          type="button"
          role="tab"
          id="tab-details"
          aria-selected={tab === 'details'}
          aria-controls="panel-details"
          tabIndex={tab === 'details' ? 0 : -1}
          onClick={() => setTab('details')}
        >
          {t.panel.details}
        </button>
        <button
          type="button"
          role="tab"
          id="tab-list"
          aria-selected={tab === 'list'}
          aria-controls="panel-list"
          tabIndex={tab === 'list' ? 0 : -1}
          onClick={() => setTab('list')}
        >
          {t.panel.list(f.number(count))}
        </button>
      </div>
      {tab === 'details' ? (
        <div
          id="panel-details"
          role="tabpanel"
          aria-labelledby="tab-details"
          className="panel-body"
        >
          <Suspense fallback={null}>
            {event ? (
              <EventCard
                key={event.id}
                event={event}
                fromPlaceName={place?.name}
                onBack={() => actions.selectEvent(null)}
                onClose={close(() => actions.selectPlace(null))}
              />
            ) : place ? (
              <PlacePanel
                key={place.id}
                place={place}
                onClose={close(() => actions.selectPlace(null))}
              />
            ) : count === 0 ? (
              <NoResults />
            ) : (
              <Overview />
            )}
          </Suspense>
          <SitesList />
        </div>
      ) : (
        <div id="panel-list" role="tabpanel" aria-labelledby="tab-list" className="panel-body">
          <Suspense fallback={<p className="muted">{t.app.loading}</p>}>
            <EventList />
          </Suspense>
        </div>
      )}
    </aside>
  );
}
