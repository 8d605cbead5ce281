import { useEffect, useState } from 'react';
import { type Gestures, loadedGestures, loadGestures } from './loadGestures';

export type { Gestures };

/** The gesture code once it has loaded (at once after the first time), else null. */
export function useGestures(): Gestures | null {
  const [gestures, setGestures] = useState(loadedGestures);
  useEffect(() => {
    if (gestures) return;
    let live = true;
    loadGestures()
      .then((m) => {
        if (live) setGestures(m);
      })
      .catch((e: unknown) => {
        // The keys and buttons still move the view; only wheel, pinch and the strip wait.
        console.warn('[frontera] timeline gestures could not load:', e);
      });
    return () => {
      live = false;
    };
  }, [gestures]);
  return gestures;
}
