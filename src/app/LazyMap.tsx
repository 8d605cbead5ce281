import { lazy, Suspense } from 'react';
import { useI18n } from '../i18n/useI18n';
import type { ThemeName } from '../ui/palette';

// MapLibre is most of the bundle: it loads in parallel with the timeline, never before it.
const MapView = lazy(() => import('../views/map/MapView').then((m) => ({ default: m.MapView })));

export function LazyMap({ theme }: { theme: ThemeName }) {
  const { t } = useI18n();
  return (
    <Suspense
      fallback={
        <section className="map-area" aria-label={t.map.region} aria-busy="true">
          <p className="map-loading">{t.map.loading}</p>
        </section>
      }
    >
      <MapView theme={theme} />
    </Suspense>
  );
}
