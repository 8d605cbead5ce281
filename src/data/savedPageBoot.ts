/**
 * Whether this document is a saved page, without loading the validator: the page's first
 * screen waits for it only when the data block is there (the hosted app never has one).
 */
import type { SavedPage } from './savedPage';

import { SAVED_DATA_ID } from './savedPageId';

export { SAVED_DATA_ID };

let saved: SavedPage | null = null;

/** The page this document was saved as, once `loadSavedPage` has read it; else null. */
export const savedPage = (): SavedPage | null => saved;

/** Reads and validates the saved data, if the page carries any. */
export async function loadSavedPage(doc: Document = document): Promise<void> {
  if (!doc.getElementById(SAVED_DATA_ID)) return;
  saved = (await import('./savedPage')).readSavedPage(doc);
}
