/**
 * A parsed URL checked against the dataset and turned into what the reader should see: unknown
 * ids dropped with a warning, a story step kept within its narrative, and the map framed on the
 * selection unless the link carries its own camera. First load and Back/Forward both use it.
 */
import type { DatasetModel } from '../../domain/datasetModel';
import { frameHome, showCamera } from '../commands/map';
import { selectEvent, selectPlace } from '../commands/selection';
import { storyStep } from '../commands/story';
import type { Patch, SessionState } from '../state';
import { sanitizeAgainstDataset } from './sanitize';
import type { ParsedUrl } from './table';

export function resolveUrl(
  model: DatasetModel,
  current: SessionState,
  { state }: ParsedUrl,
  search: string,
): { patch: Patch; warnings: string[] } {
  const { patch: clean, warnings } = sanitizeAgainstDataset(state, model.dataset);
  const next: SessionState = { ...current, ...state, ...clean, settledView: state.view };
  let patch: Patch = { ...state, ...clean, settledView: state.view };

  if (next.story) {
    const narrative = model.narrativesById.get(next.story.id);
    if (!narrative) {
      warnings.push(`no story "${next.story.id}" in this dataset`);
      patch.story = null;
    } else {
      if (next.story.step >= narrative.steps.length)
        warnings.push(
          `story "${narrative.id}" has ${narrative.steps.length} steps; showing the last`,
        );
      return {
        patch: { ...patch, ...storyStep(model, next, narrative.id, next.story.step) },
        warnings,
      };
    }
  }
  const hasPlayhead = new URLSearchParams(search).has('t');
  if (next.camera) {
    Object.assign(patch, showCamera(current, next.camera));
  } else if (next.selectedEventId) {
    const place = next.selectedPlaceId;
    patch = {
      ...patch,
      ...selectEvent(model, next, next.selectedEventId, { keepPlayhead: hasPlayhead }),
    };
    // A link to an event seen from its site keeps the site.
    if (place && model.index.byId.get(next.selectedEventId)?.places.includes(place))
      patch.selectedPlaceId = place;
  } else if (next.selectedPlaceId) {
    patch = { ...patch, ...selectPlace(model, next, next.selectedPlaceId) };
  } else {
    Object.assign(patch, frameHome(current));
  }
  return { patch, warnings };
}
