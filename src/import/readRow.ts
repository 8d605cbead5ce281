/**
 * One spreadsheet row to the parts of an event, every problem in the row reported (not just the
 * first), so a user fixes a file in one pass. Places and ids, which depend on other rows, are
 * settled later by linkRows.
 */
import {
  matchCategory,
  parseBoolean,
  parseCategory,
  parseCoordinate,
  parseDate,
  parseId,
  parsePlaceKind,
  parseStatus,
  parseUrl,
  shown,
} from './cells';
import { cell } from './headerMap';
import type { TableRow } from './parseTable';
import { readDate } from './readDate';
import { list, name, type RowContext, type RowDraft, read, text } from './rowContext';
import { sourceTitle } from './sources';
import { capText, cleanText, foldKey, htmlToText } from './text';
import { LIMITS } from './types';

export function readRow(ctx: RowContext, r: TableRow): RowDraft {
  const { errors } = ctx;
  const type = foldKey(cell(ctx.map, r, 'type'));
  const draft: RowDraft = {
    row: r.row,
    status: 'occurred',
    placeRefs: [],
    actors: [],
    source: null,
    excerpts: [],
  };
  if (type === 'title' || type === 'era') return { ...draft, skipped: type };

  const id = read(ctx, r, 'id', parseId);
  if (id) draft.id = id;
  // An id with no title and no date, and a source: one more source for that event.
  if (id && isContinuation(ctx, r)) {
    readSource(ctx, r, draft);
    return { ...draft, continues: id };
  }
  const title = text(ctx, r, 'title', LIMITS.titleChars);
  if (title) draft.title = title;
  else errors.row(r.row, name(ctx, 'title'), 'emptyCell');
  const summary = text(ctx, r, 'summary', LIMITS.summaryChars, true);
  if (summary) draft.summary = summary;
  else if (title) ctx.fallbacks.summary.push(r.row);

  const date = readDate(ctx, r);
  if (date && 'outOfRange' in date) {
    ctx.fallbacks.outOfRange.push({ row: r.row, year: date.outOfRange });
    return { ...draft, skipped: 'outOfRange' };
  }
  const approximate = read(ctx, r, 'approximate', parseBoolean) ?? false;
  if (date) draft.date = { ...date, approximate };
  const label = capText(cleanText(htmlToText(cell(ctx.map, r, 'displayDate'))), 120);
  if (label) draft.dateLabel = label;

  draft.status = read(ctx, r, 'status', parseStatus) ?? 'occurred';
  readCategory(ctx, r, draft);
  readPlaces(ctx, r, draft);
  draft.actors = [...new Set(list(cell(ctx.map, r, 'actors')).map((a) => capText(a, 120)))];
  readSource(ctx, r, draft);
  readMedia(ctx, r, draft);
  return draft;
}

const SOURCE_CELLS = [
  'sourceTitle',
  'sourceUrl',
  'sourceDate',
  'sourcePublisher',
  'sourceAuthor',
  'excerpt',
] as const;
const EVENT_CELLS = ['title', 'date', 'year', 'summary', 'category', 'places'] as const;

function isContinuation(ctx: RowContext, r: TableRow): boolean {
  const given = (f: (typeof SOURCE_CELLS)[number] | (typeof EVENT_CELLS)[number]) =>
    cell(ctx.map, r, f).trim() !== '';
  return !EVENT_CELLS.some(given) && SOURCE_CELLS.some(given);
}

function readCategory(ctx: RowContext, r: TableRow, draft: RowDraft) {
  const category = read(ctx, r, 'category', parseCategory);
  const group = cleanText(cell(ctx.map, r, 'group'));
  const fromGroup = group ? matchCategory(group) : undefined;
  if (group && !fromGroup) {
    draft.group = capText(group, 140);
    ctx.fallbacks.groups.set(draft.group, (ctx.fallbacks.groups.get(draft.group) ?? 0) + 1);
  }
  const chosen = category ?? fromGroup;
  if (chosen) draft.category = chosen;
  else if (cell(ctx.map, r, 'category').trim() === '') ctx.fallbacks.category.push(r.row);
}

/**
 * A name with coordinates makes a point with that name, whatever the column is called (or the
 * gazetteer place of that name when it is close by); a name without coordinates is looked up.
 */
