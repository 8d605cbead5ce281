import { useEffect } from 'react';
import { useStore } from '../session/store';
import { PALETTES, type Palette, type ThemeName } from './palette';
import { useMediaQuery } from './useMediaQuery';

/** The theme in force: "auto" (the default) follows the system setting. */
export function useResolvedTheme(): ThemeName {
  const setting = useStore((s) => s.theme);
  const systemDark = useMediaQuery('(prefers-color-scheme: dark)');
  return setting === 'auto' ? (systemDark ? 'dark' : 'light') : setting;
}

/** Applies the theme to <html data-theme> (CSS variables follow); call once, in the shell. */
export function useApplyTheme(): ThemeName {
  const theme = useResolvedTheme();
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return theme;
}

/** The data colours of the theme in force. */
export const usePalette = (): Palette => PALETTES[useResolvedTheme()];
