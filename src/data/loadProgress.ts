/**
 * How far the dataset download has got, for the loading screen: a tiny store outside React
 * Query, which reports only the finished result.
 */
type Listener = () => void;
let progress: { received: number; total: number | null } = { received: 0, total: null };
const listeners = new Set<Listener>();
let notifyTimer: ReturnType<typeof setTimeout> | null = null;
/** Each notification re-renders the loading screen; a few a second are enough to read. */
const NOTIFY_EVERY_MS = 100;

export const loadProgress = {
  get: () => progress,
  set: (received: number, total: number | null) => {
    progress = { received, total };
    if (notifyTimer !== null) return;
    notifyTimer = setTimeout(() => {
      notifyTimer = null;
      for (const l of listeners) l();
    }, NOTIFY_EVERY_MS);
  },
  subscribe: (l: Listener) => {
    listeners.add(l);
    return () => listeners.delete(l);
  },
};
