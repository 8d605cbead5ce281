/**
 * Why a slide (PNG or deck) could not be made, in the reader's words: the map that never came or
 * failed, or a sentence of our own that was thrown; anything else is logged for whoever debugs it
 * and the reader gets a plain sentence, never a raw error.
 */
import type { CoreMessages as Messages } from '../../i18n/en';
import { SnapshotError } from '../../ui/snapshotRegistry';

export function exportFailure(e: unknown, t: Messages, what: string): string {
  if (e instanceof SnapshotError) return e.code === 'map-timeout' ? t.map.timeout : t.map.error;
  if (e instanceof Error && e.cause === 'worded') return e.message;
  console.warn(`[frontera] ${what}:`, e);
  return t.snapshot.unexpected;
}
