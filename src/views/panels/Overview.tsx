import { useI18n } from '../../i18n/useI18n';
import { useDatasetModel } from '../../session/hooks';

/** What the reader sees before choosing anything: how to use the explorer and what it draws on. */
export function Overview() {
  const { dataset } = useDatasetModel();
  const { t } = useI18n();
  const years = `${dataset.articles[0]?.published.slice(0, 4)}–${dataset.articles.at(-1)?.published.slice(0, 4)}`;
  return (
    <section className="overview">
      <h2>{t.overview.title}</h2>
      <ul>
        <li>{t.overview.play}</li>
        <li>{t.overview.site}</li>
        <li>{t.overview.window}</li>
      </ul>
      <p className="muted">
        {t.overview.drawn(dataset.events.length, dataset.articles.length, years)}
      </p>
    </section>
  );
}
