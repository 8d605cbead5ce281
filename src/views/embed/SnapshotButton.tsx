import { useState } from 'react';
import { useI18n } from '../../i18n/useI18n';
import { useDatasetModel } from '../../session/datasetContext';
import { useStore } from '../../session/store';
import { DEFAULT_URL_STATE, pickUrlState } from '../../session/url';
import { displayUrl, slideBaseUrl } from '../../ui/publicUrl';
import { snapshotSources } from '../../ui/snapshotRegistry';
import { usePalette } from '../../ui/useTheme';
import { download } from './download';
import { viewCopy } from './slideContent';
import { layoutSlideText } from './slideLayout';
import { canvasMeasure, loadSlideFonts, renderSlide, slideColours } from './snapshot';
import { appUrl } from './snippet';

/** Download the current view as a 1920×1080 slide: text, map, timeline, source and link. */
export function SnapshotButton() {
  const model = useDatasetModel();
  const palette = usePalette();
  const [status, setStatus] = useState('');
  const { t, f, lang } = useI18n();

  const run = async () => {
    setStatus(t.snapshot.drawing);
    // Read at click time: subscribing to the view would re-render this button on every scrub frame.
    const state = pickUrlState(useStore.getState());
    try {
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
              lang,
            }),
          )
        : null;
      await loadSlideFonts();
      const measure = canvasMeasure(
        document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D,
      );
      const text = layoutSlideText(measure, viewCopy(model, state, t, f));
      const canvas = await renderSlide(snapshotSources(), slideColours(palette), {
        frame: text.frame,
        words: { text, credit: t.snapshot.credit, permalink },
        noMap: t.snapshot.noMap,
        noCanvas: t.snapshot.noCanvas,
      });
      const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
      if (!blob) throw new Error(t.snapshot.noEncode);
      download(blob, `frontera-${state.selectedEventId ?? state.story?.id ?? 'view'}.png`);
      setStatus(t.snapshot.done);
    } catch (e) {
      setStatus(t.snapshot.failed((e as Error).message));
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
