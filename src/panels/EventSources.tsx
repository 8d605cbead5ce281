import type { FronteraEvent } from '../data/schema';
import { formatEventDate } from '../domain/formatDate';
import { useDatasetModel } from '../state/datasetContext';

/** The articles an event comes from, each with the excerpt that locates the fact. */
export function EventSources({ event }: { event: FronteraEvent }) {
  const { articlesById } = useDatasetModel();
  return (
    <section className="card-sources" aria-label="Sources">
      <h3>Source{event.sources.length > 1 ? 's' : ''}</h3>
      <ul>
        {event.sources.map((s) => {
          const a = articlesById.get(s.article);
          return (
            <li key={`${s.article}-${s.excerpt}`}>
              {a ? (
                <cite>
                  {a.title} — {a.author}, {a.publisher},{' '}
                  {formatEventDate({ start: a.published, precision: 'day', approximate: false })}
                </cite>
              ) : (
                <cite>{s.article}</cite>
              )}
              <q className="excerpt">{s.excerpt}</q>
              {s.paragraph !== undefined && (
                <span className="paragraph-ref" title={`Paragraph ${s.paragraph} of the article`}>
                  ¶ {s.paragraph}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
