import type { ThemeName } from '../ui/palette';
import { MapFrame } from '../views/map/MapFrame';

/** The map: a static first frame at once, the live map (its own chunk) when it is ready. */
export function LazyMap({ theme }: { theme: ThemeName }) {
  return <MapFrame theme={theme} />;
}
