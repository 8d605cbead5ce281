/** Builds the share link and the iframe snippet from the current view and the dialog's options. */
import { formatUrl, type UrlState } from '../../session/url/table';
import { EMBED_DEFAULT_HEIGHT } from './messages';

export interface EmbedOptions {
  locked: boolean;
  /** 'article' grows to suit its width; 'slide' fills exactly the frame a deck gives it. */
  fit: UrlState['fit'];
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
    fit: o.fit,
    controls: !o.locked,
    theme: o.theme,
    story,
  });
  url.hash = '';
  return url.href;
}

const escapeAttr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The iframe and embed.js; `title` names the frame for screen readers, in the page's language. An
 * article's iframe starts at a height that suits most widths and embed.js adjusts it; a slide's
 * iframe is 16:9 and keeps the size the deck gives it (embed.js is still there, to hand the deck
 * its keys). A slide is not lazy: decks load off-screen slides.
 */
export function iframeSnippet(
  src: string,
  scriptSrc: string,
  title: string,
  fit: UrlState['fit'] = 'article',
): string {
  const size =
    fit === 'slide'
      ? 'width:100%;aspect-ratio:16/9;height:auto;border:0'
      : `width:100%;height:${EMBED_DEFAULT_HEIGHT}px;border:0`;
  return [
    `<iframe src="${escapeAttr(src)}" data-frontera title="${escapeAttr(title)}"`,
    `  style="${size}"${fit === 'slide' ? '' : ' loading="lazy"'} allow="fullscreen"></iframe>`,
    `<script src="${escapeAttr(scriptSrc)}" defer></script>`,
  ].join('\n');
}
