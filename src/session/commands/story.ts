/** Story mode: a narrative's steps, each a view of the timeline and the map. */
import type { DatasetModel } from '../../domain/datasetModel';
import { isoDayToMs } from '../../domain/isoDate';
import { clampView } from '../../domain/timeView';
import type { Patch, SessionState } from '../state';
import { mapRequest } from './map';

const DAY = 86_400_000;

/** Story steps frame their places no closer than this: the country and the border stay in view. */
export const STORY_MAX_ZOOM = 4.5;

/** The patch that shows a narrative step; the step number is clamped to the narrative. */
export function storyStep(model: DatasetModel, s: SessionState, id: string, step: number): Patch {
  const narrative = model.narrativesById.get(id);
  const n = Math.max(0, Math.min((narrative?.steps.length ?? 0) - 1, Math.trunc(step) || 0));
  const current = narrative?.steps[n];
  if (!current) return { story: null };
  const view = clampView(
    [isoDayToMs(current.view.start), isoDayToMs(current.view.end) + DAY],
    model.extent,
  );
  const event = current.event ? model.index.byId.get(current.event) : undefined;
  const placeIds = current.place ? [current.place] : (event?.places ?? []);
  const playhead = current.playhead
    ? isoDayToMs(current.playhead)
    : (event?.t0 ?? Math.round((view[0] + view[1]) / 2 / DAY) * DAY);
  return {
    story: { id, step: n },
    playing: false,
    view,
    settledView: view,
    window: current.window
      ? [isoDayToMs(current.window.start), isoDayToMs(current.window.end) + DAY]
      : null,
    playhead,
    selectedEventId: event?.id ?? null,
    selectedPlaceId: current.place ?? null,
    ...(current.camera
      ? mapRequest(s, { kind: 'camera', camera: current.camera })
      : placeIds.length
        ? mapRequest(s, { kind: 'fit', placeIds, maxZoom: STORY_MAX_ZOOM })
        : mapRequest(s, { kind: 'home' })),
  };
}

/** The next (+1) or previous (-1) step; nothing past either end. */
export function storyMove(model: DatasetModel, s: SessionState, dir: 1 | -1): Patch {
  if (!s.story) return {};
  const steps = model.narrativesById.get(s.story.id)?.steps.length ?? 0;
  const target = s.story.step + dir;
  if (target < 0 || target >= steps) return {};
  return storyStep(model, s, s.story.id, target);
}

export const leaveStory = (s: SessionState): Patch => (s.story ? { story: null } : {});
