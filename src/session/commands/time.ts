/** The timeline's time: the playhead, the visible view and the brushed window. */
import type { DatasetModel } from '../../domain/datasetModel';
import type { DerivedModel } from '../../domain/derivedModel';
import { reachOf, viewFor } from '../../domain/filterReach';
import { snapToDay } from '../../domain/isoDate';
import { nearestEvents } from '../../domain/nearestEvents';
import { clampView, MIN_VIEW_MS, panToInclude, zoomView } from '../../domain/timeView';
import type { Interval, Patch, SessionState } from '../state';
import { DEFAULT_VIEW } from '../state';

/**
 * Playhead to `t` (clamped to the extent), panning the view just enough to show it — except
 * while the reader drags it or it plays, when the view must hold still.
 */
export function playheadPatch(model: DatasetModel, s: SessionState, t: number): Patch {
  const playhead = Math.min(model.extent[1], Math.max(model.extent[0], t));
  if (s.scrubbing || s.playing) return { playhead };
  const view = panToInclude(s.view, playhead, model.extent);
  return view === s.view ? { playhead } : { playhead, view, settledView: view };
}

export function goToDate(model: DatasetModel, s: SessionState, t: number): Patch {
  if (!Number.isFinite(t)) return {};
  return playheadPatch(model, s, t);
}

/** A view change; `transient` while a zoom or pan gesture is still under way. */
export function setView(
  model: DatasetModel,
  _: SessionState,
  view: Interval,
  transient = false,
): Patch {
  const clamped = clampView(view, model.extent);
  return transient ? { view: clamped } : { view: clamped, settledView: clamped };
}

/** The gesture ended: what follows the visible period catches up once. */
export const settleView = (s: SessionState): Patch =>
  s.settledView === s.view ? {} : { settledView: s.view };

/** Zoom by `factor` (> 1 in) about the playhead if it is in view, else about the view's middle. */
export function zoomBy(model: DatasetModel, s: SessionState, factor: number): Patch {
  const inView = s.playhead >= s.view[0] && s.playhead <= s.view[1];
  const center = inView ? s.playhead : (s.view[0] + s.view[1]) / 2;
  return setView(model, s, zoomView(s.view, factor, center, model.extent));
}

/** Zoom so that the span [a, b] fills an eighth of the view (a click on a dense cluster). */
export function zoomToSpan(model: DatasetModel, s: SessionState, a: number, b: number): Patch {
  const factor = (s.view[1] - s.view[0]) / Math.max(b - a, 1) / 8;
  return setView(model, s, zoomView(s.view, factor, (a + b) / 2, model.extent));
}

export const resetView = (model: DatasetModel, s: SessionState): Patch =>
  setView(model, s, DEFAULT_VIEW);

export const showWholeExtent = (model: DatasetModel, s: SessionState): Patch =>
  setView(model, s, model.extent);

/**
 * Show every filtered event: the view spans them, and a playhead with none of them near it moves
 * to the start of the nearest one, so the flag, the map and the card count what is now shown.
 */
export function showFiltered(model: DatasetModel, derived: DerivedModel, s: SessionState): Patch {
  const events = derived.filtered(s.filters).byStart;
  const { span } = reachOf(events, s.view);
  if (!span) return {};
  const view = clampView(viewFor(span, 30 * MIN_VIEW_MS), model.extent);
  const patch: Patch = { view, settledView: view };
  if (s.window && (s.window[1] <= span[0] || s.window[0] >= span[1])) patch.window = null;
  if (derived.playheadEvents(s.filters, s.playhead).at.length === 0) {
    const [nearest] = nearestEvents(events, s.playhead, 1);
    if (nearest) patch.playhead = Math.max(view[0], snapToDay(nearest.t0));
  }
  return patch;
}

export function setWindow(_: SessionState, window: Interval | null): Patch {
  if (window && !(window[1] > window[0])) return {};
  return { window };
}

export const setScrubbing = (s: SessionState, scrubbing: boolean): Patch =>
  s.scrubbing === scrubbing ? {} : { scrubbing };
