/**
 * Full screen that never throws: inside an iframe without the `fullscreen` permission, or in a
 * browser that refuses, the request fails quietly and the page stays as it is.
 */
export function toggleFullscreen(): void {
  const request = document.fullscreenElement
    ? document.exitFullscreen?.()
    : document.documentElement.requestFullscreen?.();
  request?.catch((e: Error) => console.warn(`[frontera] full screen refused: ${e.message}`));
}

export function exitFullscreen(): void {
  if (document.fullscreenElement)
    document.exitFullscreen?.().catch((e: Error) => console.warn(`[frontera] ${e.message}`));
}
