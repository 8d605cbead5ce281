/**
 * The first frame's basemap: pre-projected at build time (public/basemap/static-map.json), or
 * compiled into the single file. The page asks for it at boot, beside the dataset, so the static
 * map can be drawn in the same frame as the timeline's marks.
 */
import { queryOptions } from '@tanstack/react-query';
import { assets } from '#assets';

interface StaticBasemap {
  land: string;
  focus: string;
  borders: string;
  usMexico: string;
}

export const staticBasemapQuery = queryOptions({
  queryKey: ['static-basemap'],
  queryFn: async (): Promise<StaticBasemap> => {
    const source = assets.staticBasemap;
    if (typeof source !== 'string') return source as unknown as StaticBasemap;
    const response = await fetch(source);
    if (!response.ok) throw new Error(`${source} answered ${response.status}`);
    return (await response.json()) as StaticBasemap;
  },
  staleTime: 'static',
});
