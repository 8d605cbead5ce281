/**
 * The single definition of Frontera's data. The compiler (scripts/compile-data.ts) and the app
 * both parse with these schemas; TypeScript types are inferred from them.
 */
import { z } from 'zod';

export const ID = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: lowercase letters, digits and dashes');

export const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

// ---------------------------------------------------------------- articles
export const ArticleSchema = z.strictObject({
  id: ID,
  file: z.string().min(1),
  title: z.string().min(1),
  author: z.string().min(1),
  published: z.string().regex(ISO_DAY, 'must be YYYY-MM-DD'),
  publisher: z.string().min(1),
});
export type Article = z.infer<typeof ArticleSchema>;

// ---------------------------------------------------------------- administrations
export const AdministrationSchema = z.strictObject({
  id: ID,
  country: z.enum(['US', 'MX']),
  name: z.string().min(1),
  /** Surname used on compact labels, e.g. "Peña Nieto". */
  short: z.string().min(1),
  party: z.string().min(1),
  start: z.string().regex(ISO_DAY),
  /** Last full day in office (inclusive). */
  end: z.string().regex(ISO_DAY),
});
export type Administration = z.infer<typeof AdministrationSchema>;

// ---------------------------------------------------------------- places
export const PLACE_KINDS = [
  'port-of-entry',
  'city',
  'building',
  'state',
  'country',
  'region',
  'border-sector',
] as const;
/** Kinds drawn as areas (a representative point with a distinct symbol), not as pin points. */
export const AREA_KINDS: ReadonlySet<PlaceKind> = new Set([
  'state',
  'country',
  'region',
  'border-sector',
]);

export const PlaceSchema = z.strictObject({
  id: ID,
  name: z.string().min(1),
  kind: z.enum(PLACE_KINDS),
  /** ISO 3166-1 alpha-2; "XX" for areas that span countries (e.g. the whole US–Mexico border). */
  country: z.string().regex(/^[A-Z]{2}$/),
  lon: z.number().min(-180).max(180),
  lat: z.number().min(-90).max(90),
  /** Why this point represents an area, or how the point was checked. */
  note: z.string().optional(),
});
export type PlaceKind = (typeof PLACE_KINDS)[number];
export type Place = z.infer<typeof PlaceSchema>;

// ---------------------------------------------------------------- events
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

export const PRECISIONS = ['day', 'month', 'year'] as const;
export type Precision = (typeof PRECISIONS)[number];

/** How a relative expression in the text was turned into a date. Checked by the compiler. */
export const RelativeDateSchema = z.strictObject({
  /** The words in the article, e.g. "Sunday", "last week", "earlier this month". */
  phrase: z.string().min(1),
  /** Article whose publication date anchors the phrase. */
  article: ID,
});

export const EventDateSchema = z.strictObject({
  /** "YYYY", "YYYY-MM" or "YYYY-MM-DD", matching `precision`. */
  start: z.string(),
  /** Inclusive end, same format as start, for spans (2009–2013, a range of days). */
  end: z.string().optional(),
  precision: z.enum(PRECISIONS),
  /** True when the text only gives the date loosely ("about", "last week", "then-candidate"). */
  approximate: z.boolean().default(false),
  relative: RelativeDateSchema.optional(),
  /** How the date was derived when it is not written plainly in the text. */
  note: z.string().optional(),
});
export type EventDate = z.infer<typeof EventDateSchema>;

export const FigureSchema = z.strictObject({
  value: z.number(),
  unit: z.string().min(1),
  /** What the number counts, e.g. "migrant deaths in the El Paso Sector, FY2023". */
  counts: z.string().min(1),
  approximate: z.boolean().default(false),
});
export type Figure = z.infer<typeof FigureSchema>;

export const QuoteSchema = z.strictObject({
  text: z.string().min(1).max(400),
  speaker: z.string().min(1),
});

export const SourceSchema = z.strictObject({
  article: ID,
  /** At most 20 words, verbatim from the article (whitespace-normalised), locating the fact. */
  excerpt: z
    .string()
    .min(1)
    .refine((s) => s.trim().split(/\s+/).length <= 20, 'excerpt must be at most 20 words'),
});

export const AuthoredEventSchema = z.strictObject({
  id: ID,
  title: z.string().min(1).max(140),
  summary: z.string().min(1).max(900),
  date: EventDateSchema,
  places: z.array(ID).default([]),
  actors: z.array(z.string().min(1)).default([]),
  category: z.enum(CATEGORIES),
  figures: z.array(FigureSchema).default([]),
  quote: QuoteSchema.optional(),
  sources: z.array(SourceSchema).min(1),
  /** Editorial note: discrepancies between sources, what the text leaves open. */
  note: z.string().optional(),
});
export type AuthoredEvent = z.infer<typeof AuthoredEventSchema>;
export const AuthoredEventFileSchema = z.array(AuthoredEventSchema);

/** What the compiler adds to each event. */
export const CompiledEventSchema = AuthoredEventSchema.extend({
  /** Epoch ms of the first instant the date covers (UTC). */
  t0: z.number(),
  /** Epoch ms just after the last instant the date covers (UTC, exclusive). */
  t1: z.number(),
  admins: z.strictObject({ us: z.array(ID), mx: z.array(ID) }),
});
export type FronteraEvent = z.infer<typeof CompiledEventSchema>;

// ---------------------------------------------------------------- narratives (story mode)
const DayRangeSchema = z.strictObject({
  start: z.string().regex(ISO_DAY),
  /** Inclusive last day. */
  end: z.string().regex(ISO_DAY),
});

export const StoryStepSchema = z.strictObject({
  title: z.string().min(1).max(120),
  /** Our own words, 1–3 sentences, projector-readable. */
  caption: z.string().min(1).max(600),
  /** Visible stretch of the timeline. */
  view: DayRangeSchema,
  /** Optional time window that limits the map. */
  window: DayRangeSchema.optional(),
  /** Playhead day; defaults to the selected event's start, else the view's middle. */
  playhead: z.string().regex(ISO_DAY).optional(),
  event: ID.optional(),
  place: ID.optional(),
  camera: z
    .strictObject({
      lon: z.number().min(-180).max(180),
      lat: z.number().min(-85).max(85),
      zoom: z.number().min(0).max(22),
    })
    .optional(),
});
export type StoryStep = z.infer<typeof StoryStepSchema>;

export const NarrativeSchema = z.strictObject({
  id: ID,
  title: z.string().min(1),
  description: z.string().min(1),
  steps: z.array(StoryStepSchema).min(1).max(40),
});
export type Narrative = z.infer<typeof NarrativeSchema>;

export const DatasetSchema = z.strictObject({
  version: z.literal(1),
  articles: z.array(ArticleSchema),
  administrations: z.array(AdministrationSchema),
  places: z.array(PlaceSchema),
  events: z.array(CompiledEventSchema),
  narratives: z.array(NarrativeSchema).default([]),
});
export type Dataset = z.infer<typeof DatasetSchema>;
