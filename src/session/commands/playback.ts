/** ▶ Play: the playhead runs through the window (or the view) and stops at its end. */
import type { DatasetModel } from '../../domain/datasetModel';
import type { DerivedModel } from '../../domain/derivedModel';
import { adjacentEventStart } from '../../domain/eventIndex';
import { type Patch, PLAYBACK_SPEEDS, type PlaybackSpeed, type SessionState } from '../state';
import { playheadPatch } from './time';

const DAY = 86_400_000;

/** The stretch Play runs through and Home / End reach: the brushed window, else the view. */
export function playRange(s: SessionState): readonly [number, number] {
  return s.window ?? s.settledView;
}

/** ▶ Play: from the playhead (or the range's start, if the playhead is at or past its end). */
export function startPlayback(model: DatasetModel, s: SessionState): Patch {
  const [a, b] = playRange(s);
  const from = s.playhead >= b - DAY || s.playhead < a ? a : s.playhead;
  return { ...playheadPatch(model, s, from), playing: true };
}

export const stopPlayback = (s: SessionState): Patch => (s.playing ? { playing: false } : {});

/** `days` further on, stopping at the end of the range. */
export function advancePlayback(model: DatasetModel, s: SessionState, days: number): Patch {
  if (!s.playing) return {};
  const end = playRange(s)[1] - DAY;
  const next = Math.min(end, s.playhead + days * DAY);
  return { ...playheadPatch(model, s, next), ...(next >= end ? { playing: false } : {}) };
}

/** One frame of gliding playback: `seconds` of the chosen speed. */
export const playFrame = (model: DatasetModel, s: SessionState, seconds: number): Patch =>
  advancePlayback(model, s, PLAYBACK_SPEEDS[s.speed] * seconds);

/** Reduced motion: jump to the next filtered event's start, or to the range's end. */
export function playToNextEvent(
  model: DatasetModel,
  derived: DerivedModel,
  s: SessionState,
): Patch {
  const next = adjacentEventStart(derived.filtered(s.filters), s.playhead, 1);
  const end = playRange(s)[1] - DAY;
  if (!next || next.t0 > end) return advancePlayback(model, s, Number.POSITIVE_INFINITY);
  return advancePlayback(model, s, (next.t0 - s.playhead) / DAY);
}

export const setSpeed = (_: SessionState, speed: PlaybackSpeed): Patch => ({ speed });
