/**
 * Every interface string in Spanish, written by the team for Mexican readers (usted, es-MX
 * numbers, “comillas”; see data/i18n/README.md); typed by the English catalogue.
 */
import type { RelativePhrase } from '../domain/relativeDates';
import { formatters } from './format';
import type { Messages } from './messages';

const { plural, number: num } = formatters('es');
const events = (n: number) => plural(n, { one: '# evento', other: '# eventos' });
/** "2016–2023" → "entre 2016 y 2023"; "2016" → "en 2016". */
const span = (years: string) => {
  const [from, to] = years.split('–');
  return to ? `entre ${from} y ${to}` : `en ${years}`;
};
const articles = (n: number) => plural(n, { one: '# artículo', other: '# artículos' });

/** The article's relative dates, glossed for a Spanish reader (the article's words stay English). */
const RELATIVE: Record<RelativePhrase, string> = {
  sunday: 'el domingo',
  monday: 'el lunes',
  tuesday: 'el martes',
  wednesday: 'el miércoles',
  thursday: 'el jueves',
  friday: 'el viernes',
  saturday: 'el sábado',
  yesterday: 'ayer',
  'last week': 'la semana pasada',
  'next week': 'la próxima semana',
  'last month': 'el mes pasado',
  'earlier this month': 'a principios de este mes',
  'this month': 'este mes',
  'last year': 'el año pasado',
  'this year': 'este año',
  'past year': 'el último año',
};

const IGNORADAS = {
  time: 'no se muestran horas del día; la fecha conserva su día',
  thumbnail: 'no se muestran miniaturas; se conserva el enlace de “Media”',
  altText: 'los medios se conservan solo como enlaces, así que no hay imagen que describir',
  background: 'Frontera dibuja cada evento sobre su propio fondo',
};

/** Un número tal como se escribió; lo demás, entre comillas. */
const desnudo = (s: string) => (/^-?\d+$/.test(s) ? s : `“${s}”`);
/** “fila 4” / “filas 4, 7, …” para los mensajes que nombran filas. */
const listaFilas = (rows: readonly number[], count: number) =>
  `fila${count === 1 ? '' : 's'} ${rows.join(', ')}${count > rows.length ? ', …' : ''}`;

/** A category code's name in Spanish (the lanes' names), for messages written before `es`. */
const categoryName = (code: string) =>
  Object.entries(es.categories).find(([c]) => c === code)?.[1] ?? code;

