import { useQuery } from '@tanstack/react-query';
import { type ReactNode, Suspense, useState } from 'react';
import { languageTextsQuery } from '../data/queries';
import { savedPage as bootSavedPage } from '../data/savedPageBoot';
import type { Dataset } from '../data/schema';
import { BASE_LANGUAGE } from '../data/translations';
import { detectLang } from '../i18n/lang';
import { I18nProvider, useI18n } from '../i18n/useI18n';
import { useActions, useDatasetModel, useSession } from '../session/hooks';
import { SessionProvider } from '../session/SessionProvider';
import { LoadedTextsProvider, useTexts } from '../session/texts';
import { useRoomScale } from '../ui/roomScale';
import { useMediaQuery } from '../ui/useMediaQuery';
import { ThemeProvider, useTheme } from '../ui/useTheme';
import { SidePanel } from '../views/panels/SidePanel';
import { Timeline } from '../views/timeline/Timeline';
import { Header } from './Header';
import { LazyMap } from './LazyMap';
import {
  AboutData,
  DataSourceBanner,
  EmbedBridge,
  EmbedFooter,
  ImportDialog,
  ShareDialog,
  StoryMode,
} from './lazyViews';
import { useDocumentTitle } from './useDocumentTitle';
import { ViewBoundary } from './ViewBoundary';

/** Where the dataset came from: the built-in one, `?data=`, the reader's own file, or a saved page. */
export type DataOrigin = 'builtin' | 'url' | 'file' | 'saved';

/** The linked explorer: one session for the dataset, map and side panel above, the timeline below. */
export function Explorer({
  dataset,
  source = 'builtin',
  syncAddress = false,
}: {
  dataset: Dataset;
  source?: DataOrigin;
  syncAddress?: boolean;
}) {
  return (
    <SessionProvider dataset={dataset} syncAddress={syncAddress}>
      <SessionPrefs builtin={source === 'builtin'}>
        <Layout source={source} />
      </SessionPrefs>
    </SessionProvider>
  );
}

/**
 * The session's language and theme, for everything inside it; the built-in dataset's texts in
 * that language arrive in a file of their own (English meanwhile).
 */
function SessionPrefs({ children, builtin }: { children: ReactNode; builtin: boolean }) {
  const lang = useSession((s) => s.lang) ?? detectLang();
  const theme = useSession((s) => s.theme);
  const texts = useQuery({ ...languageTextsQuery(lang, BASE_LANGUAGE), enabled: builtin });
  return (
    <I18nProvider lang={lang}>
      <LoadedTextsProvider lang={lang} texts={builtin ? texts.data : null}>
        <ThemeProvider setting={theme}>{children}</ThemeProvider>
      </LoadedTextsProvider>
    </I18nProvider>
  );
}

function Layout({ source }: { source: DataOrigin }) {
  const model = useDatasetModel();
  const theme = useTheme();
  const actions = useActions();
  const { t } = useI18n();
  const embed = useSession((s) => s.embed);
  const framed = window.parent !== window;
  const slide = useSession((s) => s.embed && s.fit === 'slide');
  const controls = useSession((s) => s.controls);
  const story = useSession((s) => s.story);
  const selected = useSession((s) => s.selectedEventId !== null || s.selectedPlaceId !== null);
  const [sharing, setSharing] = useState(false);
  const [about, setAbout] = useState(false);
  const [importing, setImporting] = useState(false);
  const narrative = story ? model.narrativesById.get(story.id) : undefined;
  const texts = useTexts();
  const selectedTitle = useSession((s) => {
    const e = s.selectedEventId ? model.index.byId.get(s.selectedEventId) : undefined;
    return e && texts.event(e).title;
  });
  useDocumentTitle(
    true,
    (narrative && texts.narrative(narrative).title) ?? selectedTitle,
    bootSavedPage()?.title ?? model.dataset.about?.title,
  );
  const firstNarrative = model.dataset.narratives[0] ?? null;

  // Small iframes (≤ 900×600) get the compact embed: map, a one-lane timeline strip, the card
  // over the map, and the credit always in view. A slide keeps it in story mode too.
  const small = useMediaQuery('(max-width: 900px), (max-height: 600px)');
  const compact = embed && small && (!narrative || slide);
  const timelineScale = useRoomScale(!!narrative || slide);
  const classes = [
    'explorer',
    embed ? 'embed' : '',
    slide ? 'embed-slide' : '',
    compact ? 'embed-compact' : '',
    narrative ? 'story' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={classes}>
      <a className="skip-link" href="#playhead">
        {t.app.skipToPlayhead}
      </a>
      <ViewBoundary view="header">
        <Header
          compact={embed}
          controls={controls}
          onShare={() => setSharing(true)}
          onAbout={() => setAbout(true)}
          {...(!embed ? { onImport: () => setImporting(true) } : {})}
          {...(firstNarrative ? { onStory: () => actions.storyStep(firstNarrative.id, 0) } : {})}
        />
      </ViewBoundary>
      {source !== 'builtin' && (
        <Suspense fallback={null}>
          <DataSourceBanner source={source} />
        </Suspense>
      )}
      <main className="explorer-main">
        <ViewBoundary view="map">
          <LazyMap theme={theme} />
        </ViewBoundary>
        <ViewBoundary view="panel">
          {narrative && story ? (
            <Suspense fallback={null}>
              <StoryMode narrative={narrative} step={story.step} />
            </Suspense>
          ) : (
            (!compact || selected) && <SidePanel />
          )}
        </ViewBoundary>
        <div id="timeline" className="timeline-area">
          <ViewBoundary view="timeline">
            <Timeline locked={!controls || !!narrative} compact={compact} scale={timelineScale} />
          </ViewBoundary>
        </div>
      </main>
      {(embed || framed) && (
        <Suspense fallback={null}>
          {framed && <EmbedBridge />}
          {embed && <EmbedFooter />}
        </Suspense>
      )}
      <Suspense fallback={null}>
        <Dialogs
          source={source}
          about={about}
          importing={importing}
          sharing={!embed && sharing}
          storyId={firstNarrative?.id ?? null}
          onAbout={setAbout}
          onImport={setImporting}
          onShare={setSharing}
        />
      </Suspense>
    </div>
  );
}

/** The dialogs, each loaded the first time a reader opens it. */
function Dialogs({
  source,
  about,
  importing,
  sharing,
  storyId,
  onAbout,
  onImport,
  onShare,
}: {
  source: DataOrigin;
  about: boolean;
  importing: boolean;
  sharing: boolean;
  storyId: string | null;
  onAbout: (open: boolean) => void;
  onImport: (open: boolean) => void;
  onShare: (open: boolean) => void;
}) {
  const setAbout = onAbout;
  const setImporting = onImport;
  const setSharing = onShare;
  return (
    <>
      {about && (
        <AboutData
          source={source}
          onClose={() => setAbout(false)}
          onImport={() => {
            setAbout(false);
            setImporting(true);
          }}
        />
      )}
      {importing && <ImportDialog onClose={() => setImporting(false)} />}
      {sharing && (
        <ShareDialog
          onClose={() => setSharing(false)}
          storyId={storyId}
          localFile={source === 'file' || source === 'saved'}
        />
      )}
    </>
  );
}
