import { type ReactNode, useState } from 'react';
import type { Dataset } from '../data/schema';
import { detectLang } from '../i18n/lang';
import { I18nProvider, useI18n } from '../i18n/useI18n';
import { useActions, useDatasetModel, useSession } from '../session/hooks';
import { SessionProvider } from '../session/SessionProvider';
import { useTexts } from '../session/texts';
import { useRoomScale } from '../ui/roomScale';
import { useMediaQuery } from '../ui/useMediaQuery';
import { ThemeProvider, useTheme } from '../ui/useTheme';
import { EmbedFooter } from '../views/embed/EmbedFooter';
import { ShareDialog } from '../views/embed/ShareDialog';
import { StoryMode } from '../views/embed/StoryMode';
import { useEmbedBridge } from '../views/embed/useEmbedBridge';
import { AboutData } from '../views/panels/AboutData';
import { ImportDialog } from '../views/panels/ImportDialog';
import { SidePanel } from '../views/panels/SidePanel';
import { Timeline } from '../views/timeline/Timeline';
import { DataSourceBanner } from './DataSourceBanner';
import { Header } from './Header';
import { LazyMap } from './LazyMap';
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
      <SessionPrefs>
        <Layout source={source} />
      </SessionPrefs>
    </SessionProvider>
  );
}

/** The session's language and theme, for everything inside it. */
function SessionPrefs({ children }: { children: ReactNode }) {
  const lang = useSession((s) => s.lang);
  const theme = useSession((s) => s.theme);
  return (
    <I18nProvider lang={lang ?? detectLang()}>
      <ThemeProvider setting={theme}>{children}</ThemeProvider>
    </I18nProvider>
  );
}

function Layout({ source }: { source: DataOrigin }) {
  const model = useDatasetModel();
  useEmbedBridge();
  const theme = useTheme();
  const actions = useActions();
  const { t } = useI18n();
  const embed = useSession((s) => s.embed);
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
  useDocumentTitle(true, (narrative && texts.narrative(narrative).title) ?? selectedTitle);
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
          narrative={firstNarrative}
          {...(!embed ? { onImport: () => setImporting(true) } : {})}
          {...(firstNarrative ? { onStory: () => actions.storyStep(firstNarrative.id, 0) } : {})}
        />
      </ViewBoundary>
      {source !== 'builtin' && <DataSourceBanner source={source} />}
      <main className="explorer-main">
        <ViewBoundary view="map">
          <LazyMap theme={theme} />
        </ViewBoundary>
        <ViewBoundary view="panel">
          {narrative && story ? (
            <StoryMode narrative={narrative} step={story.step} />
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
      {embed && <EmbedFooter />}
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
      {!embed && sharing && (
        <ShareDialog
          onClose={() => setSharing(false)}
          storyId={firstNarrative?.id ?? null}
          localFile={source === 'file' || source === 'saved'}
        />
      )}
    </div>
  );
}
