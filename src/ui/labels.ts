import type { Category } from '../data/schema';

/** Names of the categories as readers see them (lanes, filters, legend, card). */
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
