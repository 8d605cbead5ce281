/** WebGL2 is what MapLibre 6 needs; say so plainly instead of failing inside the library. */
export function webglUnavailableReason(): 'no-webgl2' | 'no-webgl' | null {
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    // A probe only: give the context back at once (browsers cap how many a page may hold).
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
    return gl ? null : 'no-webgl2';
  } catch {
    return 'no-webgl';
  }
}
