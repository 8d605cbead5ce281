/*
 * Frontera embed helper. Include it once on a page that embeds Frontera:
 *   <iframe src="https://…/?embed=1" title="Frontera timeline and map" style="width:100%;height:640px;border:0"></iframe>
 *   <script src="https://…/embed.js" defer></script>
 * An embedded Frontera tells its page the height that suits its width; this script sets that
 * height on the iframe the message came from (any iframe, marked or not), kept between 320 and
 * 1000 px so a framed page can never shrink the iframe away or stretch it without end. Only
 * messages of the exact shape {type: "frontera:resize", height: number} are used.
 */
(() => {
  const MIN_HEIGHT = 320;
  const MAX_HEIGHT = 1000;
  window.addEventListener('message', (event) => {
    const data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'frontera:resize') return;
    if (typeof data.height !== 'number' || !Number.isFinite(data.height)) return;
    const frame = Array.prototype.find.call(
      document.getElementsByTagName('iframe'),
      (f) => f.contentWindow === event.source,
    );
    if (!frame) return;
    const height = Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(data.height)));
    frame.style.height = `${height}px`;
  });
})();
