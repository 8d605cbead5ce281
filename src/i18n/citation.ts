/**
 * "Cite this event": a citation of the article(s) an event rests on, to the paragraph, with a
 * link to the event in Frontera, in the reader's language. Two forms: a Chicago-style note
 * (notes and bibliography: author, "title," publication, date, paragraph; then "cited in"
 * Frontera with the access date and the permalink) and one plain line for a chat or a caption.
 * Pure: the caller supplies the permalink and today's date.
 */
import type { Article, FronteraEvent } from '../data/schema';
import type { Lang } from './lang';

export interface CitationInput {
  lang: Lang;
  /** The event as the reader sees it (its title in their language). */
  event: Pick<FronteraEvent, 'id' | 'title' | 'sources'>;
  articles: ReadonlyMap<string, Article>;
  /** Link to the event in Frontera; null when this copy has no public address. */
  permalink: string | null;
  /** The day the reader took the citation (Chicago's access date for changing web content). */
  accessed: Date;
}

export interface Citation {
  /** Chicago-style note, plain text (the publication name cannot be italic here). */
  note: string;
  /** The same note as HTML, the publication name in italics, for word processors. */
  noteHtml: string;
  /** One line: article, paragraph, link. */
  plain: string;
}

/** The articles an event cites, in order, each with the paragraphs of its excerpts. */
export function citedParagraphs(
  sources: FronteraEvent['sources'],
): { article: string; paragraphs: number[] }[] {
  const out: { article: string; paragraphs: number[] }[] = [];
  for (const s of sources) {
    let entry = out.find((o) => o.article === s.article);
    if (!entry) {
      entry = { article: s.article, paragraphs: [] };
      out.push(entry);
    }
    if (s.paragraph !== undefined && !entry.paragraphs.includes(s.paragraph))
      entry.paragraphs.push(s.paragraph);
  }
  for (const o of out) o.paragraphs.sort((a, b) => a - b);
  return out;
}

const WORDS = {
  en: {
    // Chicago writes "par." and "pars." for numbered paragraphs.
    par: (n: number[]) => `${n.length > 1 ? 'pars.' : 'par.'} ${n.join(', ')}`,
    pilcrow: (n: number[]) => `${n.length > 1 ? '¶¶' : '¶'} ${n.join(', ')}`,
    citedIn: 'cited in',
    accessed: 'accessed',
    via: 'Via Frontera',
    open: '“',
    close: '”',
    /** American English punctuation goes inside the closing quotation mark. */
    commaInside: true,
    noteDate: 'en-US',
    plainDate: 'en-GB',
  },
  es: {
    par: (n: number[]) => `${n.length > 1 ? 'párrs.' : 'párr.'} ${n.join(', ')}`,
    pilcrow: (n: number[]) => `${n.length > 1 ? '¶¶' : '¶'} ${n.join(', ')}`,
    citedIn: 'citado en',
    accessed: 'consultado el',
    via: 'Vía Frontera',
    open: '«',
    close: '»',
    commaInside: false,
    noteDate: 'es-MX',
    plainDate: 'es-MX',
  },
} as const;

const day = (iso: string) => {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
};
const dateIn = (locale: string, date: Date) =>
  new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function citeEvent(input: CitationInput): Citation {
  const w = WORDS[input.lang];
  // A title ending in ? or ! takes no comma after it (Chicago 6.119).
  const quoted = (title: string) => {
    if (/[?!]$/.test(title)) return `${w.open}${title}${w.close}`;
    return w.commaInside ? `${w.open}${title},${w.close}` : `${w.open}${title}${w.close},`;
  };
  const accessedOn = dateIn(w.noteDate, input.accessed);
  const link = input.permalink;
  const cited = citedParagraphs(input.event.sources);

  const note = (text: (s: string) => string, italic: (s: string) => string) => {
    const articles = cited
      .map(({ article: id, paragraphs }) => {
        const a = input.articles.get(id);
        if (!a) return text(id);
        return [
          `${text(`${a.author}, ${quoted(a.title)} `)}${italic(a.publisher)}`,
          text(dateIn(w.noteDate, day(a.published))),
          ...(paragraphs.length ? [text(w.par(paragraphs))] : []),
        ].join(', ');
      })
      .join('; ');
    const frontera = `${w.citedIn} Frontera, ${quoted(input.event.title)} ${w.accessed} ${accessedOn}`;
    return `${articles}, ${text(frontera)}${link ? `, ${text(link)}.` : '.'}`;
  };

  const plain = cited
    .map(({ article: id, paragraphs }) => {
      const a = input.articles.get(id);
      if (!a) return id;
      return [
        a.author,
        `${w.open}${a.title}${w.close}`,
        a.publisher,
        dateIn(w.plainDate, day(a.published)),
        ...(paragraphs.length ? [w.pilcrow(paragraphs)] : []),
      ].join(', ');
    })
    .join('; ')
    .concat(link ? `. ${w.via}: ${link}` : `. ${w.via}.`);
  return {
    note: note(
      (s) => s,
      (s) => s,
    ),
    noteHtml: note(escapeHtml, (s) => `<i>${escapeHtml(s)}</i>`),
    plain,
  };
}
