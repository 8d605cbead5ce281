/**
 * The interface's message catalogues, checked like the data: every key of the English catalogue
 * exists in every other, is of the same kind (text, plural pair or function), and no text is
 * empty. The type checker catches most of this; this check also runs in `npm run data` and names
 * the key.
 */
import type { DataError } from './dataError';

type Tree = { [key: string]: unknown };

function walk(base: Tree, other: Tree, lang: string, path: string[], errors: DataError[]) {
  const at = (key: string) => [...path, key].join('.');
  for (const [key, value] of Object.entries(base)) {
    const theirs = other[key];
    const where = { file: `src/i18n/${lang}.ts`, field: at(key) };
    if (theirs === undefined) errors.push({ ...where, reason: `missing ${lang} text` });
    else if (typeof value !== typeof theirs)
      errors.push({
        ...where,
        reason: `is a ${typeof theirs} where English has a ${typeof value}`,
      });
    else if (typeof theirs === 'string' && theirs.trim() === '' && value !== '')
      errors.push({ ...where, reason: `empty ${lang} text` });
    else if (typeof value === 'object' && value !== null)
      walk(value as Tree, theirs as Tree, lang, [...path, key], errors);
  }
  for (const key of Object.keys(other))
    if (!(key in base))
      errors.push({
        file: `src/i18n/${lang}.ts`,
        field: at(key),
        reason: 'not in the English catalogue',
      });
}

export function checkCatalogues(base: object, others: Record<string, object>): DataError[] {
  const errors: DataError[] = [];
  for (const [lang, catalogue] of Object.entries(others))
    walk(base as Tree, catalogue as Tree, lang, [], errors);
  return errors;
}
