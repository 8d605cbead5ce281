/**
 * Every spreadsheet fixture through the app's own file input, in English and in Spanish: the
 * events a reader then sees (titles and dates in the list, new places on the map), or the exact
 * messages that say why nothing was drawn.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ARTIFACTS,
  axeViolations,
  drawnSites,
  type Harness,
  openPage,
  ROOT,
  startHarness,
  waitForMap,
} from './harness';

const DIR = resolve(ROOT, 'tests/fixtures/spreadsheets');
type Lang = 'en' | 'es';

const WORDS = {
  en: {
    open: 'Your data',
    choose: 'Choose a file',
    ready: /^Ready: (\d+) events\./,
    blocked: /^Nothing is loaded/,
    show: /^Show these \d+ events$/,
    list: /Event list/,
    close: 'Close your data',
    dialogClose: 'Close',
  },
  es: {
    open: 'Sus datos',
    choose: 'Elegir un archivo',
    ready: /^Listo: (\d+) eventos\./,
    blocked: /^No se carga nada/,
    show: /^Mostrar estos \d+ eventos$/,
    list: /Lista de eventos/,
    close: 'Cerrar sus datos',
    dialogClose: 'Cerrar',
  },
} as const;

/** What a reader sees after loading a file: list rows as "date · title", and new map sites. */
interface Loaded {
  rows: string[];
  sites?: string[];
  banner?: RegExp;
}

const LOADS: Record<string, Record<Lang, Loaded>> = {
  'place-lat-lon.csv': {
    en: {
      rows: [
        '2 November 2020 · Council hearing on border lighting',
        '12 May 2021 · Forum on crossing wait times',
        'March 2022 · Shelter adds beds',
        '30 August 2023 · Volunteer water drop',
      ],
      sites: ['nogales', 'yuma', 'el-paso'],
    },
    es: {
      rows: [
        '2 de noviembre de 2020 · Council hearing on border lighting',
        '12 de mayo de 2021 · Forum on crossing wait times',
        'marzo de 2022 · Shelter adds beds',
        '30 de agosto de 2023 · Volunteer water drop',
      ],
      sites: ['nogales', 'yuma', 'el-paso'],
    },
  },
  'excel-windows-utf8-bom.csv': {
    en: {
      rows: [
        // The sheet marks it approximate.
        'c. February 2019 · Shelter meeting at Ciudad Juárez',
        '16 December 2019 – 5 January 2020 · Port hours extended for the holidays',
      ],
      sites: ['ciudad-juarez', 'tijuana', 'san-diego'],
    },
    es: {
      rows: [
        'aprox. febrero de 2019 · Shelter meeting at Ciudad Juárez',
        '16 de diciembre de 2019 – 5 de enero de 2020 · Port hours extended for the holidays',
      ],
      sites: ['ciudad-juarez', 'tijuana', 'san-diego'],
    },
  },
  'excel-windows-1252.csv': {
    en: {
      rows: ['20 June 2018 · Vigil at the bridge', 'April 2019 · Hearing in Reynosa'],
      sites: ['ciudad-juarez', 'reynosa'],
    },
    es: {
      rows: ['20 de junio de 2018 · Vigil at the bridge', 'abril de 2019 · Hearing in Reynosa'],
      sites: ['ciudad-juarez', 'reynosa'],
    },
  },
  'excel-european-semicolon.csv': {
    en: {
      rows: [
        '15 January 2020 · Foro sobre tiempos de cruce',
        'July 2021 · Albergue amplía su horario',
        '2022 · Reunión en Tijuana',
      ],
      sites: ['nogales', 'matamoros', 'tijuana'],
    },
    es: {
      rows: [
        '15 de enero de 2020 · Foro sobre tiempos de cruce',
        'julio de 2021 · Albergue amplía su horario',
        '2022 · Reunión en Tijuana',
      ],
      sites: ['nogales', 'matamoros', 'tijuana'],
    },
  },
  'excel-unicode-text.txt': {
    en: {
      rows: [
        '21 February 2017 · Memo on enforcement priorities',
        'January 2019 · Protocols begin at San Ysidro',
      ],
      sites: ['white-house', 'san-ysidro-poe'],
    },
    es: {
      rows: [
        '21 de febrero de 2017 · Memo on enforcement priorities',
        'enero de 2019 · Protocols begin at San Ysidro',
      ],
      sites: ['white-house', 'san-ysidro-poe'],
    },
  },
  'google-sheets.csv': {
    en: {
      rows: [
        '13 November 2018 · Caravan reaches the border',
        'May – June 2019 · Talks on asylum rules, round two',
      ],
      sites: ['tijuana', 'mexico-city'],
    },
    es: {
      rows: [
        '13 de noviembre de 2018 · Caravan reaches the border',
        'mayo–junio de 2019 · Talks on asylum rules, round two',
      ],
      sites: ['tijuana', 'mexico-city'],
    },
  },
  'libreoffice.csv': {
    en: {
      rows: [
        '6 April 2016 · Report on detentions published',
        'February 2017 · Visit by two secretaries',
        '25 November 2018 · Crossing closed for hours',
        '2023 · Shelter network expands',
      ],
      sites: ['mexico-city', 'san-ysidro-poe', 'nogales'],
    },
    es: {
      rows: [
        '6 de abril de 2016 · Report on detentions published',
        'febrero de 2017 · Visit by two secretaries',
        '25 de noviembre de 2018 · Crossing closed for hours',
        '2023 · Shelter network expands',
      ],
      sites: ['mexico-city', 'san-ysidro-poe', 'nogales'],
    },
  },
  'libreoffice.tsv': {
    en: {
      rows: [
        '6 April 2016 · Report on detentions published',
        'February 2017 · Visit by two secretaries',
        '25 November 2018 · Crossing closed for hours',
        '2023 · Shelter network expands',
      ],
    },
    es: {
      rows: [
        '6 de abril de 2016 · Report on detentions published',
        'febrero de 2017 · Visit by two secretaries',
        '25 de noviembre de 2018 · Crossing closed for hours',
        '2023 · Shelter network expands',
      ],
    },
  },
  'numbers.csv': {
    en: {
      rows: ['4 March 2023 · Cleanup along the river', 'September 2023 · Art walk at the port'],
      sites: ['yuma', 'nogales'],
    },
    es: {
      rows: [
        '4 de marzo de 2023 · Cleanup along the river',
        'septiembre de 2023 · Art walk at the port',
      ],
      sites: ['yuma', 'nogales'],
    },
  },
  'timelinejs-template.csv': {
    en: {
      rows: [
        'c. 1503–1519 · Mona Lisa',
        '1508–1512 · Sistine Chapel ceiling',
        '1656 · Las Meninas',
        'June 1889 · The Starry Night',
      ],
      banner: /“A Short History of Painting”/,
    },
    es: {
      rows: [
        'c. 1503–1519 · Mona Lisa',
        '1508–1512 · Sistine Chapel ceiling',
        '1656 · Las Meninas',
        'June 1889 · The Starry Night',
      ],
      banner: /“A Short History of Painting”/,
    },
  },
};

