import { useEffect, useState } from 'react';

/**
 * A number that grows each time the page's web fonts finish loading: a layout measured with a
 * fallback face, memoised on it, is measured again with the real one.
 */
export function useFontsVersion(): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const fonts = document.fonts;
    if (!fonts) return;
    let live = true;
    const bump = () => {
      if (live) setVersion((v) => v + 1);
    };
    fonts.addEventListener('loadingdone', bump);
    // A face that finished between the first render and this effect.
    fonts.ready.then(bump).catch(() => {});
    return () => {
      live = false;
      fonts.removeEventListener('loadingdone', bump);
    };
  }, []);
  return version;
}
