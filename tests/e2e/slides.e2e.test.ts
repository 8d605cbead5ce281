/**
 * "Download slides (.pptx)" as a presenter uses it: the file the browser downloads opens in
 * LibreOffice Impress (headless, as Debian's libreoffice-impress installs it) and converts to a
 * PDF with one page per story step plus the title and sources slides; its speaker notes carry
 * each step's excerpts and citations; the Spanish deck speaks Spanish.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatasetSchema } from '../../src/data/schema';
import { ARTIFACTS, type Harness, openPage, ROOT, startHarness, waitForMap } from './harness';

const dataset = DatasetSchema.parse(
  JSON.parse(readFileSync(resolve(ROOT, 'public/data/frontera.json'), 'utf8')),
);
const narrative = dataset.narratives[0];
if (!narrative) throw new Error('no narrative in the dataset');
const events = new Map(dataset.events.map((e) => [e.id, e]));

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

async function downloadDeck(lang: 'en' | 'es'): Promise<string> {
  // The deck is offered beside the story it is made of.
  const { page, context, errors } = await openPage(
    h,
    `?lang=${lang}&story=southern-border-to-mexico-city:1`,
    {
      width: 1280,
      height: 800,
    },
  );
  await waitForMap(page);
  const button = page.getByRole('button', { name: /\(\.pptx\)$/ });
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 240_000 }),
    button.click(),
  ]);
  const path = resolve(ARTIFACTS, `frontera-story-${lang}.pptx`);
  await download.saveAs(path);
  expect(errors).toEqual([]);
  await context.close();
  return path;
}

/** The notes slides' text, in slide order (XML tags dropped). */
async function notesText(path: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const names = Object.keys(zip.files)
    .filter((n) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(n))
    .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)?.[1]) - Number(/(\d+)\.xml$/.exec(b)?.[1]));
  const decode = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  return Promise.all(
    names.map(async (n) => {
      const xml = (await zip.file(n)?.async('string')) ?? '';
      return decode([...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join('\n'));
    }),
  );
}

const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));

describe('slides (.pptx)', () => {
  it('opens in LibreOffice Impress: one page per step, plus title and sources; notes carry the sources', async () => {
    if (!soffice)
      throw new Error('LibreOffice is not installed (.ci/run installs libreoffice-impress)');
    const path = await downloadDeck('en');
    const notes = await notesText(path);
    expect(notes).toHaveLength(narrative.steps.length + 2);
    narrative.steps.forEach((step, i) => {
      const note = notes[i + 1] ?? '';
      const event = step.event ? events.get(step.event) : undefined;
      if (!event) throw new Error(`step ${i + 1} names no event`);
      for (const s of event.sources) {
        // Each verbatim excerpt, and the article it comes from.
        expect(note).toContain(s.excerpt);
        const article = dataset.articles.find((a) => a.id === s.article);
        expect(note).toContain(article?.title);
        if (s.paragraph) expect(note).toContain(`¶ ${s.paragraph}`);
      }
    });
    // The sources slide's notes list every article the story cites.
    const cited = new Set(
      narrative.steps.flatMap(
        (s) => events.get(s.event ?? '')?.sources.map((x) => x.article) ?? [],
      ),
    );
    for (const id of cited)
      expect(notes.at(-1)).toContain(dataset.articles.find((a) => a.id === id)?.title);

    // Captions are editable text on the step slides, not only pixels.
    const zip = await JSZip.loadAsync(readFileSync(path));
    const slide3 = (await zip.file('ppt/slides/slide3.xml')?.async('string')) ?? '';
    expect(slide3).toContain(narrative.steps[1]?.title.replace(/'/g, '&apos;'));
    expect(slide3).toMatch(/<a:hlinkClick /);

    const out = mkdtempSync(join(tmpdir(), 'frontera-lo-'));
    try {
      execFileSync(
        soffice,
        [
          `-env:UserInstallation=file://${out}/profile`,
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          out,
          path,
        ],
        { timeout: 180_000, stdio: 'pipe' },
      );
      const pdf = readFileSync(join(out, 'frontera-story-en.pdf'), 'latin1');
      const pages = pdf.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
      expect(pages).toBe(narrative.steps.length + 2);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 400_000);

  it('speaks Spanish when the reader does', async () => {
    const path = await downloadDeck('es');
    const notes = await notesText(path);
    expect(notes).toHaveLength(narrative.steps.length + 2);
    expect(notes[1]).toContain('Lo que dice el artículo');
    const zip = await JSZip.loadAsync(readFileSync(path));
    const last =
      (await zip.file(`ppt/slides/slide${narrative.steps.length + 2}.xml`)?.async('string')) ?? '';
    expect(last).toContain('Fuentes');
    const slide2 = (await zip.file('ppt/slides/slide2.xml')?.async('string')) ?? '';
    expect(slide2).toContain('Paso 1 de');
    expect(slide2).toContain('lang="es-MX"');
  }, 200_000);
});
