import { useState } from 'react';
import type { Narrative } from '../../data/schema';
import { modelIn } from '../../domain/datasetModel';
import { useFullI18n } from '../../i18n/useI18n';
import { useDatasetModel, useSessionRef } from '../../session/hooks';
import { useTexts } from '../../session/texts';
import { shareBaseUrl, slideBaseUrl } from '../../ui/publicUrl';
import { snapshotSources } from '../../ui/snapshotRegistry';
import { usePalette } from '../../ui/useTheme';
import { download } from './download';
import { exportFailure } from './exportFailure';
import { canvasMeasure, loadSlideFonts, slideColours } from './snapshot';
import { storyDeck } from './storyDeck';

/** "Download slides (.pptx)": the story as a PowerPoint deck, for decks that cannot hold an iframe. */
export function SlidesButton({ narrative }: { narrative: Narrative }) {
  const model = useDatasetModel();
  const session = useSessionRef((s) => s);
  const texts = useTexts();
  const palette = usePalette();
  const { t, f, lang } = useFullI18n();
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  const run = async () => {
    setBusy(true);
    try {
      await loadSlideFonts();
      const ctx = document.createElement('canvas').getContext('2d');
      if (!ctx) throw new Error(t.slideText.noCanvas, { cause: 'worded' });
      // The deck's words in the reader's language: the model and story in that language.
      const local = modelIn(model, texts.dataset);
      const blob = await storyDeck({
        model: local,
        narrative: local.narrativesById.get(narrative.id) ?? narrative,
        state: session.current,
        t,
        f,
        lang,
        colours: slideColours(palette),
        sources: snapshotSources(),
        measure: canvasMeasure(ctx),
        base: slideBaseUrl() ?? shareBaseUrl(),
        onProgress: (i, n) => setStatus(t.slides.drawing(f.number(i), f.number(n))),
      });
      download(blob, `frontera-${narrative.id}-${lang}.pptx`);
      setStatus(t.slides.done);
    } catch (e) {
      setStatus(t.slides.failed(exportFailure(e, t, 'slides')));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button
        type="button"
        className="slides-button"
        onClick={() => void run()}
        disabled={busy}
        aria-busy={busy}
      >
        <span className="wide-only">{t.header.slidesWide}</span>
        {t.header.slides}
      </button>
      <span role="status" className="visually-hidden">
        {status}
      </span>
    </>
  );
}
