import { useEmbedBridge } from './useEmbedBridge';

/** The host bridge as a view of its own, so a page that is not in a frame never loads it. */
export function EmbedBridge() {
  useEmbedBridge();
  return null;
}
