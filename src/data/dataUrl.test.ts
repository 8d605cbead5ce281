import { describe, expect, it } from 'vitest';
import { checkDataUrl } from './dataUrl';

const here = { href: 'https://news.example.org/frontera/', origin: 'https://news.example.org' };

describe('checkDataUrl', () => {
  it('accepts a path on this site', () => {
    expect(checkDataUrl('data/our-timeline.csv', here)).toEqual({
      ok: true,
      url: 'https://news.example.org/frontera/data/our-timeline.csv',
    });
    expect(checkDataUrl('/shared/events.json', here).ok).toBe(true);
  });
  it('refuses another site, other schemes and other file types', () => {
    expect(checkDataUrl('https://evil.example.com/x.json', here)).toEqual({
      ok: false,
      reason: 'data from another site (https://evil.example.com) is not allowed in this build',
    });
    expect(checkDataUrl('javascript:alert(1)//.json', here).ok).toBe(false);
    expect(checkDataUrl('data/page.html', here).ok).toBe(false);
    expect(checkDataUrl('', here).ok).toBe(false);
  });
});
