/**
 * The records of Frontera's data, one schema each; TypeScript types are inferred from them.
 * Read through ./schema.ts, the single definition the compiler and the app parse with.
 */
import { z } from 'zod';
import { isCalendarDay, type Precision } from './calendar';
import { AREA_KINDS, CATEGORIES, type Category, PLACE_KINDS, type PlaceKind } from './vocabulary';

// The vocabulary lives apart, free of zod, for code on the page's critical path.
export { AREA_KINDS, CATEGORIES, type Category, PLACE_KINDS, type PlaceKind };

import { LANGUAGE_CODE, type TranslatableKind, translationKeyPattern } from './translationKeys';

// No eval probe: under the app's Content-Security-Policy (no 'unsafe-eval') zod's check for
// compiled validators would itself be reported as a violation.
z.config({ jitless: true });

export const ID = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: lowercase letters, digits and dashes');

export const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** A real calendar day, YYYY-MM-DD ("2017-02-30" is refused). */
export const Day = z.string().refine(isCalendarDay, 'must be a calendar day written YYYY-MM-DD');

// ---------------------------------------------------------------- articles
export const ArticleSchema = z.strictObject({
  id: ID,
  file: z.string().min(1),
  title: z.string().min(1),
  author: z.string().min(1),
  published: Day,
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
  start: Day,
  /** Last full day in office (inclusive). */
  end: Day,
});
export type Administration = z.infer<typeof AdministrationSchema>;

// ---------------------------------------------------------------- places
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
export type Place = z.infer<typeof PlaceSchema>;

// ---------------------------------------------------------------- events
export const PRECISIONS = ['day', 'month', 'year'] as const satisfies readonly Precision[];
export type { Precision };

/**
 * Where a date comes from. explicit: the text writes it; relative: a phrase ("Friday", "last
 * year") resolved against the publication date by the documented rule; inferred: worked out from
 * the text in another way (see `note`); external: the text gives none and the date comes from
 * the public record (see `note`); reported: a remark the text does not date, placed on the day
 * the article reporting it was published (it was made that day or before).
 */
export const DATE_BASES = ['explicit', 'relative', 'inferred', 'external', 'reported'] as const;
export type DateBasis = (typeof DATE_BASES)[number];

/** occurred: it happened; planned: announced or upcoming at publication; ongoing: still under way. */
export const STATUSES = ['occurred', 'planned', 'ongoing'] as const;
export type EventStatus = (typeof STATUSES)[number];

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
  basis: z.enum(DATE_BASES).default('explicit'),
  relative: RelativeDateSchema.optional(),
  /** How the date was derived when it is not written plainly in the text. */
  note: z.string().min(1).optional(),
  /** The date as the source writes it, shown instead of the formatted date (TimelineJS Display Date). */
  label: z.string().min(1).max(120).optional(),
});
export type EventDate = z.infer<typeof EventDateSchema>;

