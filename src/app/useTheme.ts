import { useEffect, useSyncExternalStore } from 'react';
import { useStore } from '../state/store';

const DARK_QUERY = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void) {
  if (typeof window === 'undefined' || !window.matchMedia) return () => {};
  const mql = window.matchMedia(DARK_QUERY);
  mql.addEventListener('change', onChange);
  return () => mql.removeEventListener('change', onChange);
}
const prefersDark = () =>
  typeof window !== 'undefined' && window.matchMedia
    ? window.matchMedia(DARK_QUERY).matches
    : false;

/** The theme in force ("auto" follows the system) applied to <html data-theme>. */
export function useResolvedTheme(): 'light' | 'dark' {
  const setting = useStore((s) => s.theme);
  const systemDark = useSyncExternalStore(subscribe, prefersDark, () => false);
  const theme = setting === 'auto' ? (systemDark ? 'dark' : 'light') : setting;
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return theme;
}
