/**
 * The English strings of the views a reader opens after the first frame — the event card, the
 * site panel, the list, the dialogs (about, share, your data), the story and its slides, and the
 * importer's messages — in a chunk of their own, loaded when one of them is first needed
 * (./catalogues.ts). Same conventions as ./en.ts.
 */
import type { PlaceKind } from '../data/schema';
import { eventsEn as events, type Plural } from './en';
import { formatters } from './format';
import type { ImportWords } from './issueWords';

const { plural, number: num } = formatters('en');

const IGNORED = {
  time: 'times of day are not shown; the date keeps its day',
  thumbnail: 'thumbnails are not shown; the Media link is kept',
  altText: 'media are kept only as links, so there is no picture to describe',
  background: 'Frontera draws every event on its own background',
};

/** A number shown as typed; anything else in quotes. */
const bare = (s: string) => (/^-?\d+$/.test(s) ? s : `"${s}"`);
/** "row 4" / "rows 4, 7, …" for file-wide messages that name rows. */
const rowList = (rows: readonly number[], count: number) =>
  `row${count === 1 ? '' : 's'} ${rows.join(', ')}${count > rows.length ? ', …' : ''}`;

export const enPanels = {
  place: {
    kinds: {
      'port-of-entry': 'Port of entry',
      city: 'City',
      building: 'Building',
      state: 'State',
      country: 'Country',
      region: 'Region',
      'border-sector': 'Border Patrol sector',
    } satisfies Record<PlaceKind, string>,
    area: ' (area)',
    close: (name: string) => `Close ${name}`,
    here: (all: string, inWindow: string) => `${all} here · ${inWindow} in the current window`,
    outside: ' · outside window',
  },
  card: {
    close: 'Close event card',
    us: 'US administration',
    mx: 'Mexican administration',
    setByEditors: 'Set by editors',
    where: 'Where',
    noPlace:
      'No mapped place: the source ties this event to no particular site, so it appears on the timeline only.',
    who: 'Who',
    note: 'Editors’ note: ',
    previous: '← Previous',
    next: 'Next →',
    position: (i: string, n: string) => `${i} of ${n}`,
    hiddenByFilters: 'not among the events the filters show',
    atPlace: (name: string) => ` at ${name}`,
    figures: 'Figures',
    places: 'Places',
    actors: 'Actors',
    planned: 'Planned.',
    plannedText: 'Planned or announced: it had not happened when the article was published.',
    ongoing: 'Ongoing.',
    ongoingText: 'Ongoing when the article was published.',
    explicit: 'The article gives this date.',
    /** Around the article's own words for a relative date, which are shown as written. */
    relative: {
      open: 'The article says “',
      close: '”',
      rest: '; counted from its publication date.',
    },
    /** What a relative phrase means, for readers of another language; null in English. */
    relativeGloss: (_phrase: string): string | null => null,
    inferred: 'Worked out from the article: ',
    external: 'From the public record, not the article: ',
    reported: (date: string) =>
      `Dated by the day the article reported it, ${date}: it was said or done then or earlier.`,
    whoSaysSo: 'Who says so:',
    accordingTo: (who: string) => `according to ${who}`,
    reportedBy: (via: string) => `, as reported by ${via}`,
    howWeKnow: 'How we know',
    howWeDated: 'How we dated this',
    notFromArticle: 'Not from the article',
    differs: 'Where the article is vague or other sources differ:',
    otherReporting: 'Other reporting adds:',
    contextSource: (source: string) => `Source: ${source}.`,
    source: { one: 'Source', other: 'Sources' } satisfies Plural,
    paragraph: (n: string) => `Paragraph ${n} of the article`,
    inOriginal: 'in English, as published',
    media: 'Media (a link; not loaded here):',
  },
  getData: {
    title: 'Get the data',
    csvLabel: (n: string) =>
      `Download the ${n} events shown as CSV (a spreadsheet in the import template’s columns)`,
    jsonLabel: (n: string) =>
      `Download the ${n} events shown as Frontera JSON, with their sources and provenance`,
    done: (n: string, kind: string) => `${n} events downloaded as ${kind}.`,
    unplaced: (n: string) =>
      `${n} places could not be written to the spreadsheet; the JSON file keeps them.`,
  },
  cite: {
    open: 'Cite this event',
    note: 'Chicago-style note',
    plain: 'Plain line',
    copyNote: 'Copy note',
    copyPlain: 'Copy line',
    copied: 'Citation copied.',
    failed: 'Could not copy; select the text and copy it.',
    noLink:
      'This copy of Frontera has no public address, so the citation carries no link to the event.',
  },
  list: {
    date: 'Date',
    sortedOldest: ', oldest first; press for newest first',
    sortedNewest: ', newest first; press for oldest first',
    label: (order: 'oldest' | 'newest') => `Events matching the filters, ${order} first`,
    none: 'No events match the filters.',
    planned: ' · planned',
  },
  about: {
    title: 'About the data',
    sources: 'Sources',
    sourcesText: (
      n: number,
      articles: number,
      publishers: string,
      single: boolean,
      attributed: number,
    ) =>
      `All ${events(n)} come from ${plural(articles, { one: '# article', other: '# articles' })} published by ${publishers}${single ? ', a single outlet' : ''}. The World Socialist Web Site is published by the Socialist Equality Party and takes a strong editorial stance: it is hostile to the US and Mexican governments of every party and describes their policies in those terms. Frontera keeps its own voice neutral. Where a card repeats how an article or anyone else characterises something, it says who did (${plural(attributed, { one: '# event carries', other: '# events carry' })} an explicit attribution).`,
    how: 'How events were extracted',
    read: 'Each article was read paragraph by paragraph; every statement that can be dated, even only to a year, was considered. Separate happenings are separate events. What was left out, and why, is listed in the dataset’s excluded.md.',
    words:
      'Titles and summaries are written in our own words; a check refuses any that repeats eight or more consecutive words of its article. Only quotes and the evidence excerpts are verbatim, and each excerpt gives its paragraph (¶) in the article.',
    dates:
      'Dates are given only as precisely as the text allows: a day, a month or a year. Each card says, under “How we dated this”, whether the date is written in the article, counted from a phrase such as “last week”, worked out from the text or taken from the public record. A remark the article does not date is shown on the day the article reported it.',
    planned: (planned: number, checks: number) =>
      `${plural(planned, { one: '# event was', other: '# events were' })} only planned or announced when reported; they are drawn as hollow marks and their cards say so. ${plural(checks, { one: '# card shows', other: '# cards show' })}, under “Not from the article”, where the article is vague or other sources differ or add to it, naming those sources.`,
    places:
      'An event is placed on the map only where the article puts it. Presidencies follow the date, except where editors set them by hand, which the card shows with the reason.',
    translation:
      'The Spanish text of every event was written by the team, not machine-translated; quotes and excerpts stay in the language the article was published in.',
    report: 'Found an error?',
    reportText:
      'Report it with the event’s id (the event= part of the page address), the article and paragraph, and what the text says. Corrections go through the same checks.',
    close: 'Close',
  },
  story: {
    region: (title: string) => `Story: ${title}`,
    kind: 'presentation',
    step: (title: string, i: string, n: string) => `${title} · step ${i} of ${n}`,
    back: '← Back',
    next: 'Next →',
    fullScreen: 'Full screen',
    leave: 'Leave story',
    keys: '→ / Space / PageDown next · ← / PageUp back · F full screen · Esc leave',
  },
  importer: {
    where: {
      row: (row: string) => `row ${row}`,
      rowColumn: (row: string, column: string) => `row ${row}, column ${column}`,
      wholeFile: 'the whole file',
    },
    ignored: IGNORED,
    issues: {
      tooLarge: ({ chars, max }, f) =>
        `the file is too large (${f.number(chars)} characters; at most ${f.number(max)})`,
      empty: () => 'the file is empty',
      headerOnly: () => 'the file has a header row but no data rows',
      tooManyRows: ({ rows, max }, f) =>
        `the file has ${f.number(rows)} rows; at most ${f.number(max)} can be imported`,
      duplicateHeader: ({ first, second, header }) =>
        `columns ${first} and ${second} have the same header "${header}"`,
      noKnownColumns: ({ found, more }) =>
        `none of the columns is a Frontera or TimelineJS column (found ${found.map((h) => `"${h}"`).join(', ')}${more ? ', …' : ''}) — start from the template`,
      noHeaderNames: () => 'the first row has no column names',
      unnamedColumn: ({ column }) => `column ${column} has no header; its cells are ignored`,
      unknownColumn: ({ header, suggestion }) =>
        `column "${header}" is not a Frontera or TimelineJS column and is ignored${suggestion ? ` — did you mean "${suggestion}"?` : ''}`,
      ignoredColumn: ({ header, reason }) => `column "${header}" is ignored: ${IGNORED[reason]}`,
      sameColumn: ({ first, second }) =>
        `columns "${first}" and "${second}" are the same column — keep one`,
      noTitleColumn: () => 'no title column — add "title" (or TimelineJS "Headline")',
      noDateColumn: () => 'no date column — add "date" (or TimelineJS "Year", "Month" and "Day")',
      datesTwice: () =>
        'dates are given twice — use either "date" and "end" or TimelineJS "Year", "Month" and "Day", not both',
      timelineNeedsYear: () => 'TimelineJS dates need a "Year" column beside "Month" and "Day"',
      placeKindUnused: () =>
        'column "place kind" is used only for places given by latitude and longitude',
      workbook: ({ name }) =>
        `${name} is a spreadsheet workbook — save it as CSV first (Excel: Save As › CSV UTF-8; Google Sheets: File › Download › Comma-separated values; LibreOffice: Save As › Text CSV; Numbers: File › Export To › CSV)`,
      notText: ({ name }) =>
        `${name} is not a text file — save the spreadsheet as CSV (UTF-8) first`,
      encodingAssumed: ({ sample }) =>
        `the file is not in UTF-8, so it was read as Windows-1252 (Western European), the encoding of Excel’s plain “CSV”${sample ? `: it reads "${sample}"` : ''}. If accented letters look wrong, save the sheet again as “CSV UTF-8” (Excel) or choose UTF-8 when saving, and load it again.`,
      unexpected: ({ detail }) =>
        `the import stopped unexpectedly (${detail}) — please report this with the file`,
      noEvents: () => 'the file holds no events',
      moreIssues: ({ count, kind }, f) =>
        `the file has ${f.number(count)} more ${kind === 'error' ? 'errors' : 'warnings'} not listed`,
      datasetRefused: ({ path, detail }) =>
        `the dataset would not load: ${path || 'the whole file'}: ${detail}`,
      undatedSources: ({ count }, f) =>
        count === 1
          ? '1 source has no source date; it is dated to the last day of the latest event it supports'
          : `${f.number(count)} sources have no source date; each is dated to the last day of the latest event it supports`,
      defaultCategory: ({ rows, count, hasColumn }, f) =>
        `${count === 1 ? '1 row gives' : `${f.number(count)} rows give`} no category and ${count === 1 ? 'is' : 'are'} shown as "statement" (${rowList(rows, count)})${hasColumn ? '' : ' — add a "category" column to sort them'}`,
      noSummary: ({ rows, count }, f) =>
        `${count === 1 ? '1 row has' : `${f.number(count)} rows have`} no summary; the title is shown in its place (${rowList(rows, count)})`,
      timeDropped: ({ rows, count }, f) =>
        `${count === 1 ? '1 row gives' : `${f.number(count)} rows give`} a time of day, which is not shown (${rowList(rows, count)})`,
      outOfRange: ({ rows, count, years, min, max }, f) =>
        `${count === 1 ? '1 row is' : `${f.number(count)} rows are`} dated outside the years this timeline draws, ${min} to ${max} (${rows.map((r, i) => `row ${r}: ${years[i]}`).join('; ')}${count > rows.length ? '; …' : ''}), so ${count === 1 ? 'it is' : 'they are'} left out. Years before ${min}, including BCE years written with a minus sign, cannot be placed on it.`,
      shiftedRows: ({ cells, header, count }, f) =>
        `every row (${f.number(count)}) has ${cells} cells but the header has ${header}, so values sit under the wrong columns — the header has a column the rows lack, or every row misses one cell. Make them match; the problems listed below follow from this.`,
      tableName: ({ name }) =>
        `the first line, "${name}", is the table’s name (Numbers writes it when “Include table names” is ticked); the header is read from line 2`,
      notJson: ({ detail }) => `the file is not valid JSON (${detail})`,
      notDataset: () =>
        'the file is JSON but not a Frontera dataset: it must be an object with "version", "events", "places", "articles" and "administrations"',
      invisibleRemoved: ({ count }, f) =>
        `${count === 1 ? '1 text value' : `${f.number(count)} text values`} held invisible or control characters, which were removed`,
      schema: ({ detail }) => detail,
      cellCount: ({ cells, header, delimiter }) => {
        const sep = delimiter === '\t' ? 'tab' : delimiter === ';' ? 'semicolon' : 'comma';
        return cells > header
          ? `${cells} cells, but the header has ${header} — an extra ${sep}? A cell holding a ${sep} must be in double quotes`
          : `${cells} cells, but the header has ${header} — a missing ${sep}? The values after it sit under the wrong columns`;
      },
      unclosedQuote: ({ lines }) =>
        `a cell opens with a double quote that never closes, so ${lines === 1 ? 'the line' : `the ${lines} lines`} after it were read into that one cell — close the quote, and write a quote inside a cell as two ("")`,
      emptyCell: () => 'empty',
      notDate: ({ value }) =>
        `"${value}" is not a date — write YYYY, YYYY-MM or YYYY-MM-DD (format the column as text so the spreadsheet keeps it)`,
      notCalendarDate: ({ value }) => `"${value}" is not a calendar date`,
      notYear: ({ value }) => `${bare(value)} is not a year`,
      notMonth: ({ value }) => `${bare(value)} is not a month`,
      notDay: ({ value }) => `${bare(value)} is not a day of the month`,
      notNumber: ({ value }) => `"${value}" is not a number`,
      coordinateOutside: ({ value, limit }) => `${value} is outside −${limit}…${limit}`,
      halfPoint: ({ missing, given }) =>
        `empty, but ${given} is given — a new place needs both ${given} and ${missing}`,
      notBoolean: ({ value }) =>
        `"${value}" is not true or false (write true, false, yes, no, 1 or 0)`,
      notStatus: ({ value, allowed }) => `"${value}" is not a status — use ${allowed.join(', ')}`,
      notCategory: ({ value, allowed }) =>
        `"${value}" is not a category — use one of ${allowed.join(', ')}`,
      notPlaceKind: ({ value, allowed }) =>
        `"${value}" is not a place kind — use one of ${allowed.join(', ')}`,
      urlTooLong: ({ max }) => `longer than ${max} characters`,
      notUrl: ({ value }) => `"${value}" is not a web address (it must start with https://)`,
      urlScheme: ({ value }) => `"${value}": only http:// and https:// links are accepted`,
      urlNoHost: ({ value }) => `"${value}" names no website`,
      idTooLong: ({ max }) => `longer than ${max} characters`,
      notId: ({ value, suggestion }) =>
        `"${value}" is not an id — use lowercase letters, digits and dashes${suggestion ? ` (e.g. "${suggestion}")` : ''}`,
      sourceDateNotDay: ({ value }) => `"${value}" must be a day written YYYY-MM-DD`,
      unknownPlace: ({ value, suggestion, lat, lon }) =>
        `"${value}" is not in the gazetteer${suggestion ? ` (did you mean "${suggestion}"?)` : ''}. To put it on the map as a new place, ${lat && lon ? `give its ${lat} and ${lon} on this row` : 'add Latitude and Longitude columns and give its coordinates on this row'}`,
      sameNameElsewhere: ({ name, row }) =>
        `"${name}" has other coordinates in row ${row}; kept as two places`,
      idTaken: ({ id, row }) => `"${id}" is already used by row ${row}`,
      textCut: ({ chars, max }) => `${chars} characters, cut to ${max}`,
      excerptCut: ({ words, max }) => `${words} words, cut to ${max}`,
      noEventForSource: ({ id }) =>
        `no event has the id "${id}": a row with only an id and a source adds that source to the event with the same id — give it a title and a date to make it an event`,
      sourceForBrokenRow: ({ row }) => `adds a source to row ${row}, which has errors`,
      endYearMissing: ({ month, day }) => `empty, but ${month} or ${day} is given`,
      dayNeedsMonth: ({ month }) => `a day needs a ${month}`,
      endPrecision: ({ end, start }) =>
        `"${end}" is not written like the start "${start}" — give both as YYYY, YYYY-MM or YYYY-MM-DD`,
      endBeforeStart: ({ end, start }) => `the end ${end} is before the start ${start}`,
      sourceConflict: ({ given, row, kept }) =>
        `"${given}" differs from row ${row} for the same source; row ${row}’s "${kept}" is kept`,
      eraSkipped: () => 'TimelineJS eras are not events; skipped',
      groupsKept: ({ groups, more }) =>
        `TimelineJS groups that are not Frontera categories (${groups.map((g) => `"${g}"`).join(', ')}${more ? ', …' : ''}) are shown on each event’s card; add a "category" column to choose the lane`,
      extraTitleSlide: ({ first }) =>
        `a second TimelineJS title slide; the first (row ${first}) gives the title, so this one is skipped`,
      badMediaLink: ({ value }) =>
        `"${value}" is not a web address, so no media link is kept (Frontera keeps media only as links)`,
    },
    report: {
      title: 'Frontera import report',
      file: (name: string) => `File: ${name}`,
      encoding: (encoding: string) => `Read as: ${encoding}`,
      loaded: { one: 'Result: loaded # event', other: 'Result: loaded # events' } satisfies Plural,
      notLoaded: 'Result: not loaded',
      rowsOk: (n: string) => `Rows without errors: ${n}`,
      rowsDropped: (rows: string, leftOut: boolean) =>
        `Rows with errors${leftOut ? ' (left out)' : ''}: ${rows}`,
      errors: (n: string) => `Errors (${n})`,
      warnings: (n: string) => `Warnings (${n})`,
      none: 'No problems found.',
    },
  } satisfies ImportWords,
  share: {
    title: 'Share or embed this view',
    noHost:
      'This copy of Frontera is a single file opened from this computer, so a link to it would only work here. To share links or embed the app, use a hosted copy: publish the output of `npm run build` on a web server, or build this file with VITE_FRONTERA_PUBLIC_URL set to that server’s address. “Download PNG” works offline.',
    link: 'Link to this exact view',
    copyLink: 'Copy link',
    linkCopied: 'Link copied.',
    options: 'Embed options',
    lock: 'Lock filters and zoom',
    theme: 'Theme',
    themeAuto: 'Follow reader’s system',
    themeLight: 'Light',
    themeDark: 'Dark',
    startStory: 'Start in story mode',
    fit: 'Fit',
    fitArticle: 'Article: the height suits the width (embed.js sets it)',
    fitSlide: 'Slide: fills exactly the frame you give it, for decks',
    code: 'Embed code (the iframe sizes itself when embed.js is included)',
    codeSlide: 'Embed code (give the iframe its size; embed.js hands the deck its keys)',
    keys: 'With embed.js, a clicker or the arrow keys still move the deck after a click inside the embed.',
    copyCode: 'Copy embed code',
    codeCopied: 'Embed code copied.',
    copyFailed: 'Could not copy; select the text and copy it.',
    close: 'Close',
  },
  slides: {
    drawing: (i: string, n: string) => `Drawing slide ${i} of ${n}…`,
    done: 'Slides downloaded.',
    failed: (why: string) => `Could not make the slides: ${why}`,
    kicker: 'A story told with Frontera',
    credit: (articles: string, publishers: string, years: string) =>
      `From ${articles} news articles (${publishers}, ${years}). Every step cites its article and paragraph; the sources are listed at the end.`,
    made: (date: string) => `Slides made on ${date}`,
    sourcesTitle: 'Sources',
    sourcesIntro: 'The articles this story cites, with the paragraphs (¶) each step relies on:',
    article: (author: string, title: string, publisher: string, date: string) =>
      `${author}, “${title}”, ${publisher}, ${date}`,
    usedIn: (steps: string) => `cited in steps ${steps}`,
    live: (i: string) => `Open step ${i} live ↗`,
    notesExcerpts: 'What the article says (verbatim excerpts):',
    notesQuote: (speaker: string) => `Quoted (${speaker}):`,
    notesNoEvent: 'This step names no single event; see the sources slide.',
    notesTitle: 'About this story:',
  },
  yourData: {
    title: 'Show your own data',
    intro:
      'Load a spreadsheet (CSV or TSV, including TimelineJS sheets) or a Frontera JSON file. It is checked before anything is drawn, and it never leaves this browser.',
    choose: 'Choose a file',
    drop: 'or drop it here',
    template: 'Download the CSV template',
    guide: 'Read the one-page guide',
    keepValid: 'If some rows have errors, load the rows without errors',
    checking: (name: string) => `Checking ${name}…`,
    errors: { one: '# problem', other: '# problems' } satisfies Plural,
    warnings: { one: '# warning', other: '# warnings' } satisfies Plural,
    ok: (n: number) => `Ready: ${events(n)}.`,
    dropped: (rows: number) =>
      plural(rows, {
        one: '# row with errors will be left out.',
        other: '# rows with errors will be left out.',
      }),
    blocked:
      'Nothing is loaded while the file has errors. Fix them, or choose to load only the rows without errors.',
    load: (n: number) => plural(n, { one: 'Show this event', other: 'Show these # events' }),
    loadValid: (rows: number) =>
      plural(rows, {
        one: 'Load the # row without errors',
        other: 'Load the # rows without errors',
      }),
    report: 'Download the report',
    more: (n: string) => `…and ${n} more in the report`,
    unreadable: (why: string) => `The file could not be read: ${why}`,
    showing: (name: string, n: number) => `Showing your data: ${name} (${events(n)}).`,
    kept: 'It is kept in this browser until you close it.',
    notKept: 'This browser would not keep it: reloading the page will lose it.',
    fromUrl: (url: string) => `Showing data from ${url}.`,
    close: 'Close your data',
    noLink:
      'This view shows a file from your computer, which a link cannot carry. Publish the file on this site and share a link with ?data=its-address instead.',
    aboutYours: (n: number, sources: number) =>
      `${plural(n, { one: 'This event comes', other: 'These # events come' })} from your file and ${plural(sources, { one: 'the # source', other: 'the # sources' })} it names. Frontera checked them with the same schema as its own data; what they say is the file’s, not Frontera’s.`,
    savePage: 'Save as a page',
    saveTitle: 'Save this view as a page',
    saveIntro:
      'One HTML file with Frontera and these events inside. It opens in any browser with no internet connection, at this view: email it, put it on a USB stick, attach it to a deck or publish it anywhere.',
    savePageTitle: 'Title shown on the page',
    saveCredit: 'Whose data is this? (shown on the page)',
    saveCreditHint: 'e.g. Border desk, El Paso Times',
    saveButton: 'Download the page',
    saving: 'Preparing the page…',
    saved: (name: string) => `Downloaded ${name}.`,
    saveUnavailable: (why: string) =>
      `The page could not be prepared (${why}). This copy of Frontera has no single-file version beside it: run \`npm run build\` to make one.`,
    savedShowing: (
      title: string,
      credit: string | null,
      fileName: string,
      n: number,
      date: string,
    ) =>
      `“${title}”: ${credit ? `data from ${credit}` : 'data'} (${fileName}, ${events(n)}), saved on ${date}. These events come from that file, not from Frontera’s own dataset.`,
  },
  embed: {
    credit: (articles: number, publishers: string, years: string) =>
      `Frontera · events drawn from ${plural(articles, { one: '# article', other: '# articles' })} (${publishers}, ${years}) · basemap Natural Earth`,
    open: 'Open the full app at this view ↗',
  },
  slideText: {
    title: 'US–Mexico border enforcement',
    step: (i: string, n: string, date: string) => `Step ${i} of ${n} · ${date}`,
    caption: (n: number, articles: number, years: string) =>
      `${events(n)} from ${plural(articles, { one: '# news article', other: '# news articles' })}, ${years}.`,
    source: (publisher: string, title: string, date: string, paragraphs: string) =>
      `Source: ${publisher}, “${title}”, ${date}${paragraphs ? `, ${paragraphs}` : ''}`,
    sources: (articles: number, publishers: string, years: string) =>
      `${plural(articles, { one: 'Source: # article', other: 'Sources: # articles' })}, ${publishers}, ${years}`,
    paragraphs: (list: string) => `¶ ${list}`,
    credit: 'Frontera · Basemap: Natural Earth',
    noMap: 'The map is unavailable in this browser.',
    noCanvas: 'This browser cannot draw a canvas, so no PNG can be made.',
    noEncode: 'the browser could not encode the PNG',
  },
  filterPanel: {
    panel: 'Filters',
    done: 'Done',
    search: 'Search',
    searchPlaceholder: 'e.g. juarez, tear gas, Kelly',
    category: 'Category',
    sources: 'Sources',
    places: 'Places',
    actors: 'Actors',
    chosen: (n: number) => `${num(n)} chosen`,
    findIn: (what: string) => `Find in ${what}`,
    findPlaceholder: (what: string) => `Find ${what}…`,
    noMatch: 'No match',
    eventCount: { one: ' event', other: ' events' } satisfies Plural,
    /** Under the administration buttons: the rule, with the dates it comes to. */
    termHint: 'A term shows every event whose dates overlap it.',
    termRule: (name: string, from: string, to: string) =>
      `${name}: events overlapping ${from} – ${to}`,
    bothRule: (spans: string) => `With both countries chosen, events overlapping ${spans}`,
    bothNever: 'The chosen terms never overlap: no event can be in both.',
  },
};

export type PanelMessages = typeof enPanels;
