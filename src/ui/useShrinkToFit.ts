import { type RefObject, useLayoutEffect } from 'react';

/**
 * Shrinks the type inside a box (through its `--fit` custom property) until the content fits
 * without scrolling, but never below `min` of its size: a caption reads from the back of a room
 * only when it is all on screen. Past `min` the box scrolls, as before. Fitted again when the box
 * or what it holds changes size or content (the room's type scale arriving, a late stylesheet, a
 * late catalogue), when `key` changes (a new step) and once the fonts have loaded.
 */
export function useShrinkToFit(ref: RefObject<HTMLElement | null>, key: unknown, min = 0.85) {
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` names the content to fit again
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    let live = true;
    const shrink = () => {
      if (!live) return;
      let scale = 1;
      el.style.setProperty('--fit', '1');
      while (el.scrollHeight > el.clientHeight + 1 && scale > min) {
        scale = Math.max(min, Math.round((scale - 0.03) * 100) / 100);
        el.style.setProperty('--fit', String(scale));
      }
    };
    shrink();
    document.fonts?.ready.then(shrink).catch(() => {});
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(shrink);
    const watchChildren = () => {
      for (const child of el.children) observer?.observe(child);
    };
    observer?.observe(el);
    watchChildren();
    // New content in place of the old (a catalogue arriving after the first render) changes no
    // box the resize observer already watches: fit again, and watch the new children.
    const mutations =
      typeof MutationObserver === 'undefined'
        ? null
        : new MutationObserver(() => {
            shrink();
            watchChildren();
          });
    mutations?.observe(el, { childList: true, subtree: true, characterData: true });
    return () => {
      live = false;
      observer?.disconnect();
      mutations?.disconnect();
    };
  }, [ref, key, min]);
}
