import { type RefObject, useLayoutEffect } from 'react';
import { usePrefersReducedMotion } from './usePrefersReducedMotion';

/**
 * Brings an element (a card's heading) into view when it appears, in whatever scroller holds
 * it: the side panel on desktop, the page on a phone. An ancestor marked `data-reveal` (the card,
 * with its close button above the heading) is scrolled to instead. Focus moves too when the reader acted from
 * inside the same region, so keyboard users land on what they opened. A layout effect, so no
 * frame ever paints the new card out of view (a passive effect may run a frame or more later).
 */
export function useRevealOnMount(ref: RefObject<HTMLElement | null>, region: string) {
  const reduced = usePrefersReducedMotion();
  // biome-ignore lint/correctness/useExhaustiveDependencies: once per mount, by design
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const target = el.closest('[data-reveal]') ?? el;
    target.scrollIntoView?.({ block: 'start', behavior: reduced ? 'auto' : 'smooth' });
    if (el.closest(region)?.contains(document.activeElement)) el.focus({ preventScroll: true });
  }, []);
}
