// First: starts the requests the first frame's interactivity needs (see the module).
import './earlyRequests';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { captureBootPage } from './data/pageSource';
import { datasetQuery } from './data/queries';
import { loadSavedPage, savedPage } from './data/savedPageBoot';
import { readStoredFileEarly } from './data/storedFile';
import { loadCatalogue } from './i18n/catalogues';
import { detectLang } from './i18n/lang';
import { parseUrl } from './session/url/table';
import { staticBasemapQuery } from './views/map/staticBasemap';
import { loadGestures } from './views/timeline/loadGestures';
import './styles/index.css';

const GESTURES_WAIT_MS = 250;
const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// Before anything is drawn: the single file keeps itself as it arrived, for "Save as a page".
captureBootPage();

async function start() {
  // A saved page carries its data; it is read (and validated) before the first frame.
  await loadSavedPage();
  const saved = savedPage();
  // A saved page opens at the view it was saved with, unless its address names another.
  if (saved?.view && !window.location.search)
    window.history.replaceState(null, '', `?${saved.view}${window.location.hash}`);
  const address = parseUrl(window.location.search).state;
  // The reader's catalogue starts loading now, beside the dataset the page preloads.
  void loadCatalogue(address.lang ?? detectLang());
  const client = new QueryClient();
  // The built-in dataset and the check for a file kept in this browser start together, rather
  // than one after the other once the page has rendered: whichever is shown, it is ready sooner.
  if (!saved && !address.dataUrl) {
    readStoredFileEarly();
    void client.prefetchQuery(datasetQuery());
  }
  // …and so does the first frame's basemap, drawn with the timeline's first marks.
  void client.prefetchQuery(staticBasemapQuery);
  // The timeline's gestures were asked for first of all (./earlyRequests.ts). Rendering waits a
  // little for them — they are usually in before the dataset is parsed — because once React is
  // rendering, the browser runs a dynamic import's module after its tasks (measured: ~0.6 s
  // late), and the timeline would answer wheel and drag only then. A slow network never holds
  // the page longer than this.
  await Promise.race([loadGestures().catch(() => {}), delay(GESTURES_WAIT_MS)]);
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={client}>
        <App syncAddress />
      </QueryClientProvider>
    </StrictMode>,
  );
}
void start();
