import { type RefObject, useEffect, useState } from 'react';

/** Content-box size of an element, kept current with a ResizeObserver. */
export function useElementSize(
  ref: RefObject<Element | null>,
  fallback = { width: 800, height: 300 },
) {
  const [size, setSize] = useState(fallback);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = () => {
      const r = el.getBoundingClientRect();
      if (r.width > 0) setSize({ width: Math.round(r.width), height: Math.round(r.height) });
    };
    update();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(update);
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return size;
}
