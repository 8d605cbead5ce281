/** The commands bound to the current dataset and store: what views call on input. */
import { useMemo } from 'react';
import * as commands from './commands';
import { useDatasetModel, useDerivedModel } from './datasetContext';
import { type Patch, useStore } from './store';

export function useCommands() {
  const model = useDatasetModel();
  const derived = useDerivedModel();
  return useMemo(() => {
    const run = (f: (s: ReturnType<typeof useStore.getState>) => Patch) =>
      useStore.setState(f(useStore.getState()));
    return {
      selectEvent: (id: string | null, options?: { keepPlayhead?: boolean }) =>
        run((s) => commands.selectEvent(model, s, id, options)),
      selectPlace: (id: string | null) => run((s) => commands.selectPlace(model, s, id)),
      goToDate: (t: number) => run((s) => commands.goToDate(model, s, t)),
      stepSelection: (dir: 1 | -1) => run((s) => commands.stepSelection(model, derived, s, dir)),
      storyStep: (id: string, step: number) => run((s) => commands.storyStep(model, s, id, step)),
      leaveStory: () => run(() => commands.leaveStory()),
      clearSelection: () => run((s) => commands.clearSelection(s)),
      frameHome: () => run((s) => commands.frameHome(s)),
      play: () => run((s) => commands.startPlayback(model, s)),
      pause: () => run(() => commands.stopPlayback()),
      advance: (days: number) => run((s) => commands.advancePlayback(model, s, days)),
    };
  }, [model, derived]);
}
