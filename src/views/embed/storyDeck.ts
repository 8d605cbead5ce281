/**
 * Gathers a story's slides for the PowerPoint export: each step's scene (the same patch story
 * mode applies, computed without touching the screen), its picture drawn off screen at
 * 1920×1080, its words, its link and notes; then the deck writer, loaded on demand.
 */
import type { Narrative } from '../../data/schema';
import type { DatasetModel } from '../../domain/datasetModel';
import type { Formatters } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import type { Messages } from '../../i18n/messages';
import { storyStep } from '../../session/commands/story';
import type { SessionState } from '../../session/state';
import { URL_DEFAULTS } from '../../session/url/table';
import type { Scene, SnapshotSources } from '../../ui/snapshotRegistry';
import type { DeckInput } from './pptxDeck';
import { deckSources, stepCopy } from './slideContent';
import { layoutSlideText, type Measure } from './slideLayout';
import { renderSlide, type SlideColours } from './snapshot';
import { appUrl } from './snippet';

export interface StoryDeckOptions {
  model: DatasetModel;
  narrative: Narrative;
  state: SessionState;
  t: Messages;
  f: Formatters;
  lang: Lang;
  colours: SlideColours;
  sources: Readonly<SnapshotSources>;
  measure: Measure;
  /** Where links point (null: this copy has no address others can open). */
  base: string | null;
  onProgress: (done: number, total: number) => void;
}

/** The scene story mode shows at step i. */
export function stepScene(model: DatasetModel, state: SessionState, id: string, i: number): Scene {
  const s = { ...state, ...storyStep(model, state, id, i) };
  return {
    view: s.view,
    window: s.window,
    playhead: s.playhead,
    selectedEventId: s.selectedEventId,
    selectedPlaceId: s.selectedPlaceId,
    request: s.mapRequest,
  };
}

export async function storyDeck(o: StoryDeckOptions): Promise<Blob> {
  const { model, narrative, t, f, lang } = o;
  const link = (step: number | null, label: string) =>
    o.base
      ? {
          url: appUrl(o.base, {
            ...URL_DEFAULTS,
            story: step === null ? null : { id: narrative.id, step },
            lang,
          }),
          label,
        }
      : null;
  const steps: DeckInput['steps'] = [];
  for (let i = 0; i < narrative.steps.length; i++) {
    o.onProgress(i + 1, narrative.steps.length);
    const scene = stepScene(model, o.state, narrative.id, i);
    const copy = stepCopy(model, narrative, i, t, f, scene.playhead);
    // The source goes in the footer; the column holds kicker, title and caption.
    const text = layoutSlideText(o.measure, { ...copy, source: '' });
    const canvas = await renderSlide(o.sources, o.colours, {
      frame: text.frame,
      words: null,
      scene,
      noMap: t.slideText.noMap,
      noCanvas: t.slideText.noCanvas,
    });
    steps.push({
      image: canvas.toDataURL('image/png'),
      text,
      source: copy.source,
      link: link(i, t.slides.live(f.number(i + 1))),
      notes: copy.notes,
    });
  }
  const { articles } = model.dataset;
  const years = `${articles[0]?.published.slice(0, 4)}–${articles.at(-1)?.published.slice(0, 4)}`;
  const publishers = f.list([...new Set(articles.map((a) => a.publisher))]);
  const sources = deckSources(model, narrative, t, f);
  const { buildDeck } = await import('./pptxDeck');
  return buildDeck({
    lang: lang === 'es' ? 'es-MX' : 'en-US',
    title: narrative.title,
    kicker: t.slides.kicker,
    description: narrative.description,
    credit: t.slides.credit(f.number(articles.length), publishers, years),
    made: t.slides.made(f.day(Date.now())),
    titleNotes: [
      t.slides.notesTitle,
      narrative.description,
      '',
      ...sources.map((s) => `— ${s.line}`),
    ].join('\n'),
    startLink: link(0, t.slides.live(f.number(1))),
    steps,
    sources: {
      title: t.slides.sourcesTitle,
      intro: t.slides.sourcesIntro,
      items: sources.map((s) => ({ line: s.line, usedIn: s.usedIn })),
    },
    sourcesNotes: sources.map((s) => `${s.line} — ${s.usedIn}`).join('\n'),
    colours: o.colours,
  });
}
