/** Every English string in one object: the catalogue once its panels' chunk is in, and for tools. */
import { en } from './en';
import { enPanels } from './enPanels';
import type { Messages } from './messages';

export const enAll: Messages = { ...en, ...enPanels };
