import { useSyncExternalStore } from 'react';

/**
 * How much to enlarge drawn type for a room: 1 up to a 1320×742 viewport, then with the
 * viewport (1920×1080 → 1.45, so the timeline's 11 px text reads at 16 px), at most 2.
 */
export function roomScale(width: number, height: number): number {
  const k = Math.min(width / 1320, height / 742);
  return Math.round(Math.min(2, Math.max(1, k)) * 1000) / 1000;
}

const subscribe = (notify: () => void) => {
  window.addEventListener('resize', notify);
  return () => window.removeEventListener('resize', notify);
};

/** roomScale of the window while `active` (story mode, a slide embed), else 1. */
export function useRoomScale(active: boolean): number {
  const k = useSyncExternalStore(subscribe, () => roomScale(window.innerWidth, window.innerHeight));
  return active ? k : 1;
}
