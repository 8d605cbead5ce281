import { CATEGORIES, type Category } from '../data/vocabulary';

/** Lane order, top to bottom: what happened to people first, then politics and paperwork. */
export const CATEGORY_ORDER: readonly Category[] = [
  'policy',
  'enforcement',
  'violence',
  'caravan',
  'humanitarian',
  'diplomacy',
  'statement',
  'legislation',
  'litigation',
  'funding',
  'report',
  'politics',
];

if (CATEGORY_ORDER.length !== CATEGORIES.length)
  throw new Error('CATEGORY_ORDER must list every category');
