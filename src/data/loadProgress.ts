/**
 * How far the dataset download has got, for the loading screen: a tiny store outside React
 * Query, which reports only the finished result.
 */
type Listener = () => void;
let progress: { received: number; total: number | null } = { received: 0, total: null };
const listeners = new Set<Listener>();

export const loadProgress = {
  get: () => progress,
  set: (received: number, total: number | null) => {
    progress = { received, total };
    for (const l of listeners) l();
  },
  subscribe: (l: Listener) => {
    listeners.add(l);
    return () => listeners.delete(l);
  },
};
