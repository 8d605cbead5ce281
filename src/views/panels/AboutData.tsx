import '../../styles/dialogs.css';
import { useEffect, useId, useRef } from 'react';
import { useFullI18n } from '../../i18n/useI18n';
import { useDatasetModel } from '../../session/hooks';

/**
 * Where the events come from and how far to trust them: the sources and their stance, how events
 * were extracted, the date and place rules, the translation, and how to report an error.
 */
export function AboutData({
  onClose,
  onImport,
  source = 'builtin',
}: {
  onClose: () => void;
  /** Offered here too, for screens where the header has no room for it. */
  onImport?: () => void;
  source?: 'builtin' | 'url' | 'file' | 'saved';
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const { dataset } = useDatasetModel();
  const { t, f } = useFullI18n();
  const publishers = [...new Set(dataset.articles.map((a) => a.publisher))];
  const counts = { planned: 0, attributed: 0, discrepancy: 0 };
  for (const e of dataset.events) {
    if (e.status === 'planned') counts.planned++;
    if (e.attribution) counts.attributed++;
    if (e.discrepancy || e.context) counts.discrepancy++;
  }

  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal?.();
  }, []);

  return (
    <dialog ref={ref} className="about-dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      <h2 id={`${id}-title`}>{t.about.title}</h2>
      {dataset.about && (
        <section className="about-file">
          <h3>{dataset.about.title}</h3>
          {dataset.about.introduction && <p>{dataset.about.introduction}</p>}
        </section>
      )}
      <section aria-labelledby={`${id}-sources`}>
        <h3 id={`${id}-sources`}>{t.about.sources}</h3>
        <p>
          {source !== 'builtin'
            ? t.yourData.aboutYours(dataset.events.length, dataset.articles.length)
            : t.about.sourcesText(
                dataset.events.length,
                dataset.articles.length,
                f.list(publishers),
                publishers.length === 1,
                counts.attributed,
              )}
        </p>
        <ul className="about-articles">
          {dataset.articles.map((a) => (
            <li key={a.id}>
              <cite lang="en">{a.title}</cite> — {a.author},{' '}
              {f.eventDate({ start: a.published, precision: 'day', approximate: false })}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby={`${id}-how`}>
        <h3 id={`${id}-how`}>{t.about.how}</h3>
        <ul>
          <li>{t.about.read}</li>
          <li>{t.about.words}</li>
          <li>{t.about.dates}</li>
          <li>{t.about.planned(counts.planned, counts.discrepancy)}</li>
          <li>{t.about.places}</li>
          <li>{t.about.translation}</li>
        </ul>
      </section>
      <section aria-labelledby={`${id}-report`}>
        <h3 id={`${id}-report`}>{t.about.report}</h3>
        <p>{t.about.reportText}</p>
      </section>
      <form method="dialog" className="dialog-actions">
        {onImport && (
          <button type="button" onClick={onImport}>
            {t.yourData.title}
          </button>
        )}
        <button type="submit">{t.about.close}</button>
      </form>
    </dialog>
  );
}
