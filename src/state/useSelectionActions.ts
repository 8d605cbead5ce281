/** Selection as the reader experiences it: choosing an event also moves the playhead and the map. */
import { useMemo } from 'react';
import { AREA_KINDS } from '../data/schema';
import { cameraForPlaces } from '../domain/cameraForPlaces';
import { useDatasetModel } from './datasetContext';
import { useStore } from './store';

export function useSelectionActions() {
  const { index, placesById } = useDatasetModel();
  return useMemo(() => {
    const frame = (placeIds: readonly string[], maxZoom: number) => {
      const points = placeIds.flatMap((id) => {
        const p = placesById.get(id);
        return p ? [p] : [];
      });
      const s = useStore.getState();
      const camera = cameraForPlaces(points, s.mapSize);
      if (camera) s.setCamera({ ...camera, zoom: Math.min(camera.zoom, maxZoom) });
    };
    return {
      /** Select an event: playhead to its start, map framed on its places (if it has any). */
      selectEvent(id: string | null) {
        const s = useStore.getState();
        s.selectEvent(id);
        const ev = id ? index.byId.get(id) : undefined;
        if (!ev) return;
        s.setPlayhead(ev.t0);
        if (ev.places.length) frame(ev.places, 7);
      },
      /** Select a site exactly as a click on its marker does. */
      selectPlace(id: string | null) {
        useStore.getState().selectPlace(id);
        const place = id ? placesById.get(id) : undefined;
        if (place) frame([place.id], AREA_KINDS.has(place.kind) ? 5 : 8);
      },
    };
  }, [index, placesById]);
}
