/**
 * Freshness of translations: each translated text carries a short hash of the English it was
 * written from (`"@en": {"summary": "3f9a1c2b"}`), so a later change to the English is caught by
 * `npm run data` instead of leaving a Spanish text that says something else.
 */
import { createHash } from 'node:crypto';

/** Eight hex digits of SHA-256 over the English text as authored (trimmed). */
export function englishStamp(text: string): string {
  return createHash('sha256').update(text.trim(), 'utf8').digest('hex').slice(0, 8);
}

/** `{key: stamp}` for the given English texts. */
export function stampsFor(texts: readonly { key: string; text: string }[]): Record<string, string> {
  return Object.fromEntries(texts.map((t) => [t.key, englishStamp(t.text)]));
}
