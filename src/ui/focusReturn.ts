/**
 * Where focus goes back to when a panel closes: what opened it. The element the reader last
 * pressed is remembered (a pointer press does not always move focus: the timeline's canvas takes
 * none), and on close focus returns there — or to its nearest focusable ancestor, or to a stand-in
 * the caller names (the playhead for a mark on the timeline's canvas).
 */
let lastPressed: Element | null = null;
let pressedAt = 0;
let listening = false;
/** A press this recent is what opened the panel. */
const RECENT_MS = 1500;

function listen() {
  if (listening || typeof document === 'undefined') return;
  listening = true;
  const note = (e: Event) => {
    lastPressed = e.target instanceof Element ? e.target : null;
    pressedAt = performance.now();
  };
  document.addEventListener('pointerdown', note, true);
  document.addEventListener('keydown', note, true);
}

const FOCUSABLE = 'button, a[href], input, select, textarea, summary, [tabindex]';

const focusable = (el: Element | null): HTMLElement | null => {
  const target = el?.closest<HTMLElement>(FOCUSABLE) ?? null;
  return target && target.tabIndex >= 0 ? target : null;
};

/** The element that opened what is opening now; call when it opens. */
export function focusOrigin(standIns: readonly [string, string][] = []): HTMLElement | null {
  listen();
  // What the reader just pressed opened it (focus may since have moved into the new panel).
  if (lastPressed?.isConnected && performance.now() - pressedAt < RECENT_MS) {
    const pressed = focusable(lastPressed);
    if (pressed) return pressed;
    // A press on something that takes no focus: its stand-in, if it has one.
    for (const [inside, standIn] of standIns)
      if (lastPressed.closest(inside)) return document.querySelector<HTMLElement>(standIn);
  }
  const active = document.activeElement;
  return active && active !== document.body && active instanceof HTMLElement ? active : null;
}

/** Focus back to `to` if it is still on the page, else to `fallback`. */
export function returnFocus(to: HTMLElement | null, fallback: HTMLElement | null): void {
  const target = to?.isConnected ? to : fallback;
  target?.focus();
}

/** Start remembering presses now, so the first panel's opener is known. */
export const trackPresses = listen;
