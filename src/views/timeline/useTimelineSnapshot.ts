/**
 * Lets a slide (PNG or deck) draw the timeline afresh at slide size: as it is when the slide is
 * made, or at a story step's scene. The inputs are kept in a ref updated after each render, and
 * the playhead is read at that moment, so a scrub never re-renders the timeline for it.
 */
import { useEffect, useRef } from 'react';
import { useSessionRef } from '../../session/hooks';
import { registerSnapshotSource } from '../../ui/snapshotRegistry';
import type { BandInput } from './drawTimelineBand';

export type SnapshotInput = Omit<BandInput, 'playhead' | 'flag'> & {
  flag: (playhead: number) => string;
  /** The events a selected site highlights, for a scene that selects one. */
  highlightAt: (placeId: string | null) => ReadonlySet<string> | null;
};

export function useTimelineSnapshot(input: SnapshotInput) {
  const latest = useRef(input);
  useEffect(() => {
    latest.current = input;
  });
  const playhead = useSessionRef((s) => s.playhead);
  useEffect(
    () =>
      registerSnapshotSource('timeline', async (ctx, box, scale, scene) => {
        // Read before the drawing code loads: the slide shows the moment it was asked for.
        const { flag, highlightAt, ...band } = latest.current;
        const at = scene?.playhead ?? playhead.current;
        const { drawTimelineBand } = await import('./drawTimelineBand');
        drawTimelineBand(ctx, box, scale, {
          ...band,
          ...(scene
            ? {
                view: scene.view,
                selectedId: scene.selectedEventId,
                highlighted: highlightAt(scene.selectedPlaceId),
              }
            : {}),
          playhead: at,
          flag: flag(at),
        });
      }),
    [playhead],
  );
}
