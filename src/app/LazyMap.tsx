import { lazy, Suspense } from 'react';
import type { ThemeName } from '../ui/palette';

// MapLibre is most of the bundle: it loads in parallel with the timeline, never before it.
const MapView = lazy(() => import('../map/MapView').then((m) => ({ default: m.MapView })));

export function LazyMap({ theme }: { theme: ThemeName }) {
  return (
    <Suspense
      fallback={
        <section className="map-area" aria-label="Map of event sites" aria-busy="true">
          <p className="map-loading">Loading the map…</p>
        </section>
      }
    >
      <MapView theme={theme} />
    </Suspense>
  );
}
