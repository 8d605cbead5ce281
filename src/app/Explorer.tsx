import { useState } from 'react';
import type { Dataset } from '../data/schema';
import { useI18n } from '../i18n/useI18n';
import { DatasetProvider, useDatasetModel } from '../session/datasetContext';
import { useStore } from '../session/store';
import type { UrlSync } from '../session/urlSync';
import { useCommands } from '../session/useCommands';
import { useRoomScale } from '../ui/roomScale';
import { useMediaQuery } from '../ui/useMediaQuery';
import { useApplyTheme } from '../ui/useTheme';
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
import { useUrlResolver } from './useUrlResolver';
import { ViewBoundary } from './ViewBoundary';

/** The linked explorer: map and side panel above, the timeline across the bottom. */
export type DataOrigin = 'builtin' | 'url' | 'file';

export function Explorer({
  dataset,
  urlSync,
  source = 'builtin',
}: {
  dataset: Dataset;
  urlSync?: UrlSync;
  /** Where the dataset came from: the built-in one, `?data=`, or the reader's own file. */
  source?: DataOrigin;
}) {
  return (
    <DatasetProvider dataset={dataset}>
      <Layout urlSync={urlSync} source={source} />
    </DatasetProvider>
  );
}

function Layout({ urlSync, source }: { urlSync: UrlSync | undefined; source: DataOrigin }) {
  const model = useDatasetModel();
  useUrlResolver(urlSync);
  useEmbedBridge();
  const theme = useApplyTheme();
  const commands = useCommands();
  const { t } = useI18n();
  const embed = useStore((s) => s.embed);
  const slide = useStore((s) => s.embed && s.fit === 'slide');
  const controls = useStore((s) => s.controls);
  const story = useStore((s) => s.story);
  const [sharing, setSharing] = useState(false);
  const [about, setAbout] = useState(false);
  const [importing, setImporting] = useState(false);
  const narrative = story ? model.narrativesById.get(story.id) : undefined;
  const firstNarrative = model.dataset.narratives[0] ?? null;

  // Small iframes (≤ 900×600) get the compact embed: map, a one-lane timeline strip, the card
  // over the map, and the credit always in view. A slide keeps it in story mode too.
  const small = useMediaQuery('(max-width: 900px), (max-height: 600px)');
  const compact = embed && small && (!narrative || slide);
  const timelineScale = useRoomScale(!!narrative || slide);
  const selected = useStore((s) => s.selectedEventId !== null || s.selectedPlaceId !== null);
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
          {...(firstNarrative ? { onStory: () => commands.storyStep(firstNarrative.id, 0) } : {})}
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
          localFile={source === 'file'}
        />
      )}
    </div>
  );
}
