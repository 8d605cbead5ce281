import { useEffect } from 'react';
import { useDatasetModel } from '../state/datasetContext';
import { sanitizeAgainstDataset } from '../state/sanitizeAgainstDataset';
import { useStore } from '../state/store';
import { useSelectionActions } from '../state/useSelectionActions';

/**
 * Once the dataset is known: drop URL ids it does not hold (with a warning), and frame a shared
 * selection on the map when the link carries no camera of its own.
 */
export function UrlBootstrap() {
  const { dataset } = useDatasetModel();
  const actions = useSelectionActions();
  // biome-ignore lint/correctness/useExhaustiveDependencies: once per dataset; actions derive from it
  useEffect(() => {
    const s = useStore.getState();
    const { patch, warnings } = sanitizeAgainstDataset(s, dataset);
    for (const w of warnings) console.warn(`[frontera] URL: ${w}`);
    if (Object.keys(patch).length) useStore.setState(patch);
    const { camera, selectedEventId, selectedPlaceId, playhead } = useStore.getState();
    if (camera) return;
    if (selectedEventId) {
      actions.selectEvent(selectedEventId);
      // A link that names its own playhead keeps it; otherwise the playhead goes to the event.
      if (new URLSearchParams(window.location.search).has('t')) useStore.setState({ playhead });
    } else if (selectedPlaceId) actions.selectPlace(selectedPlaceId);
  }, [dataset]);
  return null;
}
