/**
 * Views a reader opens on demand, each in a chunk of its own: the story, the dialogs (sharing,
 * about, bringing one's own data — the importer and the validator come with it). None of them is
 * on the page's critical path.
 */
import { lazy } from 'react';

export const StoryMode = lazy(() =>
  import('../views/embed/StoryMode').then((m) => ({ default: m.StoryMode })),
);
export const ShareDialog = lazy(() =>
  import('../views/embed/ShareDialog').then((m) => ({ default: m.ShareDialog })),
);
export const AboutData = lazy(() =>
  import('../views/panels/AboutData').then((m) => ({ default: m.AboutData })),
);
export const ImportDialog = lazy(() =>
  import('../views/panels/ImportDialog').then((m) => ({ default: m.ImportDialog })),
);
// Only pages inside a frame (or asked for as an embed) talk to a host or credit their sources.
export const EmbedBridge = lazy(() =>
  import('../views/embed/EmbedBridge').then((m) => ({ default: m.EmbedBridge })),
);
export const EmbedFooter = lazy(() =>
  import('../views/embed/EmbedFooter').then((m) => ({ default: m.EmbedFooter })),
);
// Shown only over someone's own data (a file, a link, a saved page), never over the built-in one.
export const DataSourceBanner = lazy(() =>
  import('./DataSourceBanner').then((m) => ({ default: m.DataSourceBanner })),
);
