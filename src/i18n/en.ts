/**
 * The interface's strings in English that the first frame needs: the shell, the timeline, the
 * map, the filters. The strings of views a reader opens later (the card, the site panel, the
 * list, the dialogs, the story, the importer) are in ./enPanels.ts, a chunk of its own. The
 * Spanish catalogue is typed by both, so a missing or extra key fails the type check (and
 * `npm run data` checks none is empty). Counts are {one, other} pairs for Intl.PluralRules, with
 * # standing for the number; a text with a count in it takes the number itself and picks its
 * words with `plural`.
 */
import type { Category } from '../data/schema';
import { formatters } from './format';

export type Plural = { one: string; other: string };
const { plural, number: num } = formatters('en');
/** "1 event" / "12 events". */
export const eventsEn = (n: number) => plural(n, { one: '# event', other: '# events' });
const events = eventsEn;

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
    shown: (shown: number, total: number) => `${num(shown)} of ${events(total)}`,
    clearAll: 'Clear all',
    clearAllWide: ' filters',
    us: 'US administration',
    mx: 'Mexican administration',
    sourceYear: (year: string) => `source ${year}`,
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
  data: {
    open: 'Your data',
    backToBuiltin: 'Back to Frontera’s data',
    importFailed: 'The spreadsheet at this address has problems, so nothing is shown.',
  },
  snapshot: {
    drawing: 'Drawing…',
    done: 'PNG downloaded.',
    failed: (why: string) => `Could not make the PNG: ${why}`,
    unexpected: 'an unexpected error occurred',
  },
};

/** What the first frame's views read (every string: ./messages.ts). */
export type CoreMessages = typeof en;