export const es: Messages = {
  app: {
    loading: 'Cargando los datos de Frontera…',
    skipToPlayhead: 'Saltar al cursor de la línea de tiempo',
    tagline: 'Control fronterizo entre Estados Unidos y México',
    events: { one: '# evento', other: '# eventos' },
    focus: (from, to) => `periodo central ${from}–${to}`,
    earlier: (n, year) =>
      plural(n, { one: `# anterior, desde ${year}`, other: `# anteriores, desde ${year}` }),
    later: (n, year) =>
      plural(n, { one: `# posterior, hasta ${year}`, other: `# posteriores, hasta ${year}` }),
  },
  page: {
    title: 'Frontera — Control fronterizo entre Estados Unidos y México, 2016–2023',
    description:
      'Frontera: línea de tiempo y mapa interactivos del control fronterizo entre Estados Unidos y México, 2016–2023, a partir de cinco artículos periodísticos, cada evento con su fuente.',
    eventTitle: (event) => `${event} — Frontera`,
    iframeTitle:
      'Frontera: control fronterizo entre Estados Unidos y México, línea de tiempo y mapa',
  },
  language: {
    label: 'Idioma',
    en: 'English',
    es: 'Español',
  },
  error: {
    title: 'Frontera no pudo cargar sus datos',
    network: 'Compruebe que el servidor de Frontera esté en funcionamiento y vuelva a intentarlo.',
    timeout:
      'Los datos tardan demasiado en llegar. Quizá la conexión sea lenta o el servidor esté saturado: vuelva a intentarlo.',
    notFound:
      'Falta el conjunto de datos compilado en el servidor. Ejecute `npm run data` para generarlo.',
    linkedMissing: (url) =>
      `Este enlace pide datos en ${url}, y no hay ningún archivo ahí. Quizá se movió o cambió de nombre: pregunte a quien compartió el enlace, o vuelva a los datos de Frontera.`,
    server: 'El servidor falló al enviar los datos. Vuelva a intentarlo en un momento.',
    json: 'El archivo de datos está dañado. Ejecute `npm run data` para generarlo de nuevo.',
    schema:
      'Los datos no siguen el esquema que espera esta versión de Frontera. Ejecute `npm run data` y revise su informe.',
    unexpected: 'Ocurrió un error inesperado.',
    retry: 'Reintentar',
    slow: 'Sigue cargando: la conexión es lenta.',
    detail: 'Detalle técnico (en inglés)',
    viewBroke: (view) => `${view} dejó de funcionar.`,
    viewKeepsWorking: 'El resto de Frontera sigue funcionando.',
    reloadView: 'Volver a cargar esta parte',
    views: {
      map: 'El mapa',
      timeline: 'La línea de tiempo',
      panel: 'El panel lateral',
      header: 'La barra superior',
    },
  },
  header: {
    filters: 'Filtros',
    story: 'Recorrido',
    storyWide: ' guiado',
    png: 'PNG',
    pngWide: 'Descargar ',
    about: 'Sobre los datos',
    aboutShort: 'Datos',
    slides: 'diapositivas (.pptx)',
    slidesWide: 'Descargar ',
    share: 'Compartir',
    shareWide: ' / Insertar',
  },
  filters: {
    shown: (shown, total) => `${num(shown)} de ${events(total)}`,
    clearAll: 'Quitar todos',
    clearAllWide: ' los filtros',
    us: 'Gobierno de Estados Unidos',
    mx: 'Gobierno de México',
    sourceYear: (year) => `fuente de ${year}`,
  },
  filterPanel: {
    panel: 'Filtros',
    done: 'Listo',
    search: 'Buscar',
    searchPlaceholder: 'p. ej., juárez, gas lacrimógeno, Kelly',
    category: 'Categoría',
    sources: 'Fuentes',
    places: 'Lugares',
    actors: 'Actores',
    chosen: (n) => plural(n, { one: '# elegido', other: '# elegidos' }),
    findIn: (what) => `Buscar en ${what}`,
    findPlaceholder: (what) => `Buscar ${what}…`,
    noMatch: 'Sin coincidencias',
    eventCount: { one: ' evento', other: ' eventos' },
    termHint: 'Un mandato muestra todos los eventos cuyas fechas se solapan con él.',
    termRule: (name, from, to) => `${name}: eventos que se solapan con ${from} – ${to}`,
    bothRule: (spans) => `Con ambos países elegidos, eventos que se solapan con ${spans}`,
    bothNever: 'Los mandatos elegidos nunca coinciden: ningún evento puede estar en ambos.',
  },
  noResults: {
    title: 'Ningún evento coincide con estos filtros',
    removeOne: 'Quite uno de ellos:',
    remove: (label) => `Quitar ${label}`,
    brings: (n) => `→ ${events(n)}`,
    clearAll: 'Quitar todos los filtros',
    map: 'Ningún lugar tiene eventos con estos filtros. El panel indica qué filtro quitar.',
  },
  panel: {
    region: 'Detalles y lista de eventos',
    tabs: 'Panel',
    details: 'Detalles',
    list: (n) => `Lista de eventos (${n})`,
  },
  overview: {
    title: 'Cómo explorar',
    play: 'Presione ▶ Reproducir o arrastre la bandera roja con la fecha en la línea de tiempo (o selecciónela y presione ← →): los lugares con eventos cercanos a esa fecha se iluminan en el mapa.',
    site: 'Haga clic en un lugar del mapa, o elija uno de la lista, para ver lo que ocurrió ahí.',
    window:
      'Arrastre sobre la franja “Periodo” para limitar el mapa a unas fechas; desplace o pellizque la línea de tiempo para acercarla. Las marcas huecas eran solo planes cuando se publicaron.',
    drawn: (n, a, years) =>
      `${plural(n, { one: '# evento tomado', other: '# eventos tomados' })} de ${articles(a)} publicados ${span(years)}. Cada ficha muestra su fuente y el fragmento en que se basa.`,
  },
  sites: {
    title: (n) => `Lugares en el mapa (${n})`,
    atPlayhead: ' en el cursor',
    underWay: ' en curso',
    inWindow: { one: ' evento en el periodo', other: ' eventos en el periodo' },
  },
  place: {
    kinds: {
      'port-of-entry': 'Puerto de entrada',
      city: 'Ciudad',
      building: 'Edificio',
      state: 'Estado',
      country: 'País',
      region: 'Región',
      'border-sector': 'Sector de la Patrulla Fronteriza',
    },
    area: ' (zona)',
    close: (name) => `Cerrar ${name}`,
    here: (all, inWindow) => `${all} aquí · ${inWindow} en el periodo actual`,
    outside: ' · fuera del periodo',
  },
  card: {
    close: 'Cerrar la ficha del evento',
    us: 'Gobierno de Estados Unidos',
    mx: 'Gobierno de México',
    setByEditors: 'Asignado por la redacción',
    where: 'Dónde',
    noPlace:
      'Sin lugar en el mapa: la fuente no vincula este evento con un sitio concreto, por lo que solo aparece en la línea de tiempo.',
    who: 'Quiénes',
    note: 'Nota de la redacción: ',
    previous: '← Anterior',
    next: 'Siguiente →',
    position: (i, n) => `${i} de ${n}`,
    hiddenByFilters: 'no está entre los eventos que muestran los filtros',
    atPlace: (name) => ` en ${name}`,
    figures: 'Cifras',
    places: 'Lugares',
    actors: 'Actores',
    planned: 'Previsto.',
    plannedText: 'Previsto o anunciado: no había ocurrido cuando se publicó el artículo.',
    ongoing: 'En curso.',
    ongoingText: 'Seguía en curso cuando se publicó el artículo.',
    explicit: 'El artículo da esta fecha.',
    relative: {
      open: 'El artículo dice “',
      close: '”',
      rest: '; se cuenta desde su fecha de publicación.',
    },
    relativeGloss: (phrase) => RELATIVE[phrase.toLowerCase() as RelativePhrase] ?? null,
    inferred: 'Deducida del artículo: ',
    external: 'Del registro público, no del artículo: ',
    reported: (date) =>
      `Fechado el día en que el artículo lo publicó, el ${date}: se dijo o se hizo ese día o antes.`,
    whoSaysSo: 'Quién lo afirma:',
    accordingTo: (who) => `según ${who}`,
    reportedBy: (via) => `, de acuerdo con lo publicado por ${via}`,
    howWeKnow: 'Cómo lo sabemos',
    howWeDated: 'Cómo lo fechamos',
    notFromArticle: 'Fuera del artículo',
    differs: 'Donde el artículo es impreciso u otras fuentes difieren:',
    otherReporting: 'Otras fuentes añaden:',
    contextSource: (source) => `Fuente: ${source}.`,
    source: { one: 'Fuente', other: 'Fuentes' },
    paragraph: (n) => `Párrafo ${n} del artículo`,
    inOriginal: 'en inglés, como se publicó',
    media: 'Multimedia (un enlace; no se carga aquí):',
  },
  getData: {
    title: 'Obtener los datos',
    csvLabel: (n) =>
      `Descargar los ${n} eventos mostrados en CSV (hoja de cálculo con las columnas de la plantilla de importación)`,
    jsonLabel: (n) =>
      `Descargar los ${n} eventos mostrados en JSON de Frontera, con sus fuentes y su procedencia`,
    done: (n, kind) => `${n} eventos descargados en ${kind}.`,
    unplaced: (n) =>
      `${n} lugares no se pudieron escribir en la hoja de cálculo; el archivo JSON los conserva.`,
  },
  cite: {
    open: 'Citar este evento',
    note: 'Nota al estilo Chicago',
    plain: 'Línea simple',
    copyNote: 'Copiar nota',
    copyPlain: 'Copiar línea',
    copied: 'Cita copiada.',
    failed: 'No se pudo copiar; seleccione el texto y cópielo.',
    noLink:
      'Esta copia de Frontera no tiene una dirección pública, así que la cita no lleva enlace al evento.',
  },
  list: {
    date: 'Fecha',
    sortedOldest: ', de la más antigua a la más reciente; presione para invertir el orden',
    sortedNewest: ', de la más reciente a la más antigua; presione para invertir el orden',
    label: (order) =>
      `Eventos que coinciden con los filtros, ${order === 'oldest' ? 'los más antiguos' : 'los más recientes'} primero`,
    none: 'Ningún evento coincide con los filtros.',
    planned: ' · previsto',
  },
  about: {
    title: 'Sobre los datos',
    sources: 'Fuentes',
    sourcesText: (n, a, publishers, single, attributed) =>
      `${plural(n, { one: 'El evento procede', other: 'Los # eventos proceden' })} de ${articles(a)} publicados por ${publishers}${single ? ', un solo medio' : ''}. World Socialist Web Site es la publicación del Partido Socialista por la Igualdad y tiene una línea editorial marcada: es hostil a los gobiernos de Estados Unidos y de México de todos los partidos y describe sus políticas en esos términos. Frontera mantiene una voz neutral. Cuando una ficha recoge cómo un artículo u otra persona califica algo, dice quién lo hace (${plural(attributed, { one: '# evento lleva', other: '# eventos llevan' })} una atribución explícita).`,
    how: 'Cómo se extrajeron los eventos',
    read: 'Se leyó cada artículo párrafo por párrafo y se consideró toda afirmación que pudiera fecharse, aunque fuera solo por el año. Los hechos distintos son eventos distintos. Lo que se dejó fuera, y por qué, figura en el archivo excluded.md del conjunto de datos.',
    words:
      'Los títulos y resúmenes son de redacción propia; una comprobación rechaza cualquiera que repita ocho o más palabras seguidas de su artículo. Solo las citas y los fragmentos de prueba son textuales, y cada fragmento indica su párrafo (¶) en el artículo.',
    dates:
      'Las fechas tienen solo la precisión que permite el texto: un día, un mes o un año. Cada ficha indica, en “Cómo lo fechamos”, si la fecha aparece en el artículo, si se cuenta a partir de una expresión como “la semana pasada” (que la ficha cita en inglés, tal como la escribió el artículo), si se dedujo del texto o si procede del registro público. Una declaración que el artículo no fecha se muestra el día en que el artículo la publicó.',
    planned: (planned, checks) =>
      `${plural(planned, { one: '# evento era solo un plan o un anuncio', other: '# eventos eran solo planes o anuncios' })} cuando se publicaron; se dibujan como marcas huecas y sus fichas lo indican. ${plural(checks, { one: '# ficha muestra', other: '# fichas muestran' })}, en “Fuera del artículo”, dónde el artículo es impreciso o dónde otras fuentes difieren o añaden datos, y nombran esas fuentes.`,
    places:
      'Un evento se sitúa en el mapa solo donde lo sitúa el artículo. Los gobiernos se asignan por la fecha, salvo cuando la redacción los fija a mano; entonces la ficha indica el motivo.',
    translation:
      'El texto en español de cada evento lo escribió el equipo, sin traducción automática; las citas y los fragmentos se mantienen en el idioma en que se publicó el artículo.',
    report: '¿Encontró un error?',
    reportText:
      'Repórtelo con el identificador del evento (la parte event= de la dirección de la página), el artículo y el párrafo, y lo que dice el texto. Las correcciones pasan por las mismas comprobaciones.',
    close: 'Cerrar',
  },
  categories: {
    policy: 'Medidas y programas',
    enforcement: 'Control migratorio',
    violence: 'Violencia',
    caravan: 'Caravanas',
    humanitarian: 'Situación humanitaria',
    diplomacy: 'Diplomacia',
    statement: 'Declaraciones',
    legislation: 'Legislación',
    litigation: 'Litigios',
    funding: 'Financiamiento',
    report: 'Informes y datos',
    politics: 'Vida política',
  },
  categoriesShort: {
    policy: 'Medidas',
    enforcement: 'Control migr.',
    violence: 'Violencia',
    caravan: 'Caravanas',
    humanitarian: 'Humanitaria',
    diplomacy: 'Diplomacia',
    statement: 'Declaraciones',
    legislation: 'Legislación',
    litigation: 'Litigios',
    funding: 'Fondos',
    report: 'Informes',
    politics: 'Política',
  },
  timeline: {
    region: 'Línea de tiempo',
    title: (n) =>
      `Línea de tiempo de ${events(n)}, por categoría, con los gobiernos de Estados Unidos y de México`,
    window: 'Periodo',
    allEvents: 'Eventos',
    usPresident: 'Pres. de EE. UU.',
    mxPresident: 'Pres. de México',
    usShort: 'EE. UU.',
    mxShort: 'México',
    playhead: 'Fecha del cursor',
    nearby: { one: '# evento a 15 días o menos', other: '# eventos a 15 días o menos' },
    noneNearby: 'ningún evento a 15 días o menos',
    flag: { one: '# evento', other: '# eventos' },
    flagOngoing: { one: '+# en curso', other: '+# en curso' },
    ongoingNearby: { one: '# periodo más largo en curso', other: '# periodos más largos en curso' },
    playback: 'Reproducción',
    play: 'Reproducir',
    pause: 'Pausa',
    speed: 'Velocidad',
    speeds: {
      slow: 'Lenta (1 mes por segundo)',
      normal: 'Normal (3 meses por segundo)',
      fast: 'Rápida (1 año por segundo)',
    },
    zoom: 'Acercar o alejar la línea de tiempo',
    zoomIn: 'Acercar',
    zoomOut: 'Alejar',
    zoomInTitle: 'Acercar (+)',
    zoomOutTitle: 'Alejar (−)',
    focusTitle: 'Mostrar de 2016 a 2023',
    allYears: 'Todos los años',
    allYearsTitle: 'Mostrar todos los eventos, incluidos los antecedentes anteriores a 2016',
    timeWindow: 'Periodo',
    windowStart: 'Inicio del periodo',
    windowEnd: 'Fin del periodo',
    datePattern: 'dd/mm/aaaa',
    dateHint: (pattern) =>
      `Escriba la fecha como ${pattern}, o el día y el nombre del mes: 25 nov 2018. ↑ ↓ la cambian un día.`,
    dateInvalid: (pattern, from, to) =>
      `No es una fecha entre el ${from} y el ${to}: escríbala como ${pattern}.`,
    clear: 'Quitar',
    clearWindow: (from, to) => `Quitar el periodo del ${from} al ${to}`,
    windowHint: 'arrastre en la franja sobre las fechas',
    planned: ' · previsto',
    ongoing: ' · en curso',
    outside: (n, total) => `${n} de ${total} eventos filtrados están fuera de esta vista`,
    showFiltered: (from, to) => `Mostrarlos todos (${from}–${to})`,
  },
  map: {
    region: 'Mapa de los lugares de los eventos',
    loading: 'Cargando el mapa…',
    unavailable: 'El mapa no está disponible.',
    noWebgl2:
      'Este navegador no pudo crear un contexto WebGL2, que el mapa necesita. Quizá la aceleración por hardware esté desactivada. La línea de tiempo, la lista y las fichas siguen funcionando.',
    noWebgl:
      'WebGL no está disponible en este navegador, así que no se puede dibujar el mapa. La línea de tiempo, la lista y las fichas siguen funcionando.',
    failed: (why) =>
      `No se pudo iniciar el mapa: ${why}. La línea de tiempo, la lista y las fichas siguen funcionando.`,
    staticNote: 'Lo que se ve es una imagen fija del mapa.',
    legendPoint: 'ciudad o cruce',
    legendArea: 'estado, región o sector',
    legendLit: 'evento a 15 días o menos',
    legendOngoing: 'periodo largo en curso',
    legendShort: {
      point: 'ciudad',
      area: 'zona',
      lit: '±15 días',
      ongoing: 'en curso',
      size: 'tamaño = eventos',
    },
    attribution: 'Mapa base: Natural Earth',
    showCredit: 'Mostrar el crédito del mapa',
    hideCredit: 'Ocultar el crédito del mapa',
    legendSize: 'tamaño = eventos en el periodo',
    popup: (name, count, total) => `${name} · ${num(count)} de ${events(total)} en el periodo`,
    atPlayhead: 'En el cursor',
    within: { one: '# evento a menos de 15 días', other: '# eventos a menos de 15 días' },
    noneWithin: 'ningún evento a menos de 15 días',
    more: (n) => `+${n} más en la línea de tiempo`,
    controls: {
      zoomIn: 'Acercar',
      zoomOut: 'Alejar',
      toggleAttribution: 'Mostrar u ocultar los créditos',
      map: 'Mapa',
      closePopup: 'Cerrar la ventana emergente',
    },
    timeout: 'el mapa tardó demasiado en dibujarse',
    error: 'el mapa no se pudo dibujar',
    ongoing: { one: '# periodo más largo en curso', other: '# periodos más largos en curso' },
    home: 'Mostrar toda la frontera',
    homeShort: 'Frontera',
    zoomIn: 'Acercar el mapa',
    zoomOut: 'Alejar el mapa',
    viewControls: 'Vista del mapa',
    offscreen: (name, more, direction) =>
      more
        ? `${name} +${more}: con ${more} lugares más, fuera del mapa hacia el ${direction}. Mostrarlos`
        : `${name}: fuera del mapa hacia el ${direction}. Seleccionarlo`,
    moreShort: (n) => `+${n}`,
    directions: ['este', 'sureste', 'sur', 'suroeste', 'oeste', 'noroeste', 'norte', 'noreste'],
  },
  story: {
    region: (title) => `Recorrido: ${title}`,
    kind: 'presentación',
    step: (title, i, n) => `${title} · paso ${i} de ${n}`,
    back: '← Atrás',
    next: 'Siguiente →',
    fullScreen: 'Pantalla completa',
    leave: 'Salir del recorrido',
    keys: '→ / Espacio / AvPág: siguiente · ← / RePág: atrás · F: pantalla completa · Esc: salir',
  },
  data: {
    open: 'Sus datos',
    backToBuiltin: 'Volver a los datos de Frontera',
    importFailed:
      'La hoja de cálculo de esta dirección tiene problemas, así que no se muestra nada.',
  },
  yourData: {
    title: 'Mostrar sus propios datos',
    intro:
      'Cargue una hoja de cálculo (CSV o TSV, incluidas las hojas de TimelineJS) o un archivo JSON de Frontera. Se revisa antes de dibujar nada y nunca sale de este navegador.',
    choose: 'Elegir un archivo',
    drop: 'o suéltelo aquí',
    template: 'Descargar la plantilla CSV',
    guide: 'Leer la guía de una página',
    keepValid: 'Si algunas filas tienen errores, cargar las filas sin errores',
    checking: (name) => `Revisando ${name}…`,
    errors: { one: '# problema', other: '# problemas' },
    warnings: { one: '# aviso', other: '# avisos' },
    ok: (n) => `Listo: ${events(n)}.`,
    dropped: (n) =>
      plural(n, {
        one: 'Se dejará fuera # fila con errores.',
        other: 'Se dejarán fuera # filas con errores.',
      }),
    blocked:
      'No se carga nada mientras el archivo tenga errores. Corríjalos o elija cargar solo las filas sin errores.',
    load: (n) => plural(n, { one: 'Mostrar este evento', other: 'Mostrar estos # eventos' }),
    loadValid: (n) =>
      plural(n, { one: 'Cargar la fila sin errores', other: 'Cargar las # filas sin errores' }),
    report: 'Descargar el informe',
    more: (n) => `…y ${n} más en el informe`,
    unreadable: (why) => `No se pudo leer el archivo: ${why}`,
    showing: (name, n) => `Se muestran sus datos: ${name} (${events(n)}).`,
    kept: 'Se guardan en este navegador hasta que los cierre.',
    notKept: 'Este navegador no permitió guardarlos: si recarga la página, se perderán.',
    fromUrl: (url) => `Se muestran datos de ${url}.`,
    close: 'Cerrar sus datos',
    noLink:
      'Esta vista muestra un archivo de su computadora, que un enlace no puede llevar. Publique el archivo en este sitio y comparta un enlace con ?data=su-dirección.',
    aboutYours: (n, sources) =>
      `${plural(n, { one: 'Este evento procede', other: 'Estos # eventos proceden' })} de su archivo y de ${plural(sources, { one: 'la # fuente que cita', other: 'las # fuentes que cita' })}. Frontera los revisó con el mismo esquema que sus propios datos; lo que dicen es del archivo, no de Frontera.`,
    savePage: 'Guardar como página',
    saveTitle: 'Guardar esta vista como página',
    saveIntro:
      'Un solo archivo HTML con Frontera y estos eventos dentro. Se abre en cualquier navegador sin conexión a internet, en esta vista: envíelo por correo, cópielo en una memoria USB, adjúntelo a una presentación o publíquelo donde quiera.',
    savePageTitle: 'Título que muestra la página',
    saveCredit: '¿De quién son estos datos? (se muestra en la página)',
    saveCreditHint: 'p. ej., Mesa de frontera, El Diario de Juárez',
    saveButton: 'Descargar la página',
    saving: 'Preparando la página…',
    saved: (name) => `Se descargó ${name}.`,
    saveUnavailable: (why) =>
      `No se pudo preparar la página (${why}). Esta copia de Frontera no tiene a su lado la versión de un solo archivo: ejecute \`npm run build\` para crearla.`,
    savedShowing: (title, credit, fileName, n, date) =>
      `“${title}”: ${credit ? `datos de ${credit}` : 'datos'} (${fileName}, ${events(n)}), guardados el ${date}. Estos eventos proceden de ese archivo, no del conjunto de datos de Frontera.`,
  },
  importer: {
    where: {
      row: (row) => `fila ${row}`,
      rowColumn: (row, column) => `fila ${row}, columna ${column}`,
      wholeFile: 'todo el archivo',
    },
    ignored: IGNORADAS,
    issues: {
      tooLarge: ({ chars, max }, f) =>
        `el archivo es demasiado grande (${f.number(chars)} caracteres; como máximo ${f.number(max)})`,
      empty: () => 'el archivo está vacío',
      headerOnly: () => 'el archivo tiene una fila de encabezados pero ninguna fila de datos',
      tooManyRows: ({ rows, max }, f) =>
        `el archivo tiene ${f.number(rows)} filas; se pueden importar como máximo ${f.number(max)}`,
      duplicateHeader: ({ first, second, header }) =>
        `las columnas ${first} y ${second} tienen el mismo encabezado “${header}”`,
      noKnownColumns: ({ found, more }) =>
        `ninguna columna es de Frontera ni de TimelineJS (se encontró ${found.map((h) => `“${h}”`).join(', ')}${more ? ', …' : ''}): parta de la plantilla`,
      noHeaderNames: () => 'la primera fila no tiene nombres de columna',
      unnamedColumn: ({ column }) =>
        `la columna ${column} no tiene encabezado; sus celdas se ignoran`,
      unknownColumn: ({ header, suggestion }) =>
        `la columna “${header}” no es de Frontera ni de TimelineJS y se ignora${suggestion ? `. ¿Quiso decir “${suggestion}”?` : ''}`,
      ignoredColumn: ({ header, reason }) =>
        `la columna “${header}” se ignora: ${IGNORADAS[reason]}`,
      sameColumn: ({ first, second }) =>
        `las columnas “${first}” y “${second}” son la misma columna: conserve una`,
      noTitleColumn: () => 'no hay columna de título: agregue “title” (o “Headline” de TimelineJS)',
      noDateColumn: () =>
        'no hay columna de fecha: agregue “date” (o “Year”, “Month” y “Day” de TimelineJS)',
      datesTwice: () =>
        'las fechas aparecen dos veces: use “date” y “end”, o bien “Year”, “Month” y “Day” de TimelineJS, no ambas',
      timelineNeedsYear: () =>
        'las fechas de TimelineJS necesitan una columna “Year” junto a “Month” y “Day”',
      placeKindUnused: () =>
        'la columna “place kind” solo se usa para lugares dados por latitud y longitud',
      workbook: ({ name }) =>
        `${name} es un libro de hoja de cálculo: guárdelo antes como CSV (Excel: Guardar como › CSV UTF-8; Hojas de cálculo de Google: Archivo › Descargar › Valores separados por comas; LibreOffice: Guardar como › Texto CSV; Numbers: Archivo › Exportar a › CSV)`,
      notText: ({ name }) =>
        `${name} no es un archivo de texto: guarde la hoja de cálculo como CSV (UTF-8) antes de cargarla`,
      encodingAssumed: ({ sample }) =>
        `el archivo no está en UTF-8, así que se leyó como Windows-1252 (Europa occidental), la codificación del “CSV” simple de Excel${sample ? `: se lee “${sample}”` : ''}. Si las letras acentuadas se ven mal, vuelva a guardar la hoja como “CSV UTF-8” (Excel) o elija UTF-8 al guardar, y cárguela de nuevo.`,
      unexpected: ({ detail }) =>
        `la importación se detuvo de forma inesperada (${detail}): por favor, informe del problema junto con el archivo`,
      noEvents: () => 'el archivo no contiene eventos',
      moreIssues: ({ count, kind }, f) =>
        `el archivo tiene ${f.number(count)} ${kind === 'error' ? 'errores' : 'advertencias'} más que no se enumeran`,
      datasetRefused: ({ path, detail }) =>
        `el conjunto de datos no se pudo cargar: ${path || 'todo el archivo'}: ${detail}`,
      undatedSources: ({ count }, f) =>
        count === 1
          ? '1 fuente no tiene fecha; se le asigna el último día del evento más reciente que respalda'
          : `${f.number(count)} fuentes no tienen fecha; a cada una se le asigna el último día del evento más reciente que respalda`,
      defaultCategory: ({ rows, count, hasColumn }, f) =>
        `${count === 1 ? '1 fila no indica' : `${f.number(count)} filas no indican`} categoría y se ${count === 1 ? 'muestra' : 'muestran'} como “statement” (${listaFilas(rows, count)})${hasColumn ? '' : ': agregue una columna “category” para clasificarlas'}`,
      noSummary: ({ rows, count }, f) =>
        `${count === 1 ? '1 fila no tiene' : `${f.number(count)} filas no tienen`} resumen; en su lugar se muestra el título (${listaFilas(rows, count)})`,
      timeDropped: ({ rows, count }, f) =>
        `${count === 1 ? '1 fila indica' : `${f.number(count)} filas indican`} una hora del día, que no se muestra (${listaFilas(rows, count)})`,
      outOfRange: ({ rows, count, years, min, max }, f) =>
        `${count === 1 ? '1 fila tiene' : `${f.number(count)} filas tienen`} fechas fuera de los años que dibuja esta línea de tiempo, de ${min} a ${max} (${rows.map((r, i) => `fila ${r}: ${years[i]}`).join('; ')}${count > rows.length ? '; …' : ''}), así que ${count === 1 ? 'se deja' : 'se dejan'} fuera. Los años anteriores a ${min}, incluidos los años antes de Cristo escritos con signo menos, no se pueden ubicar en ella.`,
      shiftedRows: ({ cells, header, count }, f) =>
        `todas las filas (${f.number(count)}) tienen ${cells} celdas, pero el encabezado tiene ${header}, así que los valores quedan bajo columnas equivocadas: el encabezado tiene una columna que las filas no tienen, o a cada fila le falta una celda. Hágalos coincidir; los problemas que siguen se deben a esto.`,
      tableName: ({ name }) =>
        `la primera línea, “${name}”, es el nombre de la tabla (Numbers la escribe si se marca “Incluir nombres de tabla”); los encabezados se leen de la línea 2`,
      notJson: ({ detail }) => `el archivo no es un JSON válido (${detail})`,
      notDataset: () =>
        'el archivo es JSON pero no es un conjunto de datos de Frontera: debe ser un objeto con “version”, “events”, “places”, “articles” y “administrations”',
      invisibleRemoved: ({ count }, f) =>
        `${count === 1 ? '1 texto contenía' : `${f.number(count)} textos contenían`} caracteres invisibles o de control, que se eliminaron`,
      schema: ({ detail }) => detail,
      cellCount: ({ cells, header, delimiter }) => {
        const sep =
          delimiter === '\t' ? 'un tabulador' : delimiter === ';' ? 'un punto y coma' : 'una coma';
        return cells > header
          ? `${cells} celdas, pero el encabezado tiene ${header}: ¿sobra ${sep}? Una celda que contiene ${sep} debe ir entre comillas dobles`
          : `${cells} celdas, pero el encabezado tiene ${header}: ¿falta ${sep}? Los valores que siguen quedan bajo columnas equivocadas`;
      },
      unclosedQuote: ({ lines }) =>
        `una celda abre comillas dobles que nunca se cierran, así que ${lines === 1 ? 'la línea siguiente se leyó' : `las ${lines} líneas siguientes se leyeron`} dentro de esa celda: cierre las comillas y escriba una comilla dentro de una celda como dos ("")`,
      emptyCell: () => 'vacía',
      notDate: ({ value }) =>
        `“${value}” no es una fecha: escriba AAAA, AAAA-MM o AAAA-MM-DD (dé a la columna formato de texto para que la hoja de cálculo la conserve)`,
      notCalendarDate: ({ value }) => `“${value}” no es una fecha del calendario`,
      notYear: ({ value }) => `${desnudo(value)} no es un año`,
      notMonth: ({ value }) => `${desnudo(value)} no es un mes`,
      notDay: ({ value }) => `${desnudo(value)} no es un día del mes`,
      notNumber: ({ value }) => `“${value}” no es un número`,
      coordinateOutside: ({ value, limit }) => `${value} está fuera de −${limit}…${limit}`,
      halfPoint: ({ missing, given }) =>
        `vacía, pero se indica ${given}: un lugar nuevo necesita ${given} y ${missing}`,
      notBoolean: ({ value }) =>
        `“${value}” no es verdadero ni falso (escriba true, false, sí, no, 1 o 0)`,
      notStatus: ({ value, allowed }) => `“${value}” no es un estado: use ${allowed.join(', ')}`,
      // The names the app shows (the importer reads them as well as the codes).
      notCategory: ({ value, allowed }) =>
        `“${value}” no es una categoría: use una de ${allowed.map(categoryName).join(', ')}`,
      notPlaceKind: ({ value, allowed }) =>
        `“${value}” no es un tipo de lugar: use uno de ${allowed.join(', ')}`,
      urlTooLong: ({ max }) => `tiene más de ${max} caracteres`,
      notUrl: ({ value }) => `“${value}” no es una dirección web (debe empezar por https://)`,
      urlScheme: ({ value }) => `“${value}”: solo se aceptan enlaces http:// y https://`,
      urlNoHost: ({ value }) => `“${value}” no indica ningún sitio web`,
      idTooLong: ({ max }) => `tiene más de ${max} caracteres`,
      notId: ({ value, suggestion }) =>
        `“${value}” no es un identificador: use minúsculas, dígitos y guiones${suggestion ? ` (p. ej., “${suggestion}”)` : ''}`,
      sourceDateNotDay: ({ value }) => `“${value}” debe ser un día escrito AAAA-MM-DD`,
      unknownPlace: ({ value, suggestion, lat, lon }) =>
        `“${value}” no está en el nomenclátor${suggestion ? ` (¿quiso decir “${suggestion}”?)` : ''}. Para ponerlo en el mapa como lugar nuevo, ${lat && lon ? `indique su ${lat} y su ${lon} en esta fila` : 'agregue columnas Latitud y Longitud e indique sus coordenadas en esta fila'}`,
      sameNameElsewhere: ({ name, row }) =>
        `“${name}” tiene otras coordenadas en la fila ${row}; se conservan como dos lugares`,
      idTaken: ({ id, row }) => `“${id}” ya se usa en la fila ${row}`,
      textCut: ({ chars, max }) => `${chars} caracteres, recortado a ${max}`,
      excerptCut: ({ words, max }) => `${words} palabras, recortado a ${max}`,
      noEventForSource: ({ id }) =>
        `ningún evento tiene el identificador “${id}”: una fila con solo un identificador y una fuente añade esa fuente al evento con el mismo identificador; dele un título y una fecha para que sea un evento`,
      sourceForBrokenRow: ({ row }) => `añade una fuente a la fila ${row}, que tiene errores`,
      endYearMissing: ({ month, day }) => `vacía, pero se indica ${month} o ${day}`,
      dayNeedsMonth: ({ month }) => `un día necesita ${month}`,
      endPrecision: ({ end, start }) =>
        `“${end}” no está escrito como el inicio “${start}”: indique ambos como AAAA, AAAA-MM o AAAA-MM-DD`,
      endBeforeStart: ({ end, start }) => `el final ${end} es anterior al inicio ${start}`,
      sourceConflict: ({ given, row, kept }) =>
        `“${given}” difiere de la fila ${row} para la misma fuente; se conserva “${kept}” de la fila ${row}`,
      eraSkipped: () => 'las eras de TimelineJS no son eventos; se omiten',
      groupsKept: ({ groups, more }) =>
        `los grupos de TimelineJS que no son categorías de Frontera (${groups.map((g) => `“${g}”`).join(', ')}${more ? ', …' : ''}) se muestran en la tarjeta de cada evento; agregue una columna “category” para elegir el carril`,
      extraTitleSlide: ({ first }) =>
        `una segunda diapositiva de título de TimelineJS; la primera (fila ${first}) da el título, así que esta se omite`,
      badMediaLink: ({ value }) =>
        `“${value}” no es una dirección web, así que no se conserva ningún enlace multimedia (Frontera conserva los medios solo como enlaces)`,
    },
    report: {
      title: 'Informe de importación de Frontera',
      file: (name) => `Archivo: ${name}`,
      encoding: (encoding) => `Leído como: ${encoding}`,
      loaded: { one: 'Resultado: se cargó # evento', other: 'Resultado: se cargaron # eventos' },
      notLoaded: 'Resultado: no se cargó',
      rowsOk: (n) => `Filas sin errores: ${n}`,
      rowsDropped: (rows, leftOut) =>
        `Filas con errores${leftOut ? ' (se dejan fuera)' : ''}: ${rows}`,
      errors: (n) => `Errores (${n})`,
      warnings: (n) => `Advertencias (${n})`,
      none: 'No se encontraron problemas.',
    },
  },
  share: {
    title: 'Compartir o insertar esta vista',
    noHost:
      'Esta copia de Frontera es un único archivo abierto desde esta computadora, así que un enlace a ella solo funcionaría aquí. Para compartir enlaces o insertar la aplicación, use una copia alojada: publique el resultado de `npm run build` en un servidor web, o genere este archivo con VITE_FRONTERA_PUBLIC_URL apuntando a la dirección de ese servidor. “Descargar PNG” funciona sin conexión.',
    link: 'Enlace a esta vista exacta',
    copyLink: 'Copiar enlace',
    linkCopied: 'Enlace copiado.',
    options: 'Opciones de inserción',
    lock: 'Bloquear filtros y acercamiento',
    theme: 'Tema',
    themeAuto: 'Según el sistema del lector',
    themeLight: 'Claro',
    themeDark: 'Oscuro',
    startStory: 'Empezar en el recorrido guiado',
    fit: 'Encaje',
    fitArticle: 'Artículo: la altura se ajusta al ancho (la fija embed.js)',
    fitSlide: 'Diapositiva: ocupa exactamente el marco que le dé, para presentaciones',
    codeSlide:
      'Código para insertar (dé su tamaño al iframe; embed.js devuelve las teclas a la presentación)',
    keys: 'Con embed.js, el mando o las flechas siguen moviendo la presentación después de un clic dentro del mapa.',
    code: 'Código para insertar (el iframe ajusta su tamaño si se incluye embed.js)',
    copyCode: 'Copiar código',
    codeCopied: 'Código copiado.',
    copyFailed: 'No se pudo copiar; seleccione el texto y cópielo.',
    close: 'Cerrar',
  },
  embed: {
    credit: (a, publishers, years) =>
      `Frontera · eventos tomados de ${articles(a)} (${publishers}, ${years}) · mapa base: Natural Earth`,
    open: 'Abrir la aplicación completa en esta vista ↗',
  },
  snapshot: {
    drawing: 'Dibujando…',
    done: 'PNG descargado.',
    failed: (why) => `No se pudo crear el PNG: ${why}`,
    unexpected: 'ocurrió un error inesperado',
  },
  slideText: {
    title: 'Control fronterizo entre Estados Unidos y México',
    step: (i, n, date) => `Paso ${i} de ${n} · ${date}`,
    caption: (n, a, years) =>
      `${plural(n, { one: '# evento tomado', other: '# eventos tomados' })} de ${plural(a, { one: '# artículo periodístico', other: '# artículos periodísticos' })}, ${years}.`,
    source: (publisher, title, date, paragraphs) =>
      `Fuente: ${publisher}, “${title}”, ${date}${paragraphs ? `, ${paragraphs}` : ''}`,
    sources: (a, publishers, years) =>
      `${plural(a, { one: 'Fuente: # artículo', other: 'Fuentes: # artículos' })}, ${publishers}, ${years}`,
    paragraphs: (list) => `¶ ${list}`,
    credit: 'Frontera · Mapa base: Natural Earth',
    noMap: 'El mapa no está disponible en este navegador.',
    noCanvas: 'Este navegador no puede dibujar en un lienzo, así que no se puede crear el PNG.',
    noEncode: 'el navegador no pudo codificar el PNG',
  },
  slides: {
    drawing: (i, n) => `Dibujando la diapositiva ${i} de ${n}…`,
    done: 'Diapositivas descargadas.',
    failed: (why) => `No se pudieron crear las diapositivas: ${why}`,
    kicker: 'Un relato contado con Frontera',
    credit: (articles, publishers, years) =>
      `A partir de ${articles} artículos periodísticos (${publishers}, ${years}). Cada paso cita su artículo y su párrafo; las fuentes figuran al final.`,
    made: (date) => `Diapositivas creadas el ${date}`,
    sourcesTitle: 'Fuentes',
    sourcesIntro:
      'Los artículos que cita este relato, con los párrafos (¶) en que se apoya cada paso:',
    article: (author, title, publisher, date) => `${author}, “${title}”, ${publisher}, ${date}`,
    usedIn: (steps) => `citado en los pasos ${steps}`,
    live: (i) => `Abrir el paso ${i} en vivo ↗`,
    notesExcerpts: 'Lo que dice el artículo (extractos literales):',
    notesQuote: (speaker) => `Cita (${speaker}):`,
    notesNoEvent: 'Este paso no remite a un único evento; véase la diapositiva de fuentes.',
    notesTitle: 'Sobre este relato:',
  },
};
