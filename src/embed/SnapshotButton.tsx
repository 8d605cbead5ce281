import { useState } from 'react';
import { formatDayLong, formatEventDate } from '../domain/formatDate';
import { useDatasetModel } from '../state/datasetContext';
import { useStore } from '../state/store';
import { DEFAULT_URL_STATE, pickUrlState } from '../state/url';
import { displayUrl, slideBaseUrl } from '../ui/publicUrl';
import { snapshotSources } from '../ui/snapshotRegistry';
import { usePalette } from '../ui/useTheme';
import { renderSnapshot } from './snapshot';
import { appUrl } from './snippet';

/** Download the current view as a 1920×1080 slide: map, title, timeline, source and link. */
export function SnapshotButton() {
  const { dataset, index, articlesById, narrativesById } = useDatasetModel();
  const palette = usePalette();
  const [status, setStatus] = useState('');

  const download = async () => {
    setStatus('Drawing…');
    // Read at click time: subscribing to the view would re-render this button on every scrub frame.
    const state = pickUrlState(useStore.getState());
    try {
      const event = state.selectedEventId ? index.byId.get(state.selectedEventId) : undefined;
      const story = state.story ? narrativesById.get(state.story.id) : undefined;
      const step = story?.steps[state.story?.step ?? 0];
      const article = event ? articlesById.get(event.sources[0]?.article ?? '') : undefined;
      const years = `${dataset.articles[0]?.published.slice(0, 4)}–${dataset.articles.at(-1)?.published.slice(0, 4)}`;
      const publishers = [...new Set(dataset.articles.map((a) => a.publisher))].join(', ');
      const base = slideBaseUrl();
      // A short link: what is selected and filtered, not the camera or the zoom.
      const permalink = base
        ? displayUrl(
            appUrl(base, {
              ...state,
              view: DEFAULT_URL_STATE.view,
              window: null,
              playhead: DEFAULT_URL_STATE.playhead,
              camera: null,
              theme: 'auto',
            }),
          )
        : null;
      const canvas = await renderSnapshot(
        snapshotSources(),
        {
          title: step?.title ?? event?.title ?? 'US–Mexico border enforcement',
          kicker: step
            ? `Step ${(state.story?.step ?? 0) + 1} of ${story?.steps.length} · ${formatDayLong(state.playhead)}`
            : event
              ? formatEventDate(event.date)
              : `Frontera · ${formatDayLong(state.playhead)}`,
          caption:
            step?.caption ??
            event?.summary ??
            `${dataset.events.length} events from ${dataset.articles.length} news articles, ${years}.`,
          source: article
            ? `Source: “${article.title}”, ${article.author}, ${article.publisher}, ${formatEventDate({ start: article.published, precision: 'day', approximate: false })} · Frontera · Basemap: Natural Earth`
            : `Sources: ${dataset.articles.length} articles, ${publishers}, ${years} · Frontera · Basemap: Natural Earth`,
          permalink,
        },
        {
          background: palette.background,
          surface: palette.surface,
          ink: palette.ink,
          inkMuted: palette.inkMuted,
          accent: palette.map.usMexicoBorder,
        },
      );
      const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
      if (!blob) throw new Error('the browser could not encode the PNG');
      const a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = `frontera-${state.selectedEventId ?? state.story?.id ?? 'view'}.png`;
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
