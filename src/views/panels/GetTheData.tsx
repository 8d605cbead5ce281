import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { datasetQuery } from '../../data/queries';
import type { FronteraEvent, Place } from '../../data/schema';
import { localizeDataset } from '../../domain/localizeDataset';
import { useFullI18n } from '../../i18n/useI18n';
import { useDatasetModel, useSession } from '../../session/hooks';
import { useLoadedFile } from '../../session/loadedFile';
import { useTexts } from '../../session/texts';
import { formatUrl, URL_DEFAULTS } from '../../session/url/table';
import { downloadText } from '../../ui/download';
import { shareBaseUrl } from '../../ui/publicUrl';

/**
 * "Get the data", as charts on Datawrapper or Our World in Data offer it: the events the list
 * shows (after filters and search) as a spreadsheet in the import template's columns, or as a
 * Frontera JSON file with their sources, places and where they were taken from.
 */
export function GetTheData({ events }: { events: readonly FronteraEvent[] }) {
  const { dataset } = useDatasetModel();
  const { t, f, lang } = useFullI18n();
  const client = useQueryClient();
  const filters = useSession((s) => s.filters);
  const window = useSession((s) => s.window);
  const dataUrl = useSession((s) => s.dataUrl);
  const texts = useTexts();
  const file = useLoadedFile((s) => s.file);
  const [status, setStatus] = useState('');
  const n = f.number(events.length);
  const stamp = new Date().toISOString().slice(0, 10);
  const name = `frontera-${events.length}-events-${stamp}`;

  /** Places the importer will know by name: the built-in gazetteer, whatever is on screen. */
  const gazetteer = async (): Promise<readonly Place[]> =>
    dataUrl || file ? (await client.fetchQuery(datasetQuery())).places : dataset.places;

  const csv = async () => {
    // The spreadsheet is in the reader's language, as the list shows the events.
    // The export code (and the schema it checks with) loads when a reader asks for a file.
    const { eventsToCsv } = await import('../../export/csv');
    const out = eventsToCsv(events.map(texts.event), texts.dataset, await gazetteer());
    downloadText(out.csv, `${name}.csv`, 'text/csv;charset=utf-8');
    setStatus(
      [
        t.getData.done(n, 'CSV'),
        out.unplaced.length ? t.getData.unplaced(f.number(out.unplaced.length)) : '',
      ]
        .filter(Boolean)
        .join(' '),
    );
  };

  const json = async () => {
    const { eventsToJson } = await import('../../export/json');
    // The file holds the base texts and every translation at hand, as a Frontera JSON file may.
    const base = localizeDataset(dataset, 'en');
    const translations = {
      ...base.translations,
      ...(texts.translation ? { [lang]: texts.translation } : {}),
    };
    const ids = new Set(events.map((e) => e.id));
    const home = file ? null : shareBaseUrl();
    const view = home
      ? new URL(`?${formatUrl({ ...URL_DEFAULTS, filters, window, lang, dataUrl })}`, home).href
      : undefined;
    const out = eventsToJson(
      Object.keys(translations).length ? { ...base, translations } : base,
      base.events.filter((e) => ids.has(e.id)),
      {
        exportedBy: `Frontera${home ? ` (${home})` : ''}`,
        exportedAt: new Date().toISOString(),
        from: file?.name ?? dataUrl ?? 'Frontera’s dataset (data/frontera.json)',
        ...(view ? { view } : {}),
        events: events.length,
        of: base.events.length,
        note: 'Each event cites the article it rests on: sources[].excerpt is verbatim and sources[].paragraph is the paragraph a reader counts in the original.',
      },
    );
    downloadText(`${JSON.stringify(out, null, 2)}\n`, `${name}.json`, 'application/json');
    setStatus(t.getData.done(n, 'JSON'));
  };

  return (
    <div className="get-data">
      <span className="get-data-label">{t.getData.title}</span>
      <button
        type="button"
        onClick={() => void csv()}
        aria-label={t.getData.csvLabel(n)}
        disabled={!events.length}
      >
        CSV
      </button>
      <button
        type="button"
        onClick={() => void json()}
        aria-label={t.getData.jsonLabel(n)}
        disabled={!events.length}
      >
        JSON
      </button>
      <span className="visually-hidden" role="status">
        {status}
      </span>
    </div>
  );
}
