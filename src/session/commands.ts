/**
 * The interaction model: every deliberate change of what the reader sees goes through one of
 * these pure functions, (dataset model, state, input) → patch. A click on a timeline mark, Enter
 * on the playhead, a row of the list, a marker on the map, a deep link, a story step and a host
 * page's message all select an event the same way, so they cannot drift apart.
 */
import type { StoryStep } from '../data/schema';
import type { DatasetModel } from '../domain/datasetModel';
import type { DerivedModel } from '../domain/derivedModel';
import { isoDayToMs } from '../domain/isoDate';
import { clampView, panToInclude } from '../domain/timeView';
import type { MapRequest } from './mapSlice';
import type { Patch, StoreData } from './store';

const DAY = 86_400_000;

/** Story steps frame their places no closer than this: the country and the border stay in view. */
export const STORY_MAX_ZOOM = 4.5;

type RequestBody =
  | { kind: 'fit'; placeIds: readonly string[]; maxZoom?: number }
  | { kind: 'camera'; camera: { lon: number; lat: number; zoom: number } }
  | { kind: 'home' };

/**
 * A map request, and the camera the URL should hold meanwhile: a framing drops the last camera
 * the reader left (so a reload frames the selection again), an explicit camera is that camera.
 */
function request(s: StoreData, body: RequestBody): Pick<Patch, 'mapRequest' | 'camera'> {
  return {
    mapRequest: { ...body, seq: (s.mapRequest?.seq ?? 0) + 1 } as MapRequest,
    camera: body.kind === 'camera' ? body.camera : null,
  };
}

/**
 * Playhead to `t` (clamped to the extent), panning the view just enough to show it — except
 * while the reader drags it or it plays, when the view must hold still.
 */
function playheadPatch(model: DatasetModel, s: StoreData, t: number): Patch {
  const playhead = Math.min(model.extent[1], Math.max(model.extent[0], t));
  if (s.scrubbing || s.playing) return { playhead };
  const view = panToInclude(s.view, playhead, model.extent);
  return view === s.view ? { playhead } : { playhead, view, settledView: view };
}

export function goToDate(model: DatasetModel, s: StoreData, t: number): Patch {
  if (!Number.isFinite(t)) return {};
  return playheadPatch(model, s, t);
}

/**
 * Select an event: the playhead moves to its start (unless `keepPlayhead`), the map frames its
 * places, and a selected site stays selected only if the event happened there.
 */
export function selectEvent(
  model: DatasetModel,
  s: StoreData,
  id: string | null,
  options: { keepPlayhead?: boolean } = {},
): Patch {
  if (id === null) return { selectedEventId: null };
  const ev = model.index.byId.get(id);
  if (!ev) return {};
  const patch: Patch = { selectedEventId: id };
  if (s.selectedPlaceId && !ev.places.includes(s.selectedPlaceId)) patch.selectedPlaceId = null;
  if (!options.keepPlayhead) Object.assign(patch, playheadPatch(model, s, ev.t0));
  if (ev.places.length) Object.assign(patch, request(s, { kind: 'fit', placeIds: ev.places }));
  return patch;
}

/** Select a site exactly as a click on its marker does: its full list shows, the map frames it. */
export function selectPlace(model: DatasetModel, s: StoreData, id: string | null): Patch {
  if (id === null) return { selectedPlaceId: null, selectedEventId: null };
  if (!model.placesById.has(id)) return {};
  return {
    selectedPlaceId: id,
    selectedEventId: null,
    ...request(s, { kind: 'fit', placeIds: [id] }),
  };
}

/** Close whatever is open: the event card first, then the site. */
export function clearSelection(s: StoreData): Patch {
  if (s.selectedEventId && s.selectedPlaceId) return { selectedEventId: null };
  return { selectedEventId: null, selectedPlaceId: null };
}

/** The events Previous / Next walk through: the selected site's, else everything filtered. */
export function selectionContext(derived: DerivedModel, s: StoreData) {
  return s.selectedPlaceId
    ? derived.placeEvents(s.filters, s.selectedPlaceId)
    : derived.filtered(s.filters).byStart;
}

/** Previous (-1) or next (+1) event within the current context; the site stays selected. */
export function stepSelection(
  model: DatasetModel,
  derived: DerivedModel,
  s: StoreData,
  dir: 1 | -1,
): Patch {
  const list = selectionContext(derived, s);
  const i = list.findIndex((e) => e.id === s.selectedEventId);
  const next = i === -1 ? (dir === 1 ? list[0] : list.at(-1)) : list[i + dir];
  return next ? selectEvent(model, s, next.id) : {};
}

/** The patch that shows a narrative step; the step number is clamped to the narrative. */
export function storyStep(model: DatasetModel, s: StoreData, id: string, step: number): Patch {
  const narrative = model.narrativesById.get(id);
  if (!narrative || narrative.steps.length === 0) return { story: null };
  const n = Math.max(0, Math.min(narrative.steps.length - 1, Math.trunc(step) || 0));
  const current = narrative.steps[n] as StoryStep;
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
    view,
    settledView: view,
    window: current.window
      ? [isoDayToMs(current.window.start), isoDayToMs(current.window.end) + DAY]
      : null,
    playhead,
    selectedEventId: event?.id ?? null,
    selectedPlaceId: current.place ?? null,
    ...(current.camera
      ? request(s, { kind: 'camera', camera: current.camera })
      : placeIds.length
        ? request(s, { kind: 'fit', placeIds, maxZoom: STORY_MAX_ZOOM })
        : request(s, { kind: 'home' })),
  };
}

export function leaveStory(): Patch {
  return { story: null };
}

/** Back to the map's home view: every site with events in frame. */
export function frameHome(s: StoreData): Patch {
  return request(s, { kind: 'home' });
}

/** Show a camera a link or a step names. */
export function showCamera(
  s: StoreData,
  camera: { lon: number; lat: number; zoom: number },
): Patch {
  return request(s, { kind: 'camera', camera });
}

/** The stretch Play runs through and Home / End reach: the brushed window, else the view. */
export function playRange(s: StoreData): readonly [number, number] {
  return s.window ?? s.settledView;
}

/** ▶ Play: from the playhead (or the range's start, if the playhead is at or past its end). */
export function startPlayback(model: DatasetModel, s: StoreData): Patch {
  const [a, b] = playRange(s);
  const from = s.playhead >= b - DAY || s.playhead < a ? a : s.playhead;
  return { ...playheadPatch(model, s, from), playing: true };
}

export function stopPlayback(): Patch {
  return { playing: false };
}

/** One tick of playback: `days` further on, stopping at the end of the range. */
export function advancePlayback(model: DatasetModel, s: StoreData, days: number): Patch {
  if (!s.playing) return {};
  const end = playRange(s)[1] - DAY;
  const next = Math.min(end, s.playhead + days * DAY);
  return { ...playheadPatch(model, s, next), ...(next >= end ? { playing: false } : {}) };
}
