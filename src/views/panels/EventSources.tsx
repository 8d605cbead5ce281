import type { FronteraEvent } from '../../data/schema';
import { sourceLink } from '../../domain/sourceLink';
import { useFullI18n } from '../../i18n/useI18n';
import { useDatasetModel } from '../../session/hooks';

/** The articles an event comes from, each with the excerpt (verbatim) that locates the fact. */
export function EventSources({ event }: { event: FronteraEvent }) {
  const { articlesById } = useDatasetModel();
  const { t, f, lang } = useFullI18n();
  return (
    <section className="card-sources" aria-label={f.plural(event.sources.length, t.card.source)}>
      <h4>{f.plural(event.sources.length, t.card.source)}</h4>
      <ul>
        {event.sources.map((s) => {
          const a = articlesById.get(s.article);
          return (
            <li key={`${s.article}-${s.excerpt}`}>
              {a ? (
                <cite lang="en">
                  <SourceTitle title={a.title} link={sourceLink(a)} /> — {a.author}, {a.publisher},{' '}
                  {f.eventDate({ start: a.published, precision: 'day', approximate: false })}
                </cite>
              ) : (
                <cite>{s.article}</cite>
              )}
              <q className="excerpt" lang="en">
                {s.excerpt}
              </q>
              {lang !== 'en' && <span className="muted"> ({t.card.inOriginal})</span>}
              {s.paragraph !== undefined && (
                <span className="paragraph-ref" title={t.card.paragraph(f.number(s.paragraph))}>
                  ¶ {s.paragraph}
                </span>
              )}
            </li>
          );
        })}
        {event.media && (
          <li className="card-media">
            {t.card.media}{' '}
            <a href={event.media.url} target="_blank" rel="noopener noreferrer">
              {event.media.caption ?? hostOf(event.media.url)}
            </a>
            {event.media.credit && <span className="muted"> — {event.media.credit}</span>}
          </li>
        )}
      </ul>
    </section>
  );
}

/** An imported source with a web address links to it (opened elsewhere, never loaded here). */
function SourceTitle({ title, link }: { title: string; link: string | null }) {
  return link ? (
    <a href={link} target="_blank" rel="noopener noreferrer">
      {title}
    </a>
  ) : (
    title
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}
