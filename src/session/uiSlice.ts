import type { StateCreator } from 'zustand';
import type { Lang } from '../i18n/lang';
import type { Store } from './store';

export type ThemeSetting = 'light' | 'dark' | 'auto';
export type EmbedFit = 'article' | 'slide';

export interface UiSlice {
  theme: ThemeSetting;
  /** Embed mode: minimal chrome, a credit line and a link to the full app. */
  embed: boolean;
  /**
   * How an embed fits its iframe: 'article' reports the height that suits its width (embed.js
   * grows the iframe); 'slide' fills exactly the frame it is given and never asks to grow.
   */
  fit: EmbedFit;
  /** false = a locked view: no filter, zoom or window changes; hover and the card still work. */
  controls: boolean;
  /** Story mode: narrative id and 0-based step, or null when not presenting. */
  story: { id: string; step: number } | null;
  /** The reader's chosen language; null = the browser's. */
  lang: Lang | null;
  /** `?data=`: a dataset on this site to show instead of the built-in one. */
  dataUrl: string | null;
  setTheme: (theme: ThemeSetting) => void;
  setLang: (lang: Lang) => void;
}

export const createUiSlice: StateCreator<Store, [], [], UiSlice> = (set) => ({
  theme: 'auto',
  embed: false,
  fit: 'article',
  controls: true,
  story: null,
  lang: null,
  dataUrl: null,
  setTheme: (theme) => set({ theme }),
  setLang: (lang) => set({ lang }),
});