/** Files that load nothing, and the first messages, word for word. */
const REFUSED: Record<string, Record<Lang, string[]>> = {
  'ragged.csv': {
    en: [
      'row 3: 6 cells, but the header has 5 — an extra comma? A cell holding a comma must be in double quotes',
      'row 4: 4 cells, but the header has 5 — a missing comma? The values after it sit under the wrong columns',
    ],
    es: [
      'fila 3: 6 celdas, pero el encabezado tiene 5: ¿sobra una coma? Una celda que contiene una coma debe ir entre comillas dobles',
      'fila 4: 4 celdas, pero el encabezado tiene 5: ¿falta una coma? Los valores que siguen quedan bajo columnas equivocadas',
    ],
  },
  'timelinejs-ragged.csv': {
    en: [
      'every row (8) has 17 cells but the header has 18, so values sit under the wrong columns — the header has a column the rows lack, or every row misses one cell. Make them match; the problems listed below follow from this.',
    ],
    es: [
      'todas las filas (8) tienen 17 celdas, pero el encabezado tiene 18, así que los valores quedan bajo columnas equivocadas: el encabezado tiene una columna que las filas no tienen, o a cada fila le falta una celda. Hágalos coincidir; los problemas que siguen se deben a esto.',
    ],
  },
};

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());

async function choose(page: Page, lang: Lang, file: string) {
  const w = WORDS[lang];
  await page.getByRole('button', { name: w.open, exact: true }).click();
  await page.getByLabel(w.choose).setInputFiles(resolve(DIR, file));
  const status = page.locator('.import-status');
  await expect
    .poll(() => status.textContent(), { timeout: 20_000 })
    .toMatch(new RegExp(`${w.ready.source}|${w.blocked.source}`));
  return (await status.textContent()) ?? '';
}

async function listRows(page: Page, lang: Lang): Promise<string[]> {
  await page.getByRole('tab', { name: WORDS[lang].list }).click();
  const rows = page.locator('.list-row');
  await rows.first().waitFor();
  return rows.evaluateAll((els) =>
    els.map((el) => {
      const date = el.querySelector('.list-date')?.textContent ?? '';
      const title = el.querySelector('.row-select')?.textContent ?? '';
      return `${date} · ${title}`;
    }),
  );
}

describe.each(['en', 'es'] as const)('spreadsheets through the file input (%s)', (lang) => {
  const w = WORDS[lang];

  // One page per language, as a reader trying file after file: each loaded, looked at, closed.
  it('every fixture: its events on screen, or the exact messages, cause first', async () => {
    const { page, context } = await openPage(h, `?lang=${lang}`);
    await waitForMap(page);
    for (const [file, byLang] of Object.entries(LOADS)) {
      const want = byLang[lang];
      const status = await choose(page, lang, file);
      expect(status, file).toMatch(w.ready);
      expect(Number(w.ready.exec(status)?.[1]), file).toBe(want.rows.length);
      await page.getByRole('button', { name: w.show }).click();
      await expect.poll(() => page.locator('.data-banner').textContent()).toContain(file);
      if (want.banner)
        expect(await page.locator('.data-banner').textContent(), file).toMatch(want.banner);
      expect(await listRows(page, lang), file).toEqual(want.rows);
      if (want.sites) {
        await waitForMap(page);
        await expect
          .poll(async () => (await drawnSites(page)).map((s) => s.id).sort(), {
            timeout: 15_000,
            message: file,
          })
          .toEqual([...want.sites].sort());
      }
      await page.screenshot({ path: resolve(ARTIFACTS, `fixture-${lang}-${file}.png`) });
      await page.getByRole('button', { name: w.close }).click();
      await page.locator('.data-banner').waitFor({ state: 'detached' });
    }
    for (const [file, byLang] of Object.entries(REFUSED)) {
      const want = byLang[lang];
      const status = await choose(page, lang, file);
      expect(status, file).toMatch(w.blocked);
      const shown = await page.locator('.import-errors li').allTextContents();
      expect(shown.slice(0, want.length), file).toEqual(want);
      // The dialog with its list of problems passes axe.
      expect(await axeViolations(page), file).toEqual([]);
      await page.screenshot({ path: resolve(ARTIFACTS, `fixture-${lang}-${file}.png`) });
      await page.getByRole('button', { name: w.dialogClose, exact: true }).click();
    }
    await context.close();
  }, 300_000);
});
