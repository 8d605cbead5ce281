/** Turns a narrative step into the store patch that shows it. Pure, so it is tested without React. */
import type { FronteraEvent, Place, StoryStep } from '../data/schema';
import { type Camera, cameraForPlaces } from '../domain/cameraForPlaces';
import { isoDayToMs } from '../domain/isoDate';

const DAY = 86_400_000;

export interface StepPatch {
  view: readonly [number, number];
  window: readonly [number, number] | null;
  playhead: number;
  selectedEventId: string | null;
  selectedPlaceId: string | null;
  camera: Camera | null;
}

export function stepPatch(
  step: StoryStep,
  events: ReadonlyMap<string, FronteraEvent>,
  places: ReadonlyMap<string, Place>,
  mapSize: { width: number; height: number },
): StepPatch {
  const view = [isoDayToMs(step.view.start), isoDayToMs(step.view.end) + DAY] as const;
  const event = step.event ? events.get(step.event) : undefined;
  const placeIds = step.place ? [step.place] : (event?.places ?? []);
  const points = placeIds.flatMap((id) => {
    const p = places.get(id);
    return p ? [p] : [];
  });
  const framed = cameraForPlaces(points, mapSize);
  return {
    view,
    window: step.window ? [isoDayToMs(step.window.start), isoDayToMs(step.window.end) + DAY] : null,
    playhead: step.playhead
      ? isoDayToMs(step.playhead)
      : (event?.t0 ?? Math.round((view[0] + view[1]) / 2 / DAY) * DAY),
    selectedEventId: event?.id ?? null,
    selectedPlaceId: step.place ?? null,
    camera: step.camera ?? (framed ? { ...framed, zoom: Math.min(framed.zoom, 7) } : null),
  };
}
