import { memo, useMemo, useRef } from 'react';
import type { Dataset } from '../data/schema';
import { useI18n } from '../i18n/useI18n';
import { useDatasetModel } from '../session/hooks';
import { DEFAULT_VIEW } from '../session/state';
import { useFits } from '../ui/useFits';

const year = (t: number) => String(new Date(t).getUTCFullYear());

/** Events before and after the focus years, and the first and last days any event reaches. */
function outsideFocus(dataset: Dataset): {
  before: number;
  after: number;
  first: number;
  last: number;
} {
  const [f0, f1] = DEFAULT_VIEW;
  let before = 0;
  let after = 0;
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const e of dataset.events) {
    if (e.t1 <= f0) before++;
    else if (e.t0 >= f1) after++;
    first = Math.min(first, e.t0);
    last = Math.max(last, e.t1 - 1);
  }
  return { before, after, first, last };
}

/**
 * What the product focuses on and what lies outside it:
 * "US–Mexico border enforcement · 101 events · focus 2016–2023 · 9 earlier, from 1998".
 * Memoised: the header re-renders on every filter change; 100,000 events are counted once.
 */
export const DatasetSummary = memo(function DatasetSummary() {
  const { dataset } = useDatasetModel();
  const { t, f } = useI18n();
  const line = useRef<HTMLParagraphElement>(null);
  const count = useRef<HTMLElement>(null);
  const countFits = useFits(line, count);
  const [f0, f1] = DEFAULT_VIEW;
  const { before, after, first, last } = useMemo(() => outsideFocus(dataset), [dataset]);
  const outside = [
    before ? t.app.earlier(before, year(first)) : '',
    after ? t.app.later(after, year(last)) : '',
  ].filter(Boolean);
  // Whole phrases, each kept in one piece: where the line is short, the last ones give way
  // rather than a phrase being cut ("9 earlier, from …").
  return (
    <p
      ref={line}
      className={`dataset-summary${countFits ? '' : ' no-room'}`}
      data-testid="dataset-summary"
    >
      <span className="tagline">{t.app.tagline} · </span>
      <strong ref={count}>{f.plural(dataset.events.length, t.app.events)}</strong>
      <span> · {t.app.focus(year(f0), year(f1 - 1))}</span>
      {outside.map((o) => (
        <span key={o}> · {o}</span>
      ))}
    </p>
  );
});
