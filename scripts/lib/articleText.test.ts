// @vitest-environment node
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { paragraphBlocks, paragraphOf, readArticle } from './articleText';

const articles = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/articles');
const read = (file: string) => readArticle(readFileSync(join(articles, file), 'utf8'));

/**
 * Every sentence the five article files break with a blank line, as [file, the words either side
 * of the break, the paragraph a reader counts in the original].
 */
const SPLIT_SENTENCES: [string, string, number][] = [
  ['000_f0aa212befd2f57b.txt', 'takes place, as many as 8,000 immigrants, including many', 8],
  ['000_f0aa212befd2f57b.txt', 'signed an executive order deploying an unidentified number', 24],
  [
    '001_cbb0402e56e75d14.txt',
    'said in a statement. "For far too long, our immigration system',
    13,
  ],
  [
    '001_cbb0402e56e75d14.txt',
    'between December 2012 and January 2018 the National Human Rights',
    21,
  ],
  ['002_d998899f908a3750.txt', 'US Southern Command, which oversees all US military operations', 7],
  ['002_d998899f908a3750.txt', 'he said, vowing that Mexico would go to the United Nations', 13],
  [
    '002_d998899f908a3750.txt',
    'finds himself caught between the overwhelming popular hostility',
    22,
  ],
  ['004_f3a938bea85bca2e.txt', 'that the government would be "applying some consequences', 10],
];

describe('paragraphs as a reader of the original counts them', () => {
  it('rejoins exactly the sentences the files break with a blank line, and nothing else', () => {
    const rejoined = new Map<string, number[]>();
    for (const [file, , paragraph] of SPLIT_SENTENCES)
      rejoined.set(file, [...(rejoined.get(file) ?? []), paragraph]);
    for (const file of [
      '000_f0aa212befd2f57b.txt',
      '001_cbb0402e56e75d14.txt',
      '002_d998899f908a3750.txt',
      '003_482f5da68b3173e2.txt',
      '004_f3a938bea85bca2e.txt',
    ])
      expect(read(file).rejoined, file).toEqual(rejoined.get(file) ?? []);
  });

  it.each(SPLIT_SENTENCES)('%s: "%s" is one sentence in ¶ %i', (file, words, paragraph) => {
    const article = read(file);
    expect(paragraphOf(article, words)).toBe(paragraph);
  });

  it('gives both halves of a split sentence the same ¶ (the CNDH, Nielsen and Hobbs events)', () => {
    const remain = read('001_cbb0402e56e75d14.txt');
    expect(paragraphOf(remain, 'Reiterating that claim, Department of Homeland Security')).toBe(13);
    expect(
      paragraphOf(remain, 'long, our immigration system has been exploited by smugglers'),
    ).toBe(13);
    expect(paragraphOf(remain, 'between December 2012 and January')).toBe(21);
    expect(paragraphOf(remain, '2018 the National Human Rights Commission (CNDH)')).toBe(21);
    const blinken = read('000_f0aa212befd2f57b.txt');
    expect(paragraphOf(blinken, 'Arizona Democratic Governor Katie Hobbs signed')).toBe(24);
    expect(paragraphOf(blinken, 'deploying an unidentified number of National Guard troops')).toBe(
      24,
    );
    // Paragraphs after a rejoined break keep the reader's count.
    expect(paragraphOf(blinken, 'In justifying the deployment, Hobbs cited')).toBe(25);
  });

  it('counts body paragraphs from the first after the dateline', () => {
    const counts = [
      ['000_f0aa212befd2f57b.txt', 31],
      ['001_cbb0402e56e75d14.txt', 27],
      ['002_d998899f908a3750.txt', 29],
      ['003_482f5da68b3173e2.txt', 14],
      ['004_f3a938bea85bca2e.txt', 25],
    ] as const;
    for (const [file, n] of counts) expect(read(file).paragraphs, file).toHaveLength(n);
    const torture = read('003_482f5da68b3173e2.txt');
    expect(torture.paragraphs[0]).toMatch(/^With the support of the Obama administration/);
    expect(paragraphOf(torture, 'An April 4 report in the Guardian')).toBe(2);
  });
});

describe('the rule', () => {
  const texts = (raw: string) => paragraphBlocks(raw).map((b) => b.text);
  it('joins a block that ends mid-sentence to one that starts in lower case, a digit or $', () => {
    expect(texts('as many as\n\n8,000 people.')).toEqual(['as many as 8,000 people.']);
    expect(texts('bills of\n\n\\$3,000 so far.')).toEqual(['bills of \\$3,000 so far.']);
    expect(texts('For far too\n\nlong, it was.')).toEqual(['For far too long, it was.']);
    expect(texts('cost *about*\n\n€5.')).toEqual(['cost *about* €5.']);
  });
  it('keeps paragraphs that close their sentence, and headings followed by a capital', () => {
    expect(texts('To contact us visit:\n\nwsws.org/contact')).toEqual([
      'To contact us visit:',
      'wsws.org/contact',
    ]);
    expect(texts('A headline\n\nBy A. Writer')).toEqual(['A headline', 'By A. Writer']);
    expect(texts('He said “no.”\n\nthen left.')).toEqual(['He said “no.”', 'then left.']);
    expect(texts('Eric London  \n27 November 2018\n\nThe party.')).toEqual([
      'Eric London  \n27 November 2018',
      'The party.',
    ]);
  });
});
