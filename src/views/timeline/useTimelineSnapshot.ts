/**
 * Lets the PNG snapshot draw the timeline afresh at slide size, from the timeline as it is when
 * the snapshot is taken. The inputs are kept in a ref updated after each render, and the
 * playhead is read at snapshot time, so a scrub never re-renders the timeline for it.
 */
import { useEffect, useRef } from 'react';
import { useSessionRef } from '../../session/hooks';
import { registerSnapshotSource } from '../../ui/snapshotRegistry';
import { type BandInput, drawTimelineBand } from './drawTimelineBand';

export type SnapshotInput = Omit<BandInput, 'playhead' | 'flag'> & {
  flag: (playhead: number) => string;
};

export function useTimelineSnapshot(input: SnapshotInput) {
  const latest = useRef(input);
  useEffect(() => {
    latest.current = input;
  });
  const playhead = useSessionRef((s) => s.playhead);
  useEffect(
    () =>
      registerSnapshotSource('timeline', (ctx, box, scale) => {
        const { flag, ...band } = latest.current;
        drawTimelineBand(ctx, box, scale, {
          ...band,
          playhead: playhead.current,
          flag: flag(playhead.current),
        });
      }),
    [playhead],
  );
}
