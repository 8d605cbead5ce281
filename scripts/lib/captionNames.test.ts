// @vitest-environment node
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { properNames, unsupportedNames, wordSet } from './captionNames';
import { type CompileInput, compileDataset, formatError } from './compileDataset';
import { englishStamp } from './englishStamp';
import { readInputs } from './readInputs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

describe('properNames', () => {
  it('takes capitalised words, not common sentence openers, possessives or hyphen tails', () => {
    expect(
      properNames(
        "In July 2014 Peña Nieto's government announced a programme. The Tzeltal-speaking youths",
      ),
    ).toEqual(['July', 'Peña', 'Nieto', 'Tzeltal']);
    expect(properNames('Belize borders it. Texas has run an operation.')).toEqual([
      'Belize',
      'Texas',
    ]);
    // A sentence's first word is a name unless some text writes it in lower case.
    expect(properNames('Waiting in Mexico', new Set(['waiting']))).toEqual(['Mexico']);
    expect(properNames('Según el artículo, Guatemala')).toEqual(['Guatemala']);
  });
  it('finds the names its sources lack, ignoring case and accents, allowing calendar words', () => {
    const sources = wordSet(['the Merida Initiative', 'PENA NIETO']);
    expect(unsupportedNames('In March the Mérida Initiative and Peña Nieto', sources)).toEqual([]);
    expect(unsupportedNames('Thirteen steps near Belize and Guatemala', sources)).toEqual([
      'Belize',
      'Guatemala',
    ]);
  });
});

describe('the narrative check on the real dataset', () => {
  const read = readInputs(root, join(root, '..', 'shared', 'articles'));
  const withCaption = (step: number, lang: 'en' | 'es', caption: string): CompileInput => {
    const input = structuredClone(read.input) as CompileInput;
    const es = input.translations?.find((t) => t.lang === 'es')?.narratives?.json as Record<
      string,
      Record<string, unknown>
    >;
    const record = es['southern-border-to-mexico-city'] as Record<string, unknown>;
    if (lang === 'en') {
      const n = input.narratives?.[0]?.json as { steps: { caption: string }[] };
      (n.steps[step] as { caption: string }).caption = caption;
      // The Spanish is taken as checked against the new English: only the caption check speaks.
      (record['@en'] as Record<string, string>)[`steps.${step}.caption`] = englishStamp(caption);
    } else record[`steps.${step}.caption`] = caption;
    return input;
  };
  const errors = (input: CompileInput) => {
    const r = compileDataset(input);
    return r.ok ? [] : r.errors.map(formatError);
  };

  it('accepts the story as it is', () => {
    expect(read.input && errors(read.input)).toEqual([]);
  });

  it('refuses step 2 as it was: the article says "southern border", never Guatemala there', () => {
    const before =
      "In July 2014 Peña Nieto's government announced a programme for the border with Guatemala. The 2016 article links it to abuses against migrants crossing Mexico.";
    expect(errors(withCaption(1, 'en', before))).toEqual([
      'data/narratives/southern-border-to-mexico-city.json › narrative southern-border-to-mexico-city › steps.1.caption: names "Guatemala", which neither its event nor the article it draws on mention: say only what the sources say',
    ]);
  });

  it('refuses a name from general knowledge in the Spanish caption too', () => {
    const es =
      'En julio de 2014 el gobierno de Peña Nieto anunció un programa para la frontera con Belice.';
    expect(errors(withCaption(1, 'es', es))).toEqual([
      'data/i18n/es/narratives.json › narrative southern-border-to-mexico-city › steps.1.caption: names "Belice", which neither its event nor the article it draws on mention: say only what the sources say',
    ]);
  });
});
