import { useState } from 'react';
import { useI18n } from '../../i18n/useI18n';
import { useDatasetModel, useSessionRef } from '../../session/hooks';
import { DEFAULT_PLAYHEAD, DEFAULT_VIEW } from '../../session/state';
import { useTexts } from '../../session/texts';
import { urlStateOf } from '../../session/url/table';
import { displayUrl, slideBaseUrl } from '../../ui/publicUrl';
import { snapshotSources } from '../../ui/snapshotRegistry';
import { usePalette } from '../../ui/useTheme';
import { appUrl } from './snippet';

/** Download the current view as a 1920×1080 slide: map, title, timeline, source and link. */
export function SnapshotButton() {
  const { dataset, index, articlesById, narrativesById } = useDatasetModel();
  const palette = usePalette();
  const session = useSessionRef((s) => s);
  const texts = useTexts();
  const [status, setStatus] = useState('');
  const { t, f, lang } = useI18n();

  const download = async () => {
    setStatus(t.snapshot.drawing);
    // Read at click time: subscribing to the view would re-render this button on every scrub frame.
    const state = urlStateOf(session.current);
    try {
      const rawEvent = state.selectedEventId ? index.byId.get(state.selectedEventId) : undefined;
      const event = rawEvent && texts.event(rawEvent);
      const rawStory = state.story ? narrativesById.get(state.story.id) : undefined;
      const story = rawStory && texts.narrative(rawStory);
      const step = story?.steps[state.story?.step ?? 0];
      const article = event ? articlesById.get(event.sources[0]?.article ?? '') : undefined;
      const years = `${dataset.articles[0]?.published.slice(0, 4)}–${dataset.articles.at(-1)?.published.slice(0, 4)}`;
      const publishers = f.list([...new Set(dataset.articles.map((a) => a.publisher))]);
      const base = slideBaseUrl();
      // A short link: what is selected and filtered, not the camera or the zoom.
      const permalink = base
        ? displayUrl(
            appUrl(base, {
              ...state,
              view: DEFAULT_VIEW,
              window: null,
              playhead: DEFAULT_PLAYHEAD,
              camera: null,
              theme: 'auto',
              lang,
            }),
          )
        : null;
      // The export code loads when a reader first asks for a slide.
      const { renderSnapshot } = await import('./snapshot');
      const canvas = await renderSnapshot(
        snapshotSources(),
        {
          title: step?.title ?? event?.title ?? t.snapshot.title,
          kicker: step
            ? t.snapshot.step(
                f.number((state.story?.step ?? 0) + 1),
                f.number(story?.steps.length ?? 0),
                f.day(state.playhead),
              )
            : event
              ? f.eventDate(event.date)
              : `Frontera · ${f.day(state.playhead)}`,
          caption:
            step?.caption ??
            event?.summary ??
            t.snapshot.caption(
              f.number(dataset.events.length),
              f.number(dataset.articles.length),
              years,
            ),
          source: article
            ? t.snapshot.source(
                article.title,
                article.author,
                article.publisher,
                f.eventDate({ start: article.published, precision: 'day', approximate: false }),
              )
            : t.snapshot.sources(f.number(dataset.articles.length), publishers, years),
          noMap: t.snapshot.noMap,
          noCanvas: t.snapshot.noCanvas,
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
      if (!blob) throw new Error(t.snapshot.noEncode);
      const a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = `frontera-${state.selectedEventId ?? state.story?.id ?? 'view'}.png`;
      a.click();
      setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
      setStatus(t.snapshot.done);
    } catch (e) {
      setStatus(t.snapshot.failed((e as Error).message));
    }
  };

  return (
    <>
      <button type="button" onClick={() => void download()}>
        <span className="wide-only">{t.header.pngWide}</span>
        {t.header.png}
      </button>
      <span role="status" className="visually-hidden">
        {status}
      </span>
    </>
  );
}
