/**
 * Writes a story as a PowerPoint deck with PptxGenJS: a title slide, one 16:9 slide per step (the
 * view at that step as a 1920×1080 picture; kicker, title and caption as editable text where the
 * PNG draws them; a footer with outlet, article title, date and ¶ and a link to the step live), a
 * sources slide, and speaker notes with each step's verbatim excerpts and citations. Loaded only
 * when a reader asks for slides (dynamic import), so PptxGenJS never weighs on the first paint.
 */
import PptxGenJS from 'pptxgenjs';
import { FONT_FAMILY, FOOTER, SLIDE_H, SLIDE_W, type SlideTextLayout, TYPE } from './slideLayout';
import type { SlideColours } from './snapshot';

/** LAYOUT_WIDE is 13.333 × 7.5 in: 144 slide pixels an inch, 2 slide pixels a point. */
const PX_PER_IN = SLIDE_W / 13.333;
const inch = (px: number) => Math.round((px / PX_PER_IN) * 1000) / 1000;
const pt = (px: number) => Math.round((px / 2) * 10) / 10;
/** PptxGenJS wants colours as RRGGBB. */
const hex = (css: string) => css.replace(/^#/, '').slice(0, 6).toUpperCase();
const FACE = FONT_FAMILY.split(',')[0]?.replace(/"/g, '') ?? 'Noto Sans';

export interface DeckStep {
  /** PNG data URL of the slide picture (map, timeline; text column and footer left empty). */
  image: string;
  text: SlideTextLayout;
  /** Outlet, article title, date and ¶. */
  source: string;
  link: { url: string; label: string } | null;
  notes: string;
}

export interface DeckInput {
  lang: string;
  title: string;
  kicker: string;
  description: string;
  credit: string;
  made: string;
  titleNotes: string;
  startLink: { url: string; label: string } | null;
  steps: DeckStep[];
  sources: { title: string; intro: string; items: { line: string; usedIn: string }[] };
  sourcesNotes: string;
  colours: SlideColours;
}

export async function buildDeck(d: DeckInput): Promise<Blob> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = d.title;
  pptx.author = 'Frontera';
  pptx.company = 'Frontera';
  const c = {
    bg: hex(d.colours.background),
    surface: hex(d.colours.surface),
    ink: hex(d.colours.ink),
    muted: hex(d.colours.inkMuted),
    accent: hex(d.colours.accent),
  };
  const base = { fontFace: FACE, lang: d.lang, margin: 0, valign: 'top' as const };

  // Title slide.
  const first = pptx.addSlide();
  first.background = { color: c.surface };
  first.addShape(pptx.ShapeType.rect, {
    x: 0,
    y: 0,
    w: inch(24),
    h: inch(SLIDE_H),
    fill: { color: c.accent },
    line: { color: c.accent },
  });
  first.addText(d.kicker, {
    ...base,
    x: inch(140),
    y: inch(200),
    w: inch(1640),
    h: inch(50),
    fontSize: pt(30),
    bold: true,
    color: c.accent,
  });
  first.addText(d.title, {
    ...base,
    x: inch(140),
    y: inch(270),
    w: inch(1640),
    h: inch(260),
    fontSize: pt(80),
    bold: true,
    color: c.ink,
    fit: 'shrink',
  });
  first.addText(d.description, {
    ...base,
    x: inch(140),
    y: inch(560),
    w: inch(1500),
    h: inch(200),
    fontSize: pt(36),
    color: c.ink,
    fit: 'shrink',
  });
  first.addText(
    [
      { text: d.credit, options: { breakLine: true } },
      { text: d.made, options: { breakLine: !!d.startLink } },
      ...(d.startLink
        ? [{ text: d.startLink.label, options: { hyperlink: { url: d.startLink.url } } }]
        : []),
    ],
    {
      ...base,
      x: inch(140),
      y: inch(800),
      w: inch(1640),
      h: inch(200),
      fontSize: pt(26),
      color: c.muted,
      fit: 'shrink',
    },
  );
  first.addNotes(d.titleNotes);

  for (const step of d.steps) {
    const slide = pptx.addSlide();
    slide.background = { color: c.bg };
    slide.addImage({ data: step.image, x: 0, y: 0, w: inch(SLIDE_W), h: inch(SLIDE_H) });
    const { text } = step.text.frame;
    for (const b of step.text.blocks) {
      if (b.lines.length === 0) continue;
      slide.addText(b.lines.join(' '), {
        ...base,
        x: inch(text.x),
        y: inch(b.y),
        w: inch(text.w),
        // Room for one more line than the layout used: other fonts may wrap a little longer.
        h: inch((b.lines.length + (b.name === 'kicker' ? 0 : 1)) * b.lineHeight),
        fontSize: pt(b.size),
        bold: b.weight >= 700,
        color: b.name === 'kicker' ? c.accent : c.ink,
        lineSpacingMultiple: b.lineHeight / b.size,
        fit: 'shrink',
      });
    }
    const pad = 56;
    const linkW = step.link ? 440 : 0;
    slide.addText(step.source, {
      ...base,
      x: inch(pad),
      y: inch(FOOTER.y + 6),
      w: inch(FOOTER.w - 2 * pad - linkW - 24),
      h: inch(FOOTER.h - 12),
      fontSize: pt(22),
      color: c.muted,
      valign: 'middle',
      fit: 'shrink',
    });
    if (step.link)
      slide.addText(step.link.label, {
        ...base,
        x: inch(FOOTER.w - pad - linkW),
        y: inch(FOOTER.y + 6),
        w: inch(linkW),
        h: inch(FOOTER.h - 12),
        fontSize: pt(TYPE.footer.size),
        color: c.ink,
        align: 'right',
        valign: 'middle',
        hyperlink: { url: step.link.url, tooltip: step.link.url },
      });
    slide.addNotes(step.notes);
  }

  // Sources slide.
  const last = pptx.addSlide();
  last.background = { color: c.surface };
  last.addText(d.sources.title, {
    ...base,
    x: inch(120),
    y: inch(90),
    w: inch(1680),
    h: inch(90),
    fontSize: pt(64),
    bold: true,
    color: c.ink,
  });
  last.addText(
    [
      { text: d.sources.intro, options: { breakLine: true, color: c.muted } },
      ...d.sources.items.flatMap((s, i) => [
        {
          text: s.line,
          options: { bullet: true, breakLine: true, paraSpaceBefore: 10 },
        },
        {
          text: s.usedIn,
          options: {
            breakLine: i < d.sources.items.length - 1,
            color: c.muted,
            indentLevel: 1,
          },
        },
      ]),
    ],
    {
      ...base,
      x: inch(120),
      y: inch(220),
      w: inch(1680),
      h: inch(780),
      fontSize: pt(30),
      color: c.ink,
      fit: 'shrink',
    },
  );
  last.addNotes(d.sourcesNotes);

  return (await pptx.write({ outputType: 'blob', compression: true })) as Blob;
}
