import { useEffect } from 'react';
import { useStore } from '../state/store';
import { useMediaQuery } from '../ui/useMediaQuery';

/** The theme in force ("auto" follows the system) applied to <html data-theme>. */
export function useResolvedTheme(): 'light' | 'dark' {
  const setting = useStore((s) => s.theme);
  const systemDark = useMediaQuery('(prefers-color-scheme: dark)');
  const theme = setting === 'auto' ? (systemDark ? 'dark' : 'light') : setting;
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return theme;
}
