import { describe, expect, it } from 'vitest';
import { softwareRendered } from './softwarePresent';

/** Just enough of a WebGL2 context to answer what draws it. */
function context(renderer: string, debugInfo: boolean): WebGL2RenderingContext {
  const UNMASKED = 0x9246;
  const RENDERER = 0x1f01;
  return {
    RENDERER,
    getExtension: (name: string) =>
      debugInfo && name === 'WEBGL_debug_renderer_info'
        ? { UNMASKED_RENDERER_WEBGL: UNMASKED }
        : null,
    getParameter: (p: number) =>
      p === (debugInfo ? UNMASKED : RENDERER) ? renderer : 'WebKit WebGL',
  } as unknown as WebGL2RenderingContext;
}

describe('which WebGL is drawn by the CPU', () => {
  it.each([
    [
      'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
      true,
    ],
    ['llvmpipe (LLVM 15.0.6, 256 bits)', true],
    ['Microsoft Basic Render Driver (Software)', true],
    ['ANGLE (Intel, Mesa Intel(R) UHD Graphics 620 (KBL GT2), OpenGL 4.6)', false],
    ['Apple M2', false],
  ])('%s → %s', (renderer, software) => {
    expect(softwareRendered(context(renderer, true))).toBe(software);
    // Browsers that hide the debug extension report the same name as RENDERER.
    expect(softwareRendered(context(renderer, false))).toBe(software);
  });
});
