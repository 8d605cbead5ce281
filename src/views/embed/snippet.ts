/** Builds the share link and the iframe snippet from the current view and the dialog's options. */
import { formatUrl, type UrlState } from '../../session/url/table';
import { EMBED_DEFAULT_HEIGHT } from './messages';

export interface EmbedOptions {
  locked: boolean;
  theme: UrlState['theme'];
  story: boolean;
  storyId: string | null;
}

export function appUrl(base: string, state: UrlState): string {
  const query = formatUrl({ ...state, embed: false, controls: true });
  const url = new URL(base);
  url.search = query;
  url.hash = '';
  return url.href;
}

export function embedUrl(base: string, state: UrlState, o: EmbedOptions): string {
  const story = o.story && o.storyId ? { id: o.storyId, step: state.story?.step ?? 0 } : null;
  const url = new URL(base);
  url.search = formatUrl({
    ...state,
    embed: true,
    controls: !o.locked,
    theme: o.theme,
    story,
  });
  url.hash = '';
  return url.href;
}

const escapeAttr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The iframe and its sizing script; `title` names the frame for screen readers, in the page's language. */
export function iframeSnippet(src: string, scriptSrc: string, title: string): string {
  return [
    `<iframe src="${escapeAttr(src)}" data-frontera title="${escapeAttr(title)}"`,
    `  style="width:100%;height:${EMBED_DEFAULT_HEIGHT}px;border:0" loading="lazy" allow="fullscreen"></iframe>`,
    `<script src="${escapeAttr(scriptSrc)}" defer></script>`,
  ].join('\n');
}
