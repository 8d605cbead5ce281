import { useState } from 'react';
import { modelIn } from '../../domain/datasetModel';
import { loadCompleteCatalogue } from '../../i18n/catalogues';
import { useI18n } from '../../i18n/useI18n';
import { useDatasetModel, useSessionRef } from '../../session/hooks';
import { DEFAULT_PLAYHEAD, DEFAULT_VIEW } from '../../session/state';
import { useTexts } from '../../session/texts';
import { urlStateOf } from '../../session/url/table';
import { displayUrl, slideBaseUrl } from '../../ui/publicUrl';
import { snapshotSources } from '../../ui/snapshotRegistry';
import { usePalette } from '../../ui/useTheme';
import { download } from './download';
import { exportFailure } from './exportFailure';
import { appUrl } from './snippet';

/** Download the current view as a 1920×1080 slide: text, map, timeline, source and link. */
export function SnapshotButton() {
  const model = useDatasetModel();
  const palette = usePalette();
  const session = useSessionRef((s) => s);
  const texts = useTexts();
  const [status, setStatus] = useState('');
  const { t, f, lang } = useI18n();

  const run = async () => {
    setStatus(t.snapshot.drawing);
    // Read at click time: subscribing to the view would re-render this button on every scrub frame.
    const state = urlStateOf(session.current);
    try {
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
      const [
        { canvasMeasure, loadSlideFonts, renderSlide, slideColours },
        { viewCopy },
        { layoutSlideText },
        words,
      ] = await Promise.all([
        import('./snapshot'),
        import('./slideContent'),
        import('./slideLayout'),
        loadCompleteCatalogue(lang),
      ]);
      await loadSlideFonts();
      const measure = canvasMeasure(
        document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D,
      );
      const text = layoutSlideText(
        measure,
        viewCopy(modelIn(model, texts.dataset), state, words, f),
      );
      const canvas = await renderSlide(snapshotSources(), slideColours(palette), {
        frame: text.frame,
        words: { text, credit: words.slideText.credit, permalink },
        noMap: words.slideText.noMap,
        noCanvas: words.slideText.noCanvas,
      });
      const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
      if (!blob) throw new Error(words.slideText.noEncode, { cause: 'worded' });
      download(blob, `frontera-${state.selectedEventId ?? state.story?.id ?? 'view'}.png`);
      setStatus(t.snapshot.done);
    } catch (e) {
      setStatus(t.snapshot.failed(exportFailure(e, t, 'PNG')));
    }
  };

  return (
    <>
      <button type="button" onClick={() => void run()}>
        <span className="wide-only">{t.header.pngWide}</span>
        {t.header.png}
      </button>
      <span role="status" className="visually-hidden">
        {status}
      </span>
    </>
  );
}
