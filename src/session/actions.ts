/**
 * The session's actions: the only writer. Each is a pure command (state, input) → patch from
 * ./commands, bound once to a store and a dataset, so a click on a mark, a key on the playhead,
 * a list row, a map marker, a link, a story step and a host page's message change the session
 * the same way.
 */
import type { DatasetModel } from '../domain/datasetModel';
import type { DerivedModel } from '../domain/derivedModel';
import type { FacetKey } from '../domain/filters';
import type { Lang } from '../i18n/lang';
import * as filters from './commands/filters';
import * as map from './commands/map';
import * as playback from './commands/playback';
import * as prefs from './commands/prefs';
import * as selection from './commands/selection';
import * as story from './commands/story';
import * as time from './commands/time';
import {
  type Camera,
  INITIAL_SESSION,
  type Interval,
  type Patch,
  type SessionState,
} from './state';
import type { SessionStore } from './store';
import { resolveUrl } from './url/resolve';
import { parseUrl } from './url/table';

export function createActions(store: SessionStore, model: DatasetModel, derived: DerivedModel) {
  /** Binds a command: read the state, compute the patch, apply it if it changes anything. */
  const bind =
    <A extends unknown[]>(command: (s: SessionState, ...input: A) => Patch) =>
    (...input: A): void => {
      const patch = command(store.getState(), ...input);
      if (Object.keys(patch).length > 0) store.setState(patch);
    };

  return {
    selectEvent: bind((s, id: string | null, options?: { keepPlayhead?: boolean }) =>
      selection.selectEvent(model, s, id, options),
    ),
    selectPlace: bind((s, id: string | null) => selection.selectPlace(model, s, id)),
    clearSelection: bind(selection.clearSelection),
    stepSelection: bind((s, dir: 1 | -1) => selection.stepSelection(model, derived, s, dir)),
    hoverEvent: bind(selection.hoverEvent),

    goToDate: bind((s, t: number) => time.goToDate(model, s, t)),
    setView: bind((s, view: Interval, transient?: boolean) =>
      time.setView(model, s, view, transient),
    ),
    settleView: bind(time.settleView),
    zoomBy: bind((s, factor: number) => time.zoomBy(model, s, factor)),
    zoomToSpan: bind((s, a: number, b: number) => time.zoomToSpan(model, s, a, b)),
    resetView: bind((s) => time.resetView(model, s)),
    showWholeExtent: bind((s) => time.showWholeExtent(model, s)),
    showFiltered: bind((s) => time.showFiltered(model, derived, s)),
    setWindow: bind(time.setWindow),
    setScrubbing: bind(time.setScrubbing),

    play: bind((s) => playback.startPlayback(model, s)),
    pause: bind(playback.stopPlayback),
    playFrame: bind((s, seconds: number) => playback.playFrame(model, s, seconds)),
    playToNextEvent: bind((s) => playback.playToNextEvent(model, derived, s)),
    setSpeed: bind(playback.setSpeed),

    storyStep: bind((s, id: string, step: number) => story.storyStep(model, s, id, step)),
    storyMove: bind((s, dir: 1 | -1) => story.storyMove(model, s, dir)),
    leaveStory: bind(story.leaveStory),

    toggleFacet: bind((s, key: FacetKey, value: string) =>
      filters.toggleFacet(derived, s, key, value),
    ),
    setFacet: bind((s, key: FacetKey, values: readonly string[]) =>
      filters.setFacet(derived, s, key, values),
    ),
    setQuery: bind((s, query: string) => filters.setQuery(derived, s, query)),
    removeFilterValue: bind((s, key: FacetKey | 'query', value: string) =>
      filters.removeFilterValue(derived, s, key, value),
    ),
    clearFilters: bind((s) => filters.clearFilters(derived, s)),

    frameHome: bind(map.frameHome),
    showPlaces: bind((s, placeIds: readonly string[]) => map.showPlaces(s, placeIds)),
    reportCamera: bind((s, camera: Camera) => map.reportCamera(s, camera)),

    setLang: bind((s, lang: Lang) => prefs.setLang(s, lang)),
    showBuiltinData: bind(prefs.showBuiltinData),

    /** An address to show (Back, Forward): checked against the dataset like a first load. */
    followAddress: bind((s, search: string) => {
      const { patch, warnings } = resolveUrl(model, s, parseUrl(search), search);
      for (const w of warnings) console.warn(`[frontera] URL: ${w}`);
      return { ...patch, playing: false, scrubbing: false };
    }),
  };
}

export type Actions = ReturnType<typeof createActions>;

/** The session a dataset starts with: the address as it is, resolved against the dataset. */
export function initialSession(model: DatasetModel, search: string): Partial<SessionState> {
  const parsed = parseUrl(search);
  for (const w of parsed.warnings) console.warn(`[frontera] URL: ${w}`);
  const { patch, warnings } = resolveUrl(model, INITIAL_SESSION, parsed, search);
  for (const w of warnings) console.warn(`[frontera] URL: ${w}`);
  return patch;
}
