import { type RefObject, useLayoutEffect, useState } from 'react';

/**
 * Whether `inner` fits whole inside `outer` (kept current as either resizes): a line that cannot
 * show a phrase whole can give it way rather than cut it mid-word.
 */
export function useFits(outer: RefObject<Element | null>, inner: RefObject<Element | null>) {
  const [fits, setFits] = useState(true);
  useLayoutEffect(() => {
    const o = outer.current;
    const i = inner.current;
    if (!o || !i) return;
    const check = () => {
      // Cut by its own box (overflow hidden) or wider than the line: either way, not whole.
      const cut = i.scrollWidth > i.clientWidth + 0.5;
      setFits(!cut && i.getBoundingClientRect().width <= o.getBoundingClientRect().width + 0.5);
    };
    check();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(check);
    ro.observe(o);
    return () => ro.disconnect();
  }, [outer, inner]);
  return fits;
}
