import { useEffect, useState } from 'react';

export type Gestures = typeof import('./gestures');

let loaded: Gestures | null = null;
let pending: Promise<Gestures> | null = null;

/** The gesture code, fetched once for every timeline on the page. */
export function loadGestures(): Promise<Gestures> {
  pending ??= import('./gestures').then((m) => {
    loaded = m;
    return m;
  });
  return pending;
}

/** The gesture code once it has loaded (at once after the first time), else null. */
export function useGestures(): Gestures | null {
  const [gestures, setGestures] = useState(loaded);
  useEffect(() => {
    if (gestures) return;
    let live = true;
    loadGestures()
      .then((m) => {
        if (live) setGestures(m);
      })
      .catch((e: unknown) => {
        // The keys and buttons still move the view; only wheel, pinch and the strip wait.
        pending = null;
        console.warn('[frontera] timeline gestures could not load:', e);
      });
    return () => {
      live = false;
    };
  }, [gestures]);
  return gestures;
}
