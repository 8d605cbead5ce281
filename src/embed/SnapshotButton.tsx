import { useState } from 'react';
import { formatEventDate } from '../domain/formatDate';
import { useDatasetModel } from '../state/datasetContext';
import { useStore } from '../state/store';
import { pickUrlState } from '../state/url';
import { snapshotSources } from '../ui/snapshotRegistry';
import { renderSnapshot } from './snapshot';
import { appUrl } from './snippet';

/** Download the current view as a 1920×1080 PNG with caption and permalink. */
export function SnapshotButton() {
  const { dataset, index } = useDatasetModel();
  const [status, setStatus] = useState('');

  const download = async () => {
    setStatus('Drawing…');
    // Read at click time: subscribing to the view would re-render this button on every scrub frame.
    const state = pickUrlState(useStore.getState());
    try {
      const event = state.selectedEventId ? index.byId.get(state.selectedEventId) : undefined;
      const story = state.story
        ? dataset.narratives.find((n) => n.id === state.story?.id)
        : undefined;
      const step = story?.steps[state.story?.step ?? 0];
      const caption = step
        ? `${step.title}. ${step.caption}`
        : event
          ? `${event.title} (${formatEventDate(event.date)}). ${event.summary}`
          : `${dataset.events.length} events from ${dataset.articles.length} articles on US–Mexico border enforcement.`;
      const dark = document.documentElement.dataset.theme === 'dark';
      const { map, timeline } = snapshotSources();
      const canvas = await renderSnapshot(map?.() ?? null, timeline?.() ?? null, {
        title: 'Frontera',
        subtitle: 'US–Mexico border enforcement, 2016–2023',
        caption,
        permalink: appUrl(window.location.href, state),
        credit: `Sources: ${dataset.articles.length} articles, ${[...new Set(dataset.articles.map((a) => a.publisher))].join(', ')} · Basemap: Natural Earth`,
        dark,
      });
      const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
      if (!blob) throw new Error('the browser could not encode the PNG');
      const a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = `frontera-${state.selectedEventId ?? 'view'}.png`;
      a.click();
      setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
      setStatus('PNG downloaded.');
    } catch (e) {
      setStatus(`Could not make the PNG: ${(e as Error).message}`);
    }
  };

  return (
    <>
      <button type="button" onClick={() => void download()}>
        <span className="wide-only">Download </span>PNG
      </button>
      <span role="status" className="visually-hidden">
        {status}
      </span>
    </>
  );
}
