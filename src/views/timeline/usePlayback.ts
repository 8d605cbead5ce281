/**
 * Drives ▶ Play: each animation frame advances the playhead by the chosen speed, so the map's lit
 * sites follow. With reduced motion it steps from event to event every 1.5 s instead of gliding.
 */
import { useEffect } from 'react';
import { adjacentEventStart } from '../../domain/eventIndex';
import { useDerivedModel } from '../../session/datasetContext';
import { PLAYBACK_SPEEDS } from '../../session/playbackSlice';
import { useStore } from '../../session/store';
import { useCommands } from '../../session/useCommands';
import { usePrefersReducedMotion } from '../../ui/usePrefersReducedMotion';

const STEP_MS = 1500;
const DAY = 86_400_000;

export function usePlayback() {
  const playing = useStore((s) => s.playing);
  const reduced = usePrefersReducedMotion();
  const commands = useCommands();
  const derived = useDerivedModel();

  useEffect(() => {
    if (!playing) return;
    if (reduced) {
      const timer = setInterval(() => {
        const s = useStore.getState();
        const next = adjacentEventStart(derived.filtered(s.filters), s.playhead, 1);
        const end = (s.window ?? s.settledView)[1] - DAY;
        if (!next || next.t0 > end) commands.advance(Number.POSITIVE_INFINITY);
        else commands.advance((next.t0 - s.playhead) / DAY);
      }, STEP_MS);
      return () => clearInterval(timer);
    }
    let frame = 0;
    let last = performance.now();
    const tick = (now: number) => {
      const dt = Math.min(0.1, (now - last) / 1000);
      last = now;
      commands.advance(PLAYBACK_SPEEDS[useStore.getState().speed] * dt);
      if (useStore.getState().playing) frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [playing, reduced, commands, derived]);
}
