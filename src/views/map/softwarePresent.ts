/**
 * Without a GPU (software WebGL: SwiftShader, llvmpipe), Chromium composites a WebGL canvas by
 * waiting for its frame to be finished and reading it back, on the page's own thread: every map
 * redraw held a filter toggle, a playhead step or a wheel step for 130–190 ms (BENCHMARKS.md).
 * There the map's canvas stays under the pointer but out of the picture (transparent, so the
 * compositor never reads it), and each frame it draws is copied without waiting — into a pixel
 * buffer, fenced, picked up once the fence has passed — onto a 2D canvas shown in its place.
 * MapLibre starts its next frame only once the last one is finished, so the CPU that draws the
 * map never falls behind the page. The reader sees the map a frame later instead of the whole
 * page waiting for it. Until its first frame is shown, the map lays out its tiles but draws
 * nothing (the static first frame stands in): the ~14 frames it drew unseen while loading kept
 * the GPU process busy ~1.2 s past the point where the map was ready to show.
 * With a GPU nothing changes: the canvas is composited as usual.
 */
import type * as maplibregl from 'maplibre-gl';

/** Renderer names of WebGL drawn by the CPU. */
export const SOFTWARE_RENDERER = /swiftshader|llvmpipe|softpipe|software/i;

/** True when WebGL is drawn by the CPU. */
export function softwareRendered(gl: WebGL2RenderingContext): boolean {
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const name = gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER);
  return typeof name === 'string' && SOFTWARE_RENDERER.test(name);
}

export interface Presenter {
  /**
   * Shows the map's current frame; resolves once it is on screen. Until the first call the map
   * draws nothing: the static first frame stands in while it loads.
   */
  present(): Promise<void>;
  dispose(): void;
}

/** MapLibre's frame: called on the animation frame it asked for (a private method). */
type Renders = { _render(time: number): unknown };
/** The part of MapLibre's frame that draws, after the tiles and labels are laid out (private). */
type Paints = { painter?: { render(...args: unknown[]): unknown } };

/** A copy of a frame being made by the GPU process, behind the frame's own drawing. */
interface InFlight {
  sync: WebGLSync;
  width: number;
  height: number;
}

/**
 * Shows `map` through an asynchronous copy when its WebGL is software-rendered; null (and the
 * map left as it is) otherwise, or when the copy cannot be set up.
 */
