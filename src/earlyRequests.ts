/**
 * Requests that must not wait for the rest of the entry to be evaluated (~100 ms on a slow
 * machine): src/main.tsx imports this module first, so these start as soon as the entry runs.
 */
import { loadGestures } from './views/timeline/loadGestures';

void loadGestures().catch(() => {});
