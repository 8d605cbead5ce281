/**
 * Selecting events and sites. A click on a timeline mark, Enter on the playhead, a list row, a
 * map marker, a deep link, a story step and a host page's message all go through these, so they
 * cannot drift apart.
 */
import type { FronteraEvent } from '../../data/schema';
import type { DatasetModel } from '../../domain/datasetModel';
import type { DerivedModel } from '../../domain/derivedModel';
import type { Patch, SessionState } from '../state';
import { mapRequest } from './map';
import { playheadPatch } from './time';

/**
 * Select an event: the playhead moves to its start (unless `keepPlayhead`), the map brings its
 * places into view if they are not (it never moves for what is already shown), and a selected
 * site stays selected only if the event happened there.
 */
export function selectEvent(
  model: DatasetModel,
  s: SessionState,
  id: string | null,
  options: { keepPlayhead?: boolean } = {},
): Patch {
  if (id === null) return s.selectedEventId === null ? {} : { selectedEventId: null };
  const ev = model.index.byId.get(id);
  if (!ev) return {};
  const patch: Patch = { selectedEventId: id };
  if (s.selectedPlaceId && !ev.places.includes(s.selectedPlaceId)) patch.selectedPlaceId = null;
  if (!options.keepPlayhead) Object.assign(patch, playheadPatch(model, s, ev.t0));
  if (ev.places.length)
    Object.assign(patch, mapRequest(s, { kind: 'reveal', placeIds: ev.places }));
  return patch;
}

/**
 * Select a site exactly as a click on its marker does: its list shows, and the map moves only
 * if the site is off-screen — a click never moves the map under the pointer.
 */
export function selectPlace(model: DatasetModel, s: SessionState, id: string | null): Patch {
  if (id === null) return { selectedPlaceId: null, selectedEventId: null };
  if (!model.placesById.has(id)) return {};
  return {
    selectedPlaceId: id,
    selectedEventId: null,
    ...mapRequest(s, { kind: 'reveal', placeIds: [id] }),
  };
}

/** Close whatever is open: the event card first, then the site. */
export function clearSelection(s: SessionState): Patch {
  if (s.selectedEventId && s.selectedPlaceId) return { selectedEventId: null };
  return { selectedEventId: null, selectedPlaceId: null };
}

export interface SelectionNeighbours {
  /** The events Previous / Next walk: the selected site's, else everything filtered. */
  context: readonly FronteraEvent[];
  /** Index of the selected event in the context; -1 when filters hide it. */
  position: number;
  previous: FronteraEvent | undefined;
  next: FronteraEvent | undefined;
}

/**
 * Where the selected event stands among the events the reader is walking through. When the
 * filters hide it, Previous and Next are the nearest events before and after its start, so the
 * card and the command always agree.
 */
export function selectionNeighbours(
  model: DatasetModel,
  derived: DerivedModel,
  s: Pick<SessionState, 'filters' | 'selectedEventId' | 'selectedPlaceId'>,
): SelectionNeighbours {
  const context = s.selectedPlaceId
    ? derived.placeEvents(s.filters, s.selectedPlaceId)
    : derived.filtered(s.filters).byStart;
  const position = context.findIndex((e) => e.id === s.selectedEventId);
  if (position >= 0)
    return { context, position, previous: context[position - 1], next: context[position + 1] };
  const selected = s.selectedEventId ? model.index.byId.get(s.selectedEventId) : undefined;
  if (!selected) return { context, position, previous: context.at(-1), next: context[0] };
  const after = context.findIndex((e) => e.t0 > selected.t0);
  return {
    context,
    position,
    previous: after === -1 ? context.at(-1) : context[after - 1],
    next: after === -1 ? undefined : context[after],
  };
}

/** Previous (-1) or next (+1) event within the current context; the site stays selected. */
export function stepSelection(
  model: DatasetModel,
  derived: DerivedModel,
  s: SessionState,
  dir: 1 | -1,
): Patch {
  const n = selectionNeighbours(model, derived, s);
  const target = dir === 1 ? n.next : n.previous;
  return target ? selectEvent(model, s, target.id) : {};
}

/** The event under the pointer, for the tooltip; transient. */
export const hoverEvent = (s: SessionState, id: string | null): Patch =>
  s.hoveredEventId === id ? {} : { hoveredEventId: id };
