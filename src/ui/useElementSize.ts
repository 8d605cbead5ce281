import { type RefObject, useLayoutEffect, useState } from 'react';

export interface Size {
  width: number;
  height: number;
}

/**
 * Content-box size of an element, kept current with a ResizeObserver; null until it has been
 * measured, which happens before the first paint (a layout effect), so a view that waits for it
 * never draws, or paints, at a guessed size. An element with no box (no layout, as in jsdom)
 * reads as `fallback`.
 */
export function useMeasuredSize(ref: RefObject<Element | null>, fallback: Size): Size | null {
  const [size, setSize] = useState<Size | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the fallback is read once, when there is no box
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = () => {
      const r = el.getBoundingClientRect();
      const next =
        r.width > 0 ? { width: Math.round(r.width), height: Math.round(r.height) } : null;
      setSize((was) =>
        next
          ? was?.width === next.width && was.height === next.height
            ? was
            : next
          : (was ?? fallback),
      );
    };
    update();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(update);
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return size;
}

/** The size, or `fallback` before it is measured. */
export function useElementSize(
  ref: RefObject<Element | null>,
  fallback: Size = { width: 800, height: 300 },
): Size {
  return useMeasuredSize(ref, fallback) ?? fallback;
}
