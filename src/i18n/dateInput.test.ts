import { describe, expect, it } from 'vitest';
import { formatDateInput, parseDateInput } from './dateInput';

describe('typed dates', () => {
  it('writes day first, as every date the app shows', () => {
    expect(formatDateInput('2018-11-25')).toBe('25/11/2018');
    expect(formatDateInput('2019-01-05')).toBe('05/01/2019');
    expect(formatDateInput('')).toBe('');
  });

  it('reads dd/mm/aaaa and its variants in Spanish', () => {
    for (const text of ['25/11/2018', '25-11-2018', '25.11.2018', ' 25 / 11 / 2018 ', '2018-11-25'])
      expect(parseDateInput(text, 'es'), text).toBe('2018-11-25');
    expect(parseDateInput('5/1/2019', 'es')).toBe('2019-01-05');
  });

  it('reads month names in the reader’s language, with or without accents and “de”', () => {
    expect(parseDateInput('25 de noviembre de 2018', 'es')).toBe('2018-11-25');
    expect(parseDateInput('25 nov 2018', 'es')).toBe('2018-11-25');
    expect(parseDateInput('3 SEPT. 2019', 'es')).toBe('2019-09-03');
    expect(parseDateInput('1 de diciembre de 2018', 'es')).toBe('2018-12-01');
    expect(parseDateInput('25 November 2018', 'en')).toBe('2018-11-25');
    expect(parseDateInput('November 25, 2018', 'en')).toBe('2018-11-25');
    expect(parseDateInput('25 Nov 2018', 'en')).toBe('2018-11-25');
  });

  it('refuses what is not a real day', () => {
    for (const text of ['31/02/2019', '25/13/2018', '2018', 'mañana', '', '25 de brumario de 2018'])
      expect(parseDateInput(text, 'es'), text).toBeNull();
    // Day first in English too: 11/25/2018 has no 25th month.
    expect(parseDateInput('11/25/2018', 'en')).toBeNull();
  });
});
