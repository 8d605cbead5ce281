import { useDatasetModel } from '../state/datasetContext';
import { useStore } from '../state/store';
import { EventCard } from './EventCard';
import { Overview } from './Overview';
import { PlacePanel } from './PlacePanel';
import { SitesList } from './SitesList';

/** Right-hand panel: the selected event, else the selected site's events, else an overview. */
export function SidePanel() {
  const { index, placesById } = useDatasetModel();
  const eventId = useStore((s) => s.selectedEventId);
  const placeId = useStore((s) => s.selectedPlaceId);
  const { selectEvent, selectPlace } = useStore.getState();
  const event = eventId ? index.byId.get(eventId) : undefined;
  const place = placeId ? placesById.get(placeId) : undefined;

  return (
    <aside className="side-panel" aria-label="Details">
      <div aria-live="polite" className="panel-body">
        {event ? (
          <EventCard
            key={event.id}
            event={event}
            fromPlaceName={place?.name}
            onBack={() => selectEvent(null)}
            onClose={() => selectPlace(null)}
          />
        ) : place ? (
          <PlacePanel place={place} onClose={() => selectPlace(null)} />
        ) : (
          <Overview />
        )}
      </div>
      <SitesList />
    </aside>
  );
}
