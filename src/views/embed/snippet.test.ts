import { describe, expect, it } from 'vitest';
import { parseUrl, URL_DEFAULTS } from '../../session/url/table';
import { embedUrl, iframeSnippet } from './snippet';

const base = 'https://news.example.org/frontera/';
const options = { locked: false, theme: 'auto' as const, story: false, storyId: null };

describe('embed snippet', () => {
  it('a slide embed says fit=slide and keeps the 16:9 frame the deck gives it', () => {
    const src = embedUrl(base, URL_DEFAULTS, { ...options, fit: 'slide' });
    expect(parseUrl(new URL(src).search).state).toMatchObject({ embed: true, fit: 'slide' });
    const html = iframeSnippet(src, `${base}embed.js`, 'Frontera', 'slide');
    expect(html).toContain('aspect-ratio:16/9');
    expect(html).not.toContain('height:640px');
    expect(html).toContain(`<script src="${base}embed.js" defer></script>`);
  });

  it('an article embed leaves fit out of the link and starts at a height embed.js adjusts', () => {
    const src = embedUrl(base, URL_DEFAULTS, { ...options, fit: 'article' });
    expect(new URL(src).searchParams.has('fit')).toBe(false);
    expect(iframeSnippet(src, `${base}embed.js`, 'Frontera')).toContain('height:640px');
  });
});
