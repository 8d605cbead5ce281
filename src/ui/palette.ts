/**
 * Every colour that encodes data, for both themes, in one place: category marks, map layers and
 * the snapshot. Chrome colours (surfaces, ink, focus) are CSS variables in styles; the values
 * here that must contrast with them (marks ≥ 3:1) are tested against the same surfaces.
 */
import type { Category } from '../data/schema';

export type ThemeName = 'light' | 'dark';

export interface MapColours {
  water: string;
  land: string;
  landFocus: string;
  border: string;
  usMexicoBorder: string;
  stateLine: string;
  label: string;
  labelHalo: string;
  site: string;
  siteEmpty: string;
  area: string;
  lit: string;
  selected: string;
}

export interface Palette {
  /** Page and panel backgrounds the marks sit on (mirrors --bg and --surface). */
  background: string;
  surface: string;
  ink: string;
  inkMuted: string;
  category: Record<Category, string>;
  map: MapColours;
}

export const PALETTES: Record<ThemeName, Palette> = {
  light: {
    background: '#f7f5f0',
    surface: '#ffffff',
    ink: '#1d1f24',
    inkMuted: '#4f5560',
    category: {
      policy: '#2f63a8',
      enforcement: '#1b3a5c',
      violence: '#b8322a',
      caravan: '#b05f10',
      humanitarian: '#7d3c98',
      diplomacy: '#0f7a66',
      statement: '#5f6a74',
      legislation: '#22706e',
      litigation: '#94502a',
      funding: '#806500',
      report: '#4a5868',
      politics: '#6c3483',
    },
    map: {
      water: '#dbe6ec',
      land: '#f1eee6',
      landFocus: '#fbf9f4',
      border: '#9a968c',
      usMexicoBorder: '#b3261e',
      stateLine: '#c9c4b8',
      label: '#2a2c31',
      labelHalo: '#ffffff',
      site: '#1b3a5c',
      siteEmpty: '#8d949e',
      area: '#6c3483',
      lit: '#d35400',
      selected: '#111111',
    },
  },
  dark: {
    background: '#15171b',
    surface: '#1e2127',
    ink: '#eceae4',
    inkMuted: '#b3b7bf',
    category: {
      policy: '#7fa8e0',
      enforcement: '#a9c4e8',
      violence: '#ff8a7a',
      caravan: '#f0a35a',
      humanitarian: '#c89be0',
      diplomacy: '#4fd1b0',
      statement: '#b0b8c0',
      legislation: '#6cc7c4',
      litigation: '#e0a07a',
      funding: '#e0c050',
      report: '#9fb0c2',
      politics: '#d7a1ea',
    },
    map: {
      water: '#17212b',
      land: '#2a2d33',
      landFocus: '#33373e',
      border: '#6c7078',
      usMexicoBorder: '#ff8a80',
      stateLine: '#41454d',
      label: '#eceae4',
      labelHalo: '#15171b',
      site: '#8fb4e3',
      siteEmpty: '#6c7078',
      area: '#c39bd3',
      lit: '#ffb347',
      selected: '#ffffff',
    },
  },
};

/** WCAG contrast ratio of two #rrggbb colours. */
export function contrastRatio(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