export function presentAsynchronously(map: maplibregl.Map): Presenter | null {
  const canvas = map.getCanvas();
  // The context MapLibre created (asking again for the same kind returns it).
  const gl = canvas.getContext('webgl2');
  const engine = map as unknown as Partial<Renders>;
  // The frame pacing below needs MapLibre's own frame method; without it, leave the map alone.
  if (!gl || typeof engine._render !== 'function' || !softwareRendered(gl)) return null;
  const render = engine._render;
  const painter = (map as unknown as Paints).painter;
  const paint = painter?.render;
  const pbo = gl.createBuffer();
  const mirror = document.createElement('canvas');
  const ctx = mirror.getContext('2d', { alpha: false });
  if (!pbo || !ctx) return null;
  mirror.className = 'map-mirror';
  mirror.setAttribute('aria-hidden', 'true');
  canvas.after(mirror);
  canvas.classList.add('map-offstage');

  let pixels = new Uint8ClampedArray(0);
  let inFlight: InFlight | null = null;
  /** Drawing and copying every frame: from the first call to `present` on. */
  let drawing = false;
  /** A frame has been shown. */
  let live = false;
  /** MapLibre asked for a frame while the last one was unfinished: draw it once it is. */
  let deferred = false;
  let poll = 0;
  let waiters: (() => void)[] = [];
  let disposed = false;

  /** Queues a copy of the drawing buffer into the pixel buffer, behind the frame's own work. */
  const copyFrame = () => {
    const width = gl.drawingBufferWidth;
    const height = gl.drawingBufferHeight;
    const bytes = width * height * 4;
    if (pixels.length !== bytes) pixels = new Uint8ClampedArray(bytes);
    gl.bindBuffer(gl.PIXEL_PACK_BUFFER, pbo);
    // Fresh storage for every copy: Chromium gives the buffer a new readback shadow, instead of
    // warning that the last one is being written over.
    gl.bufferData(gl.PIXEL_PACK_BUFFER, bytes, gl.STREAM_READ);
    // MapLibre keeps its own record of the bound framebuffer: put back exactly what it set.
    const bound = gl.getParameter(gl.FRAMEBUFFER_BINDING) as WebGLFramebuffer | null;
    gl.bindFramebuffer(gl.FRAMEBUFFER, null);
    gl.readPixels(0, 0, width, height, gl.RGBA, gl.UNSIGNED_BYTE, 0);
    gl.bindFramebuffer(gl.FRAMEBUFFER, bound);
    gl.bindBuffer(gl.PIXEL_PACK_BUFFER, null);
    const sync = gl.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0);
    // No fence, no way to know when the copy is done: composite the map's own canvas instead.
    if (!sync) {
      dispose();
      return;
    }
    gl.flush();
    inFlight = { sync, width, height };
    poll = requestAnimationFrame(check);
  };

  const show = ({ width, height }: InFlight) => {
    gl.bindBuffer(gl.PIXEL_PACK_BUFFER, pbo);
    gl.getBufferSubData(gl.PIXEL_PACK_BUFFER, 0, pixels);
    gl.bindBuffer(gl.PIXEL_PACK_BUFFER, null);
    if (mirror.width !== width || mirror.height !== height) {
      mirror.width = width;
      mirror.height = height;
    }
    // Drawn where the map's canvas is, at its size (rows arrive bottom-up: see .map-mirror).
    mirror.style.width = canvas.style.width;
    mirror.style.height = canvas.style.height;
    ctx.putImageData(new ImageData(pixels, width, height), 0, 0);
    live = true;
  };

  const check = () => {
    poll = 0;
    const done = inFlight;
    if (!done || disposed) return;
    const state = gl.clientWaitSync(done.sync, 0, 0);
    if (state === gl.TIMEOUT_EXPIRED) {
      poll = requestAnimationFrame(check);
      return;
    }
    gl.deleteSync(done.sync);
    inFlight = null;
    if (state === gl.WAIT_FAILED) {
      dispose();
      return;
    }
    show(done);
    if (deferred) {
      deferred = false;
      map.triggerRepaint();
      return;
    }
    for (const w of waiters) w();
    waiters = [];
  };

  // Once drawing, every frame is copied and the next one waits for the copy: one frame in flight
  // at most. Before that, MapLibre's frames run (tiles requested, labels placed, `idle` fired)
  // without their drawing.
  if (painter && paint)
    painter.render = (...args: unknown[]) => (drawing ? paint.apply(painter, args) : undefined);
  engine._render = (time: number) => {
    if (drawing && inFlight) {
      deferred = true;
      return map;
    }
    return render.call(map, time);
  };
  const onRender = () => {
    // Not yet drawing (the map is loading behind the static first frame): nothing to copy.
    if (!drawing) return;
    if (inFlight)
      deferred = true; // drawn outside the animation frame (MapLibre's redraw)
    else copyFrame();
  };
  const onLost = () => dispose();
  map.on('render', onRender);
  canvas.addEventListener('webglcontextlost', onLost);

  const dispose = () => {
    if (disposed) return;
    disposed = true;
    engine._render = render;
    if (painter && paint) painter.render = paint;
    map.off('render', onRender);
    canvas.removeEventListener('webglcontextlost', onLost);
    cancelAnimationFrame(poll);
    if (!gl.isContextLost()) {
      if (inFlight) gl.deleteSync(inFlight.sync);
      gl.deleteBuffer(pbo);
    }
    inFlight = null;
    canvas.classList.remove('map-offstage');
    mirror.remove();
    for (const w of waiters) w();
    waiters = [];
    if (deferred || !live) map.triggerRepaint();
  };

  return {
    present: () => {
      if (disposed || (live && !inFlight && !deferred)) return Promise.resolve();
      const shown = new Promise<void>((resolve) => waiters.push(resolve));
      if (!drawing) {
        // The first frame drawn at all: copied as soon as it is (onRender).
        drawing = true;
        map.triggerRepaint();
      } else if (!inFlight) copyFrame();
      return shown;
    },
    dispose,
  };
}
