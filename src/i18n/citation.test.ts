// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Article } from '../data/schema';
import { citedParagraphs, citeEvent } from './citation';

const article: Article = {
  id: 'remain',
  file: '001.txt',
  title:
    "Trump's war on immigrants escalates: Thousands seeking asylum in US to be pushed back into Mexico",
  author: 'Norisa Diaz',
  published: '2019-01-26',
  publisher: 'World Socialist Web Site',
};
const shout: Article = {
  ...article,
  id: 'defend',
  title: 'Defend immigrant workers from state violence!',
  author: 'Eric London',
  published: '2018-11-27',
};
const articles = new Map([
  [article.id, article],
  [shout.id, shout],
]);
const event = {
  id: '2019-01-23-2019-01-26-nielsen-statement',
  title: 'Nielsen says smugglers and traffickers have exploited US immigration',
  sources: [
    { article: 'remain', excerpt: 'a', paragraph: 13 },
    { article: 'remain', excerpt: 'b', paragraph: 13 },
  ],
};
const link = 'https://news.example.org/frontera/?event=2019-01-23-2019-01-26-nielsen-statement';
const accessed = new Date(Date.UTC(2026, 11, 3));

describe('citeEvent', () => {
  it('writes a Chicago note and a plain line in English: author, title, outlet, date, ¶, link', () => {
    const c = citeEvent({ lang: 'en', event, articles, permalink: link, accessed });
    expect(c.note).toBe(
      `Norisa Diaz, “${article.title},” World Socialist Web Site, January 26, 2019, par. 13, cited in Frontera, “${event.title},” accessed December 3, 2026, ${link}.`,
    );
    expect(c.noteHtml).toContain('<i>World Socialist Web Site</i>, January 26, 2019, par. 13');
    expect(c.plain).toBe(
      `Norisa Diaz, “${article.title}”, World Socialist Web Site, 26 January 2019, ¶ 13. Via Frontera: ${link}`,
    );
  });

  it('writes them in Spanish, keeping the article title as published', () => {
    const c = citeEvent({
      lang: 'es',
      event: {
        ...event,
        title: 'Nielsen afirma que traficantes y tratantes han abusado del sistema',
      },
      articles,
      permalink: `${link}&lang=es`,
      accessed,
    });
    expect(c.note).toBe(
      `Norisa Diaz, «${article.title}», World Socialist Web Site, 26 de enero de 2019, párr. 13, citado en Frontera, «Nielsen afirma que traficantes y tratantes han abusado del sistema», consultado el 3 de diciembre de 2026, ${link}&lang=es.`,
    );
    expect(c.plain).toBe(
      `Norisa Diaz, «${article.title}», World Socialist Web Site, 26 de enero de 2019, ¶ 13. Vía Frontera: ${link}&lang=es`,
    );
  });

  it('lists several paragraphs and articles, drops the comma after ! and works without a link', () => {
    const c = citeEvent({
      lang: 'en',
      event: {
        ...event,
        sources: [
          { article: 'defend', excerpt: 'x', paragraph: 9 },
          { article: 'remain', excerpt: 'y', paragraph: 3 },
          { article: 'defend', excerpt: 'z', paragraph: 2 },
          { article: 'remain', excerpt: 'w' },
        ],
      },
      articles,
      permalink: null,
      accessed,
    });
    expect(c.note).toMatch(
      /^Eric London, “Defend immigrant workers from state violence!” World Socialist Web Site, November 27, 2018, pars\. 2, 9; Norisa Diaz, .*, January 26, 2019, par\. 3, cited in Frontera, “.*,” accessed December 3, 2026\.$/,
    );
    expect(c.plain).toMatch(/, ¶¶ 2, 9; Norisa Diaz, .*, ¶ 3\. Via Frontera\.$/);
  });

  it('escapes text in the HTML note', () => {
    const odd = { ...article, title: 'A <b>bold</b> & "quoted" title', publisher: 'X & <Y>' };
    const c = citeEvent({
      lang: 'en',
      event,
      articles: new Map([['remain', odd]]),
      permalink: null,
      accessed,
    });
    expect(c.noteHtml).toContain('A &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot; title');
    expect(c.noteHtml).toContain('<i>X &amp; &lt;Y&gt;</i>');
  });
});

describe('citedParagraphs', () => {
  it('groups excerpts by article in order, paragraphs sorted and unique', () => {
    expect(
      citedParagraphs([
        { article: 'b', excerpt: '1', paragraph: 7 },
        { article: 'a', excerpt: '2', paragraph: 3 },
        { article: 'b', excerpt: '3', paragraph: 2 },
        { article: 'b', excerpt: '4', paragraph: 7 },
      ]),
    ).toEqual([
      { article: 'b', paragraphs: [2, 7] },
      { article: 'a', paragraphs: [3] },
    ]);
  });
});
