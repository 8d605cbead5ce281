import { useCallback, useState } from 'react';
import type { Dataset } from '../data/schema';
import { EmbedFooter } from '../embed/EmbedFooter';
import { ShareDialog } from '../embed/ShareDialog';
import { StoryMode } from '../embed/StoryMode';
import { useEmbedBridge } from '../embed/useEmbedBridge';
import { MapView } from '../map/MapView';
import { SidePanel } from '../panels/SidePanel';
import { DatasetProvider, useDatasetModel } from '../state/datasetContext';
import { useStore } from '../state/store';
import { Timeline } from '../timeline/Timeline';
import { Header } from './Header';
import { UrlBootstrap } from './UrlBootstrap';
import { useResolvedTheme } from './useTheme';

/** The linked explorer: map and side panel above, the timeline across the bottom. */
export function Explorer({ dataset }: { dataset: Dataset }) {
  return (
    <DatasetProvider dataset={dataset}>
      <UrlBootstrap />
      <Layout />
    </DatasetProvider>
  );
}

function Layout() {
  const { dataset } = useDatasetModel();
  const theme = useResolvedTheme();
  const embed = useStore((s) => s.embed);
  const controls = useStore((s) => s.controls);
  const story = useStore((s) => s.story);
  const filters = useStore((s) => s.filters);
  const [sharing, setSharing] = useState(false);
  const narrative = story ? dataset.narratives.find((n) => n.id === story.id) : undefined;
  const firstNarrative = dataset.narratives[0] ?? null;

  const onStoryStep = useCallback(
    (step: number) => {
      const id = useStore.getState().story?.id ?? firstNarrative?.id;
      if (id) useStore.getState().setStory({ id, step });
    },
    [firstNarrative],
  );
  useEmbedBridge(onStoryStep);

  const classes = ['explorer', embed ? 'embed' : '', narrative ? 'story' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className={classes}>
      <a className="skip-link" href="#timeline">
        Skip to timeline
      </a>
      <Header
        compact={embed}
        controls={controls}
        onShare={() => setSharing(true)}
        {...(firstNarrative
          ? { onStory: () => useStore.getState().setStory({ id: firstNarrative.id, step: 0 }) }
          : {})}
      />
      <main className="explorer-main">
        <MapView theme={theme} />
        {narrative && story ? <StoryMode narrative={narrative} step={story.step} /> : <SidePanel />}
        <div id="timeline" className="timeline-area">
          <Timeline
            locked={!controls}
            onAdministration={(a) =>
              useStore.getState().toggleFacet(a.country === 'US' ? 'us' : 'mx', a.id)
            }
            isAdministrationActive={(a) =>
              (a.country === 'US' ? filters.us : filters.mx).includes(a.id)
            }
          />
        </div>
      </main>
      {embed && <EmbedFooter />}
      {!embed && (
        <ShareDialog
          open={sharing}
          onClose={() => setSharing(false)}
          storyId={firstNarrative?.id ?? null}
        />
      )}
    </div>
  );
}
