/**
 * Drives ▶ Play: each animation frame advances the playhead by the chosen speed, so the map's lit
 * sites follow. With reduced motion it steps from event to event every 1.5 s instead of gliding.
 */
import { useEffect } from 'react';
import { useActions, useSession } from '../../session/hooks';
import { usePrefersReducedMotion } from '../../ui/usePrefersReducedMotion';

const STEP_MS = 1500;

export function usePlayback() {
  const playing = useSession((s) => s.playing);
  const reduced = usePrefersReducedMotion();
  const actions = useActions();

  useEffect(() => {
    if (!playing) return;
    if (reduced) {
      const timer = setInterval(actions.playToNextEvent, STEP_MS);
      return () => clearInterval(timer);
    }
    let frame = 0;
    let last = performance.now();
    const tick = (now: number) => {
      const seconds = Math.min(0.1, (now - last) / 1000);
      last = now;
      actions.playFrame(seconds);
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [playing, reduced, actions]);
}
