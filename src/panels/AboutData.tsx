import { useEffect, useId, useRef } from 'react';
import { formatEventDate } from '../domain/formatDate';
import { useDatasetModel } from '../state/datasetContext';

/**
 * Where the events come from and how far to trust them: the sources and their stance, how events
 * were extracted, the date and place rules, and how to report an error.
 */
export function AboutData({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const { dataset } = useDatasetModel();
  const publishers = [...new Set(dataset.articles.map((a) => a.publisher))];
  const counts = { planned: 0, attributed: 0, discrepancy: 0 };
  for (const e of dataset.events) {
    if (e.status === 'planned') counts.planned++;
    if (e.attribution) counts.attributed++;
    if (e.discrepancy) counts.discrepancy++;
  }

  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal?.();
  }, []);

  return (
    <dialog ref={ref} className="about-dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      <h2 id={`${id}-title`}>About the data</h2>
      <section aria-labelledby={`${id}-sources`}>
        <h3 id={`${id}-sources`}>Sources</h3>
        <p>
          All {dataset.events.length} events come from {dataset.articles.length} articles published
          by {publishers.join(', ')}
          {publishers.length === 1 ? ', a single outlet' : ''}. The World Socialist Web Site is
          published by the Socialist Equality Party and takes a strong editorial stance: it is
          hostile to the US and Mexican governments of every party and describes their policies in
          those terms. Frontera keeps its own voice neutral. Where a card repeats how an article or
          anyone else characterises something, it says who did ({counts.attributed} events carry an
          explicit attribution).
        </p>
        <ul className="about-articles">
          {dataset.articles.map((a) => (
            <li key={a.id}>
              <cite>{a.title}</cite> — {a.author},{' '}
              {formatEventDate({ start: a.published, precision: 'day', approximate: false })}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby={`${id}-how`}>
        <h3 id={`${id}-how`}>How events were extracted</h3>
        <ul>
          <li>
            Each article was read paragraph by paragraph; every statement that can be dated, even
            only to a year, was considered. Separate happenings are separate events. What was left
            out, and why, is listed in the dataset’s <code>excluded.md</code>.
          </li>
          <li>
            Titles and summaries are written in our own words; a check refuses any that repeats
            eight or more consecutive words of its article. Only quotes and the evidence excerpts
            are verbatim, and each excerpt gives its paragraph (¶) in the article.
          </li>
          <li>
            Dates are given only as precisely as the text allows: a day, a month or a year. Each
            card says whether the date is written in the article, counted from a phrase such as
            “last week”, worked out from the text, or taken from the public record.
          </li>
          <li>
            {counts.planned} events were only planned or announced when reported; they are drawn as
            hollow marks and their cards say so. {counts.discrepancy} cards carry a “Check” note
            where the article is vague or disagrees with the public record.
          </li>
          <li>
            An event is placed on the map only where the article puts it. Presidencies follow the
            date, except where editors set them by hand, which the card shows with the reason.
          </li>
        </ul>
      </section>
      <section aria-labelledby={`${id}-report`}>
        <h3 id={`${id}-report`}>Found an error?</h3>
        <p>
          Report it with the event’s id (the <code>event=</code> part of the page address), the
          article and paragraph, and what the text says. Corrections go through the same checks.
        </p>
      </section>
      <form method="dialog" className="dialog-actions">
        <button type="submit">Close</button>
      </form>
    </dialog>
  );
}