function readPlaces(ctx: RowContext, r: TableRow, draft: RowDraft) {
  const refs = list(cell(ctx.map, r, 'places')).map((t) => ({ text: t, field: 'places' as const }));
  const latGiven = cell(ctx.map, r, 'latitude').trim() !== '';
  const lonGiven = cell(ctx.map, r, 'longitude').trim() !== '';
  const lat = read(ctx, r, 'latitude', (s) => parseCoordinate(s, 90));
  const lon = read(ctx, r, 'longitude', (s) => parseCoordinate(s, 180));
  const kind = read(ctx, r, 'placeKind', parsePlaceKind) ?? 'city';
  const placeName = cleanText(cell(ctx.map, r, 'placeName'));
  if (latGiven !== lonGiven) {
    const [missing, given]: ['latitude' | 'longitude', 'latitude' | 'longitude'] = latGiven
      ? ['longitude', 'latitude']
      : ['latitude', 'longitude'];
    ctx.errors.row(r.row, name(ctx, missing), 'halfPoint', {
      missing: name(ctx, missing),
      given: name(ctx, given),
    });
    return;
  }
  if (lat !== undefined && lon !== undefined) {
    // One name beside the coordinates names the point, in whichever column it stands.
    const only = refs.length === 1 && !placeName ? refs[0] : undefined;
    draft.newPlace = { row: r.row, name: placeName || only?.text || '', lat, lon, kind };
    draft.placeRefs = only ? [] : refs;
    return;
  }
  draft.placeRefs =
    placeName && !latGiven ? [...refs, { text: placeName, field: 'placeName' }] : refs;
}

function readSource(ctx: RowContext, r: TableRow, draft: RowDraft) {
  const title = sourceTitle(cell(ctx.map, r, 'sourceTitle'));
  const url = read(ctx, r, 'sourceUrl', parseUrl);
  const date = read(ctx, r, 'sourceDate', (s) => {
    const d = parseDate(s);
    if (!('value' in d)) return d;
    return d.value.precision === 'day'
      ? { value: d.value.value }
      : { problem: { code: 'sourceDateNotDay' as const, params: { value: shown(s) } } };
  });
  const publisher = capText(cleanText(cell(ctx.map, r, 'sourcePublisher')), 140);
  const author = capText(cleanText(cell(ctx.map, r, 'sourceAuthor')), 140);
  if (title || url || publisher || author || date)
    draft.source = {
      row: r.row,
      title,
      ...(url ? { url } : {}),
      ...(date ? { date } : {}),
      publisher,
      author,
      columns: {
        date: name(ctx, 'sourceDate'),
        publisher: name(ctx, 'sourcePublisher'),
        author: name(ctx, 'sourceAuthor'),
      },
    };
  // Several excerpts from one source go on separate lines of the cell.
  for (const line of cell(ctx.map, r, 'excerpt').split(/\r\n?|\n/)) {
    const excerpt = capText(cleanText(line), 400);
    if (!excerpt) continue;
    const words = excerpt.split(/\s+/);
    if (words.length > LIMITS.excerptWords) {
      ctx.warnings.row(r.row, name(ctx, 'excerpt'), 'excerptCut', {
        words: words.length,
        max: LIMITS.excerptWords,
      });
      draft.excerpts.push(`${words.slice(0, LIMITS.excerptWords).join(' ')}…`);
    } else draft.excerpts.push(excerpt);
  }
}

/**
 * TimelineJS Media: a link kept on the card, never loaded. A cell that is not a web address
 * (TimelineJS also takes quotes and embed code there) is skipped with a warning.
 */
function readMedia(ctx: RowContext, r: TableRow, draft: RowDraft) {
  const raw = cell(ctx.map, r, 'mediaUrl').trim();
  if (!raw) return;
  const url = parseUrl(raw);
  if (!('value' in url)) {
    ctx.warnings.row(r.row, name(ctx, 'mediaUrl'), 'badMediaLink', { value: shown(raw) });
    return;
  }
  const caption = capText(cleanText(htmlToText(cell(ctx.map, r, 'mediaCaption'))), 300);
  const credit = capText(cleanText(htmlToText(cell(ctx.map, r, 'mediaCredit'))), 300);
  draft.media = { url: url.value, ...(caption ? { caption } : {}), ...(credit ? { credit } : {}) };
}
