/**
 * The words that must not reach a reader in the other language, and the names that may.
 * Maintained by hand: when a page shows a new proper name, add it to NAMES; when a translation gap
 * is found, add the English (or Spanish) word here so it cannot come back.
 */

/** English words no Spanish page shows outside a quote marked lang="en" or a name below. */
export const ENGLISH_STOP = [
  // function words
  ...['the', 'and', 'of', 'with', 'from', 'for', 'to', 'in', 'is', 'are', 'was', 'were', 'has'],
  ...['have', 'this', 'that', 'which', 'who', 'what', 'when', 'where', 'not', 'by', 'at', 'on'],
  ...['or', 'after', 'before', 'about', 'more', 'than', 'its', 'their', 'his', 'her', 'it'],
  // the interface
  ...['Filters', 'Story', 'About', 'Share', 'Embed', 'Download', 'Window', 'Play', 'Pause'],
  ...['Speed', 'Zoom', 'Map', 'Close', 'Search', 'Source', 'Sources', 'Details', 'Timeline'],
  ...['Date', 'Where', 'Who', 'Actors', 'Places', 'Figures', 'Previous', 'Next', 'Back'],
  // ("error" is Spanish too.)
  ...['Leave', 'Loading', 'Show', 'Choose', 'file', 'row', 'rows', 'column', 'errors'],
  ...['warning', 'problem', 'problems', 'Ready', 'Copy', 'link', 'Lock', 'Theme', 'Light'],
  ...['Dark', 'Step', 'step', 'Toggle', 'attribution', 'Basemap', 'event', 'events', 'Event'],
  ...['Events', 'playhead', 'window', 'Planned', 'planned', 'Ongoing', 'Check', 'Claim'],
  ...['Paragraph', 'Technical', 'detail', 'Reload', 'Try', 'again', 'Your', 'Clear'],
  // the data's vocabulary
  ...['article', 'articles', 'says', 'said', 'according', 'reported', 'people', 'deaths'],
  ...['troops', 'children', 'government', 'administration', 'Department', 'Secretary'],
  ...['spokesman', 'official', 'officials', 'caravan', 'migrants', 'migrant', 'asylum'],
  ...['border', 'President', 'president', 'week', 'month', 'year', 'City', 'US', 'Mexico'],
  ...['United', 'States', 'Guard', 'Patrol', 'Customs', 'Command', 'unnamed', 'advocates'],
  ...['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  ...['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August'],
  ...['September', 'October', 'November', 'December', 'last', 'yesterday'],
];

/** Spanish words no English page shows outside a name below or an element marked lang="es". */
export const SPANISH_STOP = [
  ...['de', 'del', 'la', 'las', 'los', 'el', 'y', 'que', 'con', 'una', 'por', 'para', 'según'],
  ...['también', 'desde', 'hasta', 'sobre', 'entre', 'sus', 'como', 'más', 'fue', 'dice'],
  ...['eventos', 'evento', 'artículo', 'artículos', 'fuente', 'fuentes', 'Fecha', 'Dónde'],
  ...['Quiénes', 'Cerrar', 'Filtros', 'Periodo', 'Reproducir', 'Recorrido', 'Compartir'],
  ...['Buscar', 'gobierno', 'frontera', 'migrantes', 'Estados', 'Unidos', 'México', 'Ciudad'],
  ...['Detalles', 'Lista', 'Lugares', 'Cifras', 'Actores', 'Siguiente', 'Anterior', 'Datos'],
  ...['previsto', 'cursor', 'mapa', 'línea', 'tiempo', 'Descargar', 'enero', 'diciembre'],
];

/**
 * Proper names either page may show as they are: outlets, organisations, places and people
 * that keep their own language (data/i18n/README.md), and the app's own name.
 */
export const NAMES = [
  // outlets and organisations
  ...['The Guardian', 'The Wall Street Journal', 'The Washington Post', 'The Hill'],
  ...['El Paso Times', 'El Paso Matters', 'USA Today', 'NBC News', 'Associated Press'],
  ...['Border Network for Human Rights', 'Border Patrol Foundation', 'Human Rights Watch'],
  ...['Southern Poverty Law Center', 'Arizona OpenGIS Initiative for Deceased Migrants'],
  ...['World Socialist Web Site', 'Natural Earth', 'Law.com', 'Notimex', 'Grupo Beta'],
  ...['Caterpillar', 'Dow Chemical', 'General Electric', 'Lockheed Martin', 'TimelineJS'],
  // the SPLC's case name and a courthouse address
  ...['J.E.C.M. v. Hayes', 'First Street Courthouse', 'North Spring Street'],
  // places and people with Spanish names, on English pages
  ...['El Paso', 'El Salvador', 'Los Pinos', 'Los Angeles', 'San Ysidro', 'San Diego'],
  ...['Ciudad Juárez', 'Ciudad Hidalgo', 'San Pedro Sula', 'Benito Juárez', 'Las Cruces'],
  ...['Andrés Manuel López Obrador', 'López Obrador', 'Enrique Peña Nieto', 'Peña Nieto'],
  ...['Olga Sánchez Cordero', 'Juan Manuel Gastélum', 'Edivges Arias', 'Fernando Garcia'],
  ...['Luis Videgaray', 'Gerardo Ayala', 'Otay Mesa', 'Eagle Pass', 'Antelope Wells'],
  ...['Nuevo Laredo', 'Piedras Negras', 'Tapachula', 'Mexicali', 'Tijuana', 'Chiapas'],
];
