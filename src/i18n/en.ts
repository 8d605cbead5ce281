/**
 * Every string the interface shows or speaks, in English. The Spanish catalogue is typed by this
 * one, so a missing or extra key fails the type check (and `npm run data` checks none is empty).
 * Counts are {one, other} pairs for Intl.PluralRules, with # standing for the number; a text
 * with a count in it takes the number itself and picks its words with `plural`.
 */
import type { Category, PlaceKind } from '../data/schema';
import { formatters } from './format';
import type { ImportWords } from './issueWords';

type Plural = { one: string; other: string };
const { plural, number: num } = formatters('en');
const events = (n: number) => plural(n, { one: '# event', other: '# events' });

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

export const en = {
  app: {
    loading: 'Loading the Frontera dataset…',
    skipToPlayhead: 'Skip to the timeline’s playhead',
    tagline: 'US–Mexico border enforcement',
    events: { one: '# event', other: '# events' } satisfies Plural,
    focus: (from: string, to: string) => `focus ${from}–${to}`,
    earlier: (n: number, year: string) => `${num(n)} earlier, from ${year}`,
    later: (n: number, year: string) => `${num(n)} later, to ${year}`,
  },
  /** The page itself: the browser tab, search results, the embed's iframe. */
  page: {
    title: 'Frontera — US–Mexico border enforcement, 2016–2023',
    description:
      'Frontera: an interactive timeline and map of US–Mexico border enforcement, 2016–2023, drawn from five news articles, every event with its source.',
    eventTitle: (event: string) => `${event} — Frontera`,
    iframeTitle: 'Frontera: US–Mexico border enforcement, timeline and map',
  },
  language: {
    label: 'Language',
    en: 'English',
    es: 'Español',
  },
  error: {
    title: 'Frontera could not load its data',
    network: 'Check that the Frontera server is running, then try again.',
    timeout:
      'The dataset is taking too long to arrive. The connection may be slow or the server busy: try again.',
    notFound: 'The compiled dataset is missing from the server. Run `npm run data` to build it.',
    linkedMissing: (url: string) =>
      `This link asks for data at ${url}, and there is no file there. It may have been moved or renamed: ask whoever shared the link, or go back to Frontera’s own data.`,
    server: 'The server failed while sending the dataset. Try again in a moment.',
    json: 'The dataset file is damaged. Run `npm run data` to rebuild it.',
    schema:
      'The dataset does not match the schema this version of Frontera expects. Run `npm run data` and check its report.',
    unexpected: 'An unexpected error occurred.',
    retry: 'Try again',
    slow: 'Still loading: the connection is slow.',
    detail: 'Technical detail',
    viewBroke: (view: string) => `The ${view} stopped working.`,
    viewKeepsWorking: 'The rest of Frontera keeps working.',
    reloadView: 'Reload this part',
    views: { map: 'map', timeline: 'timeline', panel: 'side panel', header: 'header' },
  },
  header: {
    filters: 'Filters',
    story: 'Story',
    storyWide: ' mode',
    png: 'PNG',
    pngWide: 'Download ',
    about: 'About the data',
    aboutShort: 'About',
    slides: 'Slides (.pptx)',
    slidesWide: 'Download ',
    share: 'Share',
    shareWide: ' / Embed',
  },
  filters: {
    panel: 'Filters',
    shown: (shown: number, total: number) => `${num(shown)} of ${events(total)}`,
    clearAll: 'Clear all',
    clearAllWide: ' filters',
    done: 'Done',
    search: 'Search',
    searchPlaceholder: 'e.g. juarez, tear gas, Kelly',
    us: 'US administration',
    mx: 'Mexican administration',
    category: 'Category',
    sources: 'Sources',
    places: 'Places',
    actors: 'Actors',
    chosen: (n: number) => `${num(n)} chosen`,
    findIn: (what: string) => `Find in ${what}`,
    findPlaceholder: (what: string) => `Find ${what}…`,
    noMatch: 'No match',
    eventCount: { one: ' event', other: ' events' } satisfies Plural,
    sourceYear: (year: string) => `source ${year}`,
    /** Under the administration buttons: the rule, with the dates it comes to. */
    termHint: 'A term shows every event whose dates overlap it.',
    termRule: (name: string, from: string, to: string) =>
      `${name}: events overlapping ${from} – ${to}`,
    bothRule: (spans: string) => `With both countries chosen, events overlapping ${spans}`,
    bothNever: 'The chosen terms never overlap: no event can be in both.',
  },
  noResults: {
    title: 'No events match these filters',
    removeOne: 'Remove one of them:',
    remove: (label: string) => `Remove ${label}`,
    brings: (n: number) => `→ ${events(n)}`,
    clearAll: 'Clear all filters',
    map: 'No site has events under these filters. The panel lists which filter to remove.',
  },
  panel: {
    region: 'Details and event list',
    tabs: 'Panel',
    details: 'Details',
    list: (n: string) => `Event list (${n})`,
  },
  overview: {
    title: 'How to explore',
    play: 'Press ▶ Play, or drag the red date flag on the timeline (or focus it and press ← →): sites with events near that date light up on the map.',
    site: 'Click a site on the map, or choose one below, to list what happened there.',
    window:
      'Drag across the “Window” strip to limit the map to a period; scroll or pinch the timeline to zoom. Hollow marks were only planned when reported.',
    drawn: (n: number, articles: number, years: string) =>
      `${events(n)} drawn from ${plural(articles, { one: '# article', other: '# articles' })} published in ${years}. Each card shows its source and the excerpt it rests on.`,
  },
  sites: {
    title: (n: string) => `Sites on the map (${n})`,
    atPlayhead: ' at playhead',
    underWay: ' under way',
    inWindow: { one: ' event in window', other: ' events in window' } satisfies Plural,
  },
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
  categories: {
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
  } satisfies Record<Category, string>,
  /** Lane labels where the timeline's margin is narrow (a phone): at most about 12 characters. */
  categoriesShort: {
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
    report: 'Reports',
    politics: 'Politics',
  } satisfies Record<Category, string>,
  timeline: {
    region: 'Timeline',
    title: (n: number) => `Timeline of ${events(n)}, by category, with US and Mexican presidencies`,
    window: 'Window',
    allEvents: 'Events',
    usPresident: 'US president',
    mxPresident: 'Mexico president',
    usShort: 'US pres.',
    mxShort: 'MX pres.',
    playhead: 'Playhead date',
    nearby: { one: '# event within 15 days', other: '# events within 15 days' } satisfies Plural,
    noneNearby: 'no events within 15 days',
    flag: { one: '# event', other: '# events' } satisfies Plural,
    /** After the flag's count: spans that cover the date without being dated near it. */
    flagOngoing: { one: '+# under way', other: '+# under way' } satisfies Plural,
    ongoingNearby: {
      one: '# longer span under way',
      other: '# longer spans under way',
    } satisfies Plural,
    playback: 'Playback',
    play: 'Play',
    pause: 'Pause',
    speed: 'Speed',
    speeds: {
      slow: 'Slow (1 month a second)',
      normal: 'Normal (3 months a second)',
      fast: 'Fast (1 year a second)',
    },
    zoom: 'Timeline zoom',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    zoomInTitle: 'Zoom in (+)',
    zoomOutTitle: 'Zoom out (−)',
    focusTitle: 'Show 2016 to 2023',
    allYears: 'All years',
    allYearsTitle: 'Show every event, including background before 2016',
    timeWindow: 'Time window',
    windowStart: 'Window start',
    windowEnd: 'Window end',
    /** The typed date fields: the pattern shown as a placeholder and read back. */
    datePattern: 'dd/mm/yyyy',
    dateHint: (pattern: string) =>
      `Type a date as ${pattern}, or a day and month name: 25 Nov 2018. ↑ ↓ change it by a day.`,
    dateInvalid: (pattern: string, from: string, to: string) =>
      `Not a date between ${from} and ${to}: type it as ${pattern}.`,
    clear: 'Clear',
    clearWindow: (from: string, to: string) => `Clear time window ${from} to ${to}`,
    windowHint: 'drag on the strip above the dates',
    planned: ' · planned',
    ongoing: ' · ongoing',
    /** When the filters' events lie beyond the view: say so, and offer to show them. */
    outside: (n: string, total: string) => `${n} of ${total} filtered events are outside this view`,
    showFiltered: (from: string, to: string) => `Show them all (${from}–${to})`,
  },
  map: {
    region: 'Map of event sites',
    loading: 'Loading the map…',
    unavailable: 'The map is unavailable.',
    noWebgl2:
      'This browser could not create a WebGL2 context, which the map needs. Hardware acceleration may be turned off. The timeline, list and event cards still work.',
    noWebgl:
      'WebGL is not available in this browser, so the map cannot be drawn. The timeline, list and event cards still work.',
    failed: (why: string) =>
      `The map could not start: ${why}. The timeline, list and event cards still work.`,
    staticNote: 'What you see is a still picture of the map.',
    legendPoint: 'city or crossing',
    legendArea: 'state, region or sector',
    legendLit: 'event within 15 days',
    legendOngoing: 'longer span under way',
    /** The legend on a narrow map: the same keys, fewer words. */
    legendShort: {
      point: 'city',
      area: 'area',
      lit: '±15 days',
      ongoing: 'under way',
      size: 'size = events',
    },
    attribution: 'Basemap: Natural Earth',
    showCredit: 'Show the map credit',
    hideCredit: 'Hide the map credit',
    legendSize: 'size = events in window',
    popup: (name: string, count: number, total: number) =>
      `${name} · ${num(count)} of ${events(total)} in window`,
    atPlayhead: 'At the playhead',
    within: { one: '# within 15 days', other: '# within 15 days' } satisfies Plural,
    noneWithin: 'no events within 15 days',
    more: (n: string) => `+${n} more on the timeline`,
    /** MapLibre's own control texts (its locale option). */
    controls: {
      zoomIn: 'Zoom in',
      zoomOut: 'Zoom out',
      toggleAttribution: 'Toggle attribution',
      map: 'Map',
      closePopup: 'Close popup',
    },
    timeout: 'the map took too long to draw',
    error: 'the map failed to draw',
    ongoing: { one: '# longer span under way', other: '# longer spans under way' } satisfies Plural,
    home: 'Show the whole border',
    homeShort: 'Border',
    zoomIn: 'Zoom the map in',
    zoomOut: 'Zoom the map out',
    viewControls: 'Map view',
    /** An edge chip: where its sites lie and how many there are. */
    offscreen: (name: string, more: string, direction: string) =>
      more
        ? `${name} +${more}: with ${more} more sites, off the map to the ${direction}. Show them`
        : `${name}: off the map to the ${direction}. Select it`,
    moreShort: (n: string) => `+${n}`,
    directions: [
      'east',
      'south-east',
      'south',
      'south-west',
      'west',
      'north-west',
      'north',
      'north-east',
    ] as readonly string[],
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
  data: {
    open: 'Your data',
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
    backToBuiltin: 'Back to Frontera’s data',
    noLink:
      'This view shows a file from your computer, which a link cannot carry. Publish the file on this site and share a link with ?data=its-address instead.',
    aboutYours: (n: number, sources: number) =>
      `${plural(n, { one: 'This event comes', other: 'These # events come' })} from your file and ${plural(sources, { one: 'the # source', other: 'the # sources' })} it names. Frontera checked them with the same schema as its own data; what they say is the file’s, not Frontera’s.`,
    importFailed: 'The spreadsheet at this address has problems, so nothing is shown.',
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
  embed: {
    credit: (articles: number, publishers: string, years: string) =>
      `Frontera · events drawn from ${plural(articles, { one: '# article', other: '# articles' })} (${publishers}, ${years}) · basemap Natural Earth`,
    open: 'Open the full app at this view ↗',
  },
  snapshot: {
    drawing: 'Drawing…',
    done: 'PNG downloaded.',
    failed: (why: string) => `Could not make the PNG: ${why}`,
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
    unexpected: 'an unexpected error occurred',
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
};

export type Messages = typeof en;
