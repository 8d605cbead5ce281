/**
 * Importer issues as a reader sees them, for tests: worded by the real catalogues. Lives outside
 * src/import so the importer never imports the interface's catalogues, even in tests.
 */
import { enAll as en } from '../../src/i18n/enAll';
import { es } from '../../src/i18n/es';
import { formatters } from '../../src/i18n/format';
import { describeIssue } from '../../src/i18n/importReport';
import type { Lang } from '../../src/i18n/lang';
import type { ImportIssue, ImportResult } from '../../src/import';

const CATALOGUES = { en, es };

export const say = (issue: ImportIssue, lang: Lang = 'en') =>
  describeIssue(issue, CATALOGUES[lang], formatters(lang));

export const messages = (r: ImportResult, lang: Lang = 'en') => r.errors.map((e) => say(e, lang));
export const warningTexts = (r: ImportResult, lang: Lang = 'en') =>
  r.warnings.map((w) => say(w, lang));
