/*
 * Frontera embed helper. Include it once on a page that embeds Frontera:
 *   <iframe src="https://…/?embed=1" data-frontera title="Frontera timeline and map" style="width:100%;border:0"></iframe>
 *   <script src="https://…/embed.js" defer></script>
 * Each iframe carrying data-frontera grows or shrinks to fit its content. Only messages of the
 * exact shape {type: "frontera:resize", height: number} from one of those iframes are used.
 */
(() => {
  const MAX_HEIGHT = 10000;
  function frames() {
    return Array.prototype.slice.call(document.querySelectorAll('iframe[data-frontera]'));
  }
  window.addEventListener('message', (event) => {
    const data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'frontera:resize') return;
    if (typeof data.height !== 'number' || !Number.isFinite(data.height) || data.height <= 0)
      return;
    const frame = frames().find((f) => f.contentWindow === event.source);
    if (!frame) return;
    frame.style.height = `${Math.min(Math.ceil(data.height), MAX_HEIGHT)}px`;
  });
})();
