/** WebGL2 is what MapLibre 6 needs; say so plainly instead of failing inside the library. */
export function webglUnavailableReason(): 'no-webgl2' | 'no-webgl' | null {
  try {
    const canvas = document.createElement('canvas');
    return canvas.getContext('webgl2') ? null : 'no-webgl2';
  } catch {
    return 'no-webgl';
  }
}
