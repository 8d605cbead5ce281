/**
 * "Download PNG" for slides that cannot hold an iframe: the map, the timeline, a caption and the
 * permalink, drawn at 1920×1080 in the browser. Same state, same pixels: nothing random, fixed
 * layout, fixed fonts.
 */
export const SNAPSHOT_W = 1920;
export const SNAPSHOT_H = 1080;

export interface SnapshotText {
  title: string;
  subtitle: string;
  caption: string;
  permalink: string;
  credit: string;
  dark: boolean;
}

const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'opacity',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
];

/** Serialise an SVG with its computed styles inlined, so it renders the same as an image. */
export function svgToDataUrl(svg: SVGSVGElement): { url: string; width: number; height: number } {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const src = svg.querySelectorAll('*');
  const dst = clone.querySelectorAll('*');
  src.forEach((el, i) => {
    const target = dst[i] as SVGElement | undefined;
    if (!target) return;
    const cs = getComputedStyle(el);
    const style = STYLE_PROPS.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';');
    target.setAttribute('style', `${style};font-family:sans-serif`);
  });
  const width = svg.width.baseVal.value;
  const height = svg.height.baseVal.value;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  const text = new XMLSerializer().serializeToString(clone);
  return { url: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`, width, height };
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('could not render the timeline image'));
    img.src = url;
  });
}

/** Draw `src` into the box, scaled to fit (contain) and centred. */
function drawContained(
  ctx: CanvasRenderingContext2D,
  src: CanvasImageSource,
  sw: number,
  sh: number,
  x: number,
  y: number,
  w: number,
  h: number,
) {
  const k = Math.min(w / sw, h / sh);
  const dw = sw * k;
  const dh = sh * k;
  ctx.drawImage(src, x + (w - dw) / 2, y + (h - dh) / 2, dw, dh);
}

function wrap(
  ctx: CanvasRenderingContext2D,
  text: string,
  maxWidth: number,
  maxLines: number,
): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    const next = line ? `${line} ${w}` : w;
    if (ctx.measureText(next).width > maxWidth && line) {
      lines.push(line);
      line = w;
      if (lines.length === maxLines) break;
    } else line = next;
  }
  if (lines.length < maxLines && line) lines.push(line);
  if (lines.length === maxLines && words.join(' ') !== lines.join(' ')) {
    lines[maxLines - 1] = `${lines[maxLines - 1]?.replace(/\s+\S*$/, '')} …`;
  }
  return lines;
}

export async function renderSnapshot(
  map: HTMLCanvasElement | null,
  timeline: SVGSVGElement | null,
  text: SnapshotText,
): Promise<HTMLCanvasElement> {
  const canvas = document.createElement('canvas');
  canvas.width = SNAPSHOT_W;
  canvas.height = SNAPSHOT_H;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw a canvas, so no PNG can be made.');
  const ink = text.dark ? '#eceae4' : '#1d1f24';
  const muted = text.dark ? '#b3b7bf' : '#4f5560';
  ctx.fillStyle = text.dark ? '#15171b' : '#f7f5f0';
  ctx.fillRect(0, 0, SNAPSHOT_W, SNAPSHOT_H);

  const font = (size: number, weight = 400) => `${weight} ${size}px "Noto Sans", sans-serif`;
  ctx.textBaseline = 'top';
  ctx.fillStyle = ink;
  ctx.font = font(44, 700);
  ctx.fillText(text.title, 60, 40);
  ctx.fillStyle = muted;
  ctx.font = font(26);
  ctx.fillText(text.subtitle, 60, 100);

  // Map on the left, caption on the right, timeline across the bottom.
  const mapBox = { x: 60, y: 150, w: 1200, h: 560 };
  ctx.fillStyle = text.dark ? '#17212b' : '#dbe6ec';
  ctx.fillRect(mapBox.x, mapBox.y, mapBox.w, mapBox.h);
  if (map && map.width > 0)
    drawContained(ctx, map, map.width, map.height, mapBox.x, mapBox.y, mapBox.w, mapBox.h);
  else {
    ctx.fillStyle = muted;
    ctx.font = font(24);
    ctx.fillText('Map unavailable in this browser', mapBox.x + 30, mapBox.y + 30);
  }

  ctx.fillStyle = ink;
  ctx.font = font(30);
  wrap(ctx, text.caption, 560, 14).forEach((line, i) => {
    ctx.fillText(line, 1300, 160 + i * 40);
  });

  const tlBox = { x: 60, y: 730, w: 1800, h: 270 };
  ctx.fillStyle = text.dark ? '#1e2127' : '#ffffff';
  ctx.fillRect(tlBox.x, tlBox.y, tlBox.w, tlBox.h);
  if (timeline) {
    const { url, width, height } = svgToDataUrl(timeline);
    const img = await loadImage(url);
    drawContained(ctx, img, width, height, tlBox.x, tlBox.y, tlBox.w, tlBox.h);
  }

  ctx.fillStyle = muted;
  ctx.font = font(20);
  ctx.fillText(text.credit, 60, 1012);
  ctx.fillText(
    text.permalink.length > 150 ? `${text.permalink.slice(0, 147)}…` : text.permalink,
    60,
    1042,
  );
  return canvas;
}
