/**
 * The theme as a prop: a provider resolves the reader's setting ("auto" follows the system),
 * applies it to <html data-theme> for the CSS, and gives views the data colours for it.
 */
import { createContext, type ReactNode, useContext, useEffect } from 'react';
import { PALETTES, type Palette, type ThemeName } from './palette';
import { useMediaQuery } from './useMediaQuery';

export type ThemeSetting = ThemeName | 'auto';

const ThemeContext = createContext<ThemeName>('light');

export function ThemeProvider({
  setting,
  children,
}: {
  setting: ThemeSetting;
  children: ReactNode;
}) {
  const systemDark = useMediaQuery('(prefers-color-scheme: dark)');
  const theme: ThemeName = setting === 'auto' ? (systemDark ? 'dark' : 'light') : setting;
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return <ThemeContext.Provider value={theme}>{children}</ThemeContext.Provider>;
}

/** The theme in force. */
export const useTheme = (): ThemeName => useContext(ThemeContext);

/** The data colours of the theme in force. */
export const usePalette = (): Palette => PALETTES[useTheme()];