export const QUALIFIERS = ['exact', 'about', 'at least', 'more than', 'nearly', 'up to'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/**
 * A figure with its bounds kept: "six to seven thousand" is {min: 6000, max: 7000};
 * "more than 10,000" is {min: 10000, qualifier: "more than"}. `unit` "USD" and "percent" are
 * formatted as money and percentages; any other unit is a plural noun ("people", "deaths").
 */
export const FigureSchema = z
  .strictObject({
    min: z.number(),
    /** Upper bound for a range; omitted for a single value. */
    max: z.number().optional(),
    qualifier: z.enum(QUALIFIERS).default('exact'),
    unit: z.string().min(1).max(40),
    /** What the number counts, e.g. "migrant deaths in the El Paso Sector". */
    counts: z.string().min(1).max(200),
    /** The period it covers, when the text gives one: "FY2023", "per day". */
    period: z.string().min(1).max(60).optional(),
  })
  .refine((f) => f.max === undefined || f.max > f.min, {
    message: 'max must be greater than min (omit it for a single value)',
    path: ['max'],
  });
export type Figure = z.infer<typeof FigureSchema>;

export const QuoteSchema = z.strictObject({
  text: z.string().min(1).max(400),
  speaker: z.string().min(1),
});

/**
 * Who makes a claim the event reports, and through whom it reaches the article: "lawyers" via
 * "the Guardian"; "CBP". The card says "According to …", never stating the claim as fact.
 */
export const AttributionSchema = z.strictObject({
  claimant: z.string().min(1).max(120),
  via: z.string().min(1).max(120).optional(),
});
export type Attribution = z.infer<typeof AttributionSchema>;

export const SourceSchema = z.strictObject({
  article: ID,
  /** At most 20 words, verbatim from the article (whitespace-normalised), locating the fact. */
  excerpt: z
    .string()
    .min(1)
    .refine((s) => s.trim().split(/\s+/).length <= 20, 'excerpt must be at most 20 words'),
});

/**
 * A fact from outside the article that adds to it without contradicting it (a name, a day, a
 * place the text leaves out), with the source it comes from. Shown apart, under "Not from the
 * article"; what contradicts the article goes in `discrepancy`.
 */
export const ContextSchema = z.strictObject({
  text: z.string().min(1).max(600),
  /** Who reports it, and when: "San Diego Union-Tribune, 1 December 2018". */
  source: z.string().min(1).max(300),
});

/** Editors' choice of presidencies where the date rule would mislead; the reason is shown. */
export const AdminOverrideSchema = z
  .strictObject({
    us: z.array(ID).optional(),
    mx: z.array(ID).optional(),
    reason: z.string().trim().min(1, 'an administrations override needs a reason'),
  })
  .refine((o) => o.us !== undefined || o.mx !== undefined, 'override us, mx or both');

/** A picture, video or page that goes with an event: kept as a link, never loaded by the app. */
export const MediaLinkSchema = z.strictObject({
  url: z
    .string()
    .regex(/^https?:\/\/\S+$/i, 'must be an http:// or https:// link')
    .max(2000),
  caption: z.string().min(1).max(300).optional(),
  credit: z.string().min(1).max(300).optional(),
});
export type MediaLink = z.infer<typeof MediaLinkSchema>;

export const AuthoredEventSchema = z.strictObject({
  id: ID,
  title: z.string().min(1).max(140),
  summary: z.string().min(1).max(900),
  date: EventDateSchema,
  status: z.enum(STATUSES).default('occurred'),
  places: z.array(ID).default([]),
  actors: z.array(z.string().min(1)).default([]),
  category: z.enum(CATEGORIES),
  figures: z.array(FigureSchema).default([]),
  attribution: AttributionSchema.optional(),
  quote: QuoteSchema.optional(),
  sources: z.array(SourceSchema).min(1),
  adminsOverride: AdminOverrideSchema.optional(),
  /**
   * Where the article is vague, contradicts itself or is at odds with other sources, naming them;
   * shown on the card under "Not from the article".
   */
  discrepancy: z.string().min(1).optional(),
  /** Outside facts that add to the article, with their source (see ContextSchema). */
  context: ContextSchema.optional(),
  /** Editorial note: what the text itself says or leaves open — nothing from elsewhere. */
  note: z.string().optional(),
  /** An imported sheet's own grouping (TimelineJS Group) when it names no category. */
  group: z.string().min(1).max(140).optional(),
  media: MediaLinkSchema.optional(),
});
export type AuthoredEvent = z.infer<typeof AuthoredEventSchema>;
export const AuthoredEventFileSchema = z.array(AuthoredEventSchema);

/** Instants the app can draw: years 1000–2999, so no date can throw. */
export const T_MIN = Date.UTC(1000, 0, 1);
export const T_MAX = Date.UTC(3000, 0, 1);
const Instant = z.number().int().min(T_MIN).max(T_MAX);

/** What the compiler adds to each event. */
export const CompiledEventSchema = AuthoredEventSchema.omit({ sources: true, adminsOverride: true })
  .extend({
    sources: z.array(
      SourceSchema.extend({
        /** 1-based paragraph of the article body holding the excerpt (computed). */
        paragraph: z.number().int().min(1).optional(),
      }),
    ),
    /** Epoch ms of the first instant the date covers (UTC). */
    t0: Instant,
    /** Epoch ms just after the last instant the date covers (UTC, exclusive). */
    t1: Instant,
    admins: z.strictObject({
      us: z.array(ID),
      mx: z.array(ID),
      /** Present when editors set the presidencies instead of the date rule. */
      reason: z.string().min(1).optional(),
    }),
  })
  .refine((e) => e.t1 > e.t0, { message: 't1 must be after t0', path: ['t1'] });
export type FronteraEvent = z.infer<typeof CompiledEventSchema>;

// ---------------------------------------------------------------- narratives (story mode)
const DayRangeSchema = z.strictObject({
  start: Day,
  /** Inclusive last day. */
  end: Day,
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
  playhead: Day.optional(),
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

// ---------------------------------------------------------------- translations
/** One kind's texts in one language: {[record id]: {[translation key]: text}}. */
const textsById = (kind: TranslatableKind) =>
  z.record(
    ID,
    z.record(
      z.string().regex(translationKeyPattern(kind), `not a translatable ${kind} field`),
      z.string().regex(/\S/, 'a translation must not be empty'),
    ),
  );

/** One language's texts; keys and record types are defined in src/data/translations.ts. */
export const LanguageTextsSchema = z.strictObject({
  events: textsById('events'),
  places: textsById('places'),
  narratives: textsById('narratives'),
  administrations: textsById('administrations'),
  /** Actor names by their English name ("US Border Patrol" → "Patrulla Fronteriza…"). */
  actors: z
    .record(z.string().min(1), z.string().regex(/\S/, 'a translation must not be empty'))
    .optional(),
});
export type LanguageTexts = z.infer<typeof LanguageTextsSchema>;

/** Texts in languages other than English, by language code; a text missing here falls back. */
export const TranslationsSchema = z.record(
  z.string().regex(LANGUAGE_CODE, 'must be a language code such as "es"'),
  LanguageTextsSchema,
);
export type Translations = z.infer<typeof TranslationsSchema>;

/**
 * Where a file of events came from, written by "Get the data": which dataset, which view of it,
 * when. Absent in the compiled dataset; kept, not shown, when a reader loads such a file.
 */
export const ProvenanceSchema = z.strictObject({
  /** The tool that wrote the file and its address: "Frontera (https://…)". */
  exportedBy: z.string().min(1).max(300),
  /** When the file was written, an ISO 8601 instant. */
  exportedAt: z.iso.datetime(),
  /** The dataset the events were chosen from: its title, file name or address. */
  from: z.string().min(1).max(500),
  /** A link to the view they were chosen in (its filters and window), when it has one. */
  view: z.url().max(4000).optional(),
  /** How many events the file holds, out of how many in the dataset. */
  events: z.number().int().min(0),
  of: z.number().int().min(0),
  /** What the events rest on, in words. */
  note: z.string().min(1).max(1000).optional(),
});
export type Provenance = z.infer<typeof ProvenanceSchema>;

/**
 * A dataset's shape, record by record. The schema readers get (./schema.ts) adds the checks of
 * the parts against each other (./integrity.ts), which read these types.
 */
export const DatasetShapeSchema = z.strictObject({
  version: z.literal(1),
  articles: z.array(ArticleSchema),
  administrations: z.array(AdministrationSchema),
  places: z.array(PlaceSchema),
  events: z.array(CompiledEventSchema).min(1, 'the dataset holds no events'),
  narratives: z.array(NarrativeSchema).default([]),
  /** Compiled from data/i18n/; absent in an imported dataset or an English-only one. */
  translations: TranslationsSchema.optional(),
  /** Present in a file written by "Get the data". */
  provenance: ProvenanceSchema.optional(),
  /** An imported file's own title and introduction (a TimelineJS title slide). */
  about: z
    .strictObject({
      title: z.string().min(1).max(200),
      introduction: z.string().min(1).max(2000).optional(),
    })
    .optional(),
});
export type Dataset = z.infer<typeof DatasetShapeSchema>;
