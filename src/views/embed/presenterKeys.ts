/**
 * Where a presenter's key goes. Inside another page (a deck, an article) an iframe keeps every
 * key it is given, so a clicker stops working once the presenter clicks the embed. The rule:
 * PageDown / PageUp always move on (a story step, else the host), → / ← / Space move on unless
 * the focused control uses them itself. A story hands over after its last step and before its
 * first. Pure: the caller says what has focus.
 */

export type Direction = 1 | -1;

/** The keys that move a presentation, and which way. */
export const MOVE_KEYS: Readonly<Record<string, Direction>> = {
  PageDown: 1,
  PageUp: -1,
  ArrowRight: 1,
  ArrowLeft: -1,
  ' ': 1,
};

/** What the focused element does with keys: some controls need the arrows, some Space. */
export interface FocusUse {
  arrows: boolean;
  space: boolean;
  /** Inside a dialog: every key belongs to it. */
  modal: boolean;
}

export const NO_FOCUS_USE: FocusUse = { arrows: false, space: false, modal: false };

export interface KeyInput {
  key: string;
  /** Alt, Ctrl or Meta held: a browser or system shortcut, never ours. */
  modified: boolean;
  focus: FocusUse;
  /** The page runs inside another page's iframe. */
  embedded: boolean;
  /** The story being presented: 0-based step and number of steps. */
  story: { step: number; count: number } | null;
}

export type KeyRoute =
  | { kind: 'local' }
  | { kind: 'story'; step: number }
  | { kind: 'host'; direction: Direction };

const LOCAL: KeyRoute = { kind: 'local' };

export function routeKey({ key, modified, focus, embedded, story }: KeyInput): KeyRoute {
  const direction = MOVE_KEYS[key];
  if (!direction || modified || focus.modal) return LOCAL;
  const page = key === 'PageDown' || key === 'PageUp';
  if (!page && (key === ' ' ? focus.space : focus.arrows)) return LOCAL;
  if (story) {
    const step = story.step + direction;
    if (step >= 0 && step < story.count) return { kind: 'story', step };
  }
  return embedded ? { kind: 'host', direction } : LOCAL;
}

const TEXT_INPUT =
  /^(text|search|email|url|tel|password|number|date|time|datetime-local|month|week)$/;

/**
 * What a focused element does with the moving keys. The map pans with the arrows only when the
 * reader reached it by keyboard: a presenter who clicked it means the deck when pressing →.
 */
export function focusUse(el: Element | null, reachedByKeyboard: boolean): FocusUse {
  if (!el || el === el.ownerDocument?.body) return NO_FOCUS_USE;
  if (el.closest('dialog')) return { arrows: true, space: true, modal: true };
  const tag = el.tagName.toLowerCase();
  const role = el.getAttribute('role') ?? '';
  if (
    tag === 'textarea' ||
    tag === 'select' ||
    (el as HTMLElement).isContentEditable ||
    (tag === 'input' && TEXT_INPUT.test((el as HTMLInputElement).type))
  )
    return { arrows: true, space: true, modal: false };
  if (
    (tag === 'input' && ['range', 'radio'].includes((el as HTMLInputElement).type)) ||
    /^(slider|radio|tab|option|listbox|menuitem|grid|gridcell|spinbutton|tree|treeitem)$/.test(role)
  )
    return { arrows: true, space: role === 'radio' || tag === 'input', modal: false };
  if (el.classList.contains('maplibregl-canvas'))
    return { arrows: reachedByKeyboard, space: false, modal: false };
  if (
    tag === 'button' ||
    tag === 'summary' ||
    role === 'button' ||
    role === 'checkbox' ||
    role === 'switch' ||
    (tag === 'input' &&
      ['checkbox', 'button', 'submit', 'reset'].includes((el as HTMLInputElement).type))
  )
    return { arrows: false, space: true, modal: false };
  return NO_FOCUS_USE;
}

/**
 * Whether the element that has focus got it from the keyboard (Tab) rather than a pointer:
 * recorded as focus arrives, since `:focus-visible` changes once a key is pressed.
 */
let lastInput: 'pointer' | 'keyboard' = 'pointer';
let focusedByKeyboard = false;
let tracking = false;

export function trackFocusOrigin(win: Window = window): void {
  if (tracking) return;
  tracking = true;
  win.addEventListener('pointerdown', () => (lastInput = 'pointer'), true);
  win.addEventListener('keydown', () => (lastInput = 'keyboard'), true);
  win.addEventListener('focusin', () => (focusedByKeyboard = lastInput === 'keyboard'), true);
}

export function focusReachedByKeyboard(): boolean {
  return focusedByKeyboard;
}
