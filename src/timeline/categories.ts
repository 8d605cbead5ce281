import { CATEGORIES, type Category } from '../data/schema';

/** Lane order, top to bottom, and a palette that stays distinct for common colour-vision deficiencies. */
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

export const CATEGORY_LABEL: Record<Category, string> = {
  policy: 'Policy',
  enforcement: 'Enforcement',
  violence: 'Violence',
  caravan: 'Caravans',
  humanitarian: 'Humanitarian',
  diplomacy: 'Diplomacy',
  statement: 'Statements',
  legislation: 'Legislation',
  litigation: 'Litigation',
  funding: 'Funding',
  report: 'Reports & data',
  politics: 'Politics',
};

export const CATEGORY_COLOR: Record<Category, string> = {
  policy: '#3b6fb6',
  enforcement: '#1b3a5c',
  violence: '#c0392b',
  caravan: '#d9822b',
  humanitarian: '#8e44ad',
  diplomacy: '#16a085',
  statement: '#7f8c8d',
  legislation: '#2c7a7b',
  litigation: '#a0522d',
  funding: '#b7950b',
  report: '#5d6d7e',
  politics: '#6c3483',
};

if (CATEGORY_ORDER.length !== CATEGORIES.length)
  throw new Error('CATEGORY_ORDER must list every category');
