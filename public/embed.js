/*
 * Frontera embed helper. Include it once on a page that embeds Frontera:
 *   <iframe src="https://…/?embed=1" title="Frontera timeline and map" style="width:100%;height:640px;border:0"></iframe>
 *   <script src="https://…/embed.js" defer></script>
 *
 * Height (article fit): an embedded Frontera tells its page the height that suits its width;
 * this script sets that height on the iframe the message came from (any iframe, marked or not),
 * kept between 320 and 1000 px. An iframe whose address says fit=slide is never resized: a slide
 * fills the frame the deck gives it.
 *
 * Keys: once a presenter clicks inside the iframe, the keyboard belongs to it. Frontera hands
 * back the keys that move a presentation (PageDown, PageUp, and → ← Space when it does not use
 * them); this script replays each one on the host page — Reveal.next()/prev() where reveal.js is
 * loaded, otherwise a keydown/keyup with key, code and keyCode, as any deck listens for, and a
 * page scroll if nothing on the page took the key — then gives the host page the focus back, so
 * the clicker's next press reaches the deck directly.
 *
 * Only messages of the exact shapes {type: "frontera:resize", height: number} and
 * {type: "frontera:key", key: <one of those five keys>} from an iframe on this page are used.
 */
(() => {
  const MIN_HEIGHT = 320;
  const MAX_HEIGHT = 1000;
  /** key → [code, keyCode, direction] */
  const KEYS = {
    PageDown: ['PageDown', 34, 1],
    PageUp: ['PageUp', 33, -1],
    ArrowRight: ['ArrowRight', 39, 1],
    ArrowLeft: ['ArrowLeft', 37, -1],
    ' ': ['Space', 32, 1],
  };

  const frameOf = (source) =>
    Array.prototype.find.call(
      document.getElementsByTagName('iframe'),
      (f) => f.contentWindow === source,
    );

  const isSlide = (frame) => {
    try {
      return new URL(frame.src, document.baseURI).searchParams.get('fit') === 'slide';
    } catch {
      return false;
    }
  };

  const resize = (frame, data) => {
    if (typeof data.height !== 'number' || !Number.isFinite(data.height) || isSlide(frame)) return;
    const height = Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(data.height)));
    frame.style.height = `${height}px`;
  };

  const keyEvent = (type, key, code, keyCode) => {
    const event = new KeyboardEvent(type, {
      key,
      code,
      keyCode,
      which: keyCode,
      bubbles: true,
      cancelable: true,
      composed: true,
    });
    // Older decks read keyCode, which some browsers leave at 0 in a constructed event.
    if (event.keyCode !== keyCode) {
      Object.defineProperty(event, 'keyCode', { get: () => keyCode });
      Object.defineProperty(event, 'which', { get: () => keyCode });
    }
    return event;
  };

  const replayKey = (frame, key) => {
    const spec = KEYS[key];
    if (!spec) return;
    const [code, keyCode, direction] = spec;
    // The host page takes the focus back: the next press goes to the deck, not the iframe.
    frame.blur();
    if (document.activeElement === frame && document.body) {
      document.body.tabIndex = -1;
      document.body.focus({ preventScroll: true });
    }
    const reveal = window.Reveal;
    if (reveal && typeof reveal.next === 'function' && typeof reveal.prev === 'function') {
      if (direction > 0) reveal.next();
      else reveal.prev();
      return;
    }
    const active = document.activeElement;
    const target = active && active !== frame ? active : document.body || document.documentElement;
    const taken = !target.dispatchEvent(keyEvent('keydown', key, code, keyCode));
    target.dispatchEvent(keyEvent('keyup', key, code, keyCode));
    // A plain page: what the key would have done there (a constructed event scrolls nothing).
    if (!taken && key !== 'ArrowLeft' && key !== 'ArrowRight')
      window.scrollBy({ top: direction * window.innerHeight * 0.85, behavior: 'smooth' });
  };

  window.addEventListener('message', (event) => {
    const data = event.data;
    if (!data || typeof data !== 'object') return;
    if (data.type !== 'frontera:resize' && data.type !== 'frontera:key') return;
    const frame = frameOf(event.source);
    if (!frame) return;
    if (data.type === 'frontera:resize') resize(frame, data);
    else if (typeof data.key === 'string' && Object.hasOwn(KEYS, data.key))
      replayKey(frame, data.key);
  });
})();
