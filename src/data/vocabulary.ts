/**
 * The dataset's fixed vocabularies, free of zod: what views and the URL need on the page's
 * critical path without loading the validator (src/data/schema.ts builds its schemas on these).
 */

export const PLACE_KINDS = [
  'port-of-entry',
  'city',
  'building',
  'state',
  'country',
  'region',
  'border-sector',
] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** Kinds drawn as areas (a representative point with a distinct symbol), not as pin points. */
export const AREA_KINDS: ReadonlySet<PlaceKind> = new Set([
  'state',
  'country',
  'region',
  'border-sector',
]);

export const CATEGORIES = [
  'policy',
  'enforcement',
  'diplomacy',
  'legislation',
  'litigation',
  'violence',
  'caravan',
  'humanitarian',
  'funding',
  'statement',
  'report',
  'politics',
] as const;
export type Category = (typeof CATEGORIES)[number];
