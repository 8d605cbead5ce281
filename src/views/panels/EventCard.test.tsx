import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fixtureDataset } from '../../../tests/fixtures';
import { renderWithSession } from '../../../tests/renderWithSession';
import { type Dataset, DatasetSchema, type FronteraEvent } from '../../data/schema';
import { EventCard } from './EventCard';

const base = fixtureDataset.events.find((e) => e.id === 'mpp') as FronteraEvent;

/** The fixture's MPP event as the fact-checked dataset holds it: planned, attributed, ranged. */
const mpp: FronteraEvent = {
  ...base,
  status: 'planned',
  date: {
    ...base.date,
    start: '2019-01',
    precision: 'month',
    basis: 'inferred',
    note: 'the article says CBP will begin',
  },
  t0: Date.UTC(2019, 0, 1),
  t1: Date.UTC(2019, 1, 1),
  attribution: { claimant: 'an anonymous DHS official', via: 'NBC News and the Washington Post' },
  figures: [
    {
      min: 6000,
      max: 7000,
      qualifier: 'exact',
      unit: 'people',
      counts: 'asylum seekers waiting at ports of entry',
    },
    { min: 10000, qualifier: 'more than', unit: 'people', counts: 'arrests a day' },
  ],
  discrepancy:
    'The article calls CBP “Customs and Border Patrol”; the agency is Customs and Border Protection.',
  context: {
    text: 'The policy took effect at San Ysidro on 28 January 2019.',
    source: 'Congressional Research Service legal sidebar, 1 February 2019',
  },
  note: 'The text does not say what Mexico did.',
  sources: [{ article: 'a-2018', excerpt: 'will begin initial implementation', paragraph: 3 }],
  admins: {
    us: ['trump'],
    mx: ['lopez-obrador'],
    reason: 'The programme was agreed by the incoming government.',
  },
};

const dataset: Dataset = DatasetSchema.parse({
  ...fixtureDataset,
  events: fixtureDataset.events.map((e) => (e.id === 'mpp' ? mpp : e)),
});

const renderCard = (event: FronteraEvent, data: Dataset = dataset) =>
  renderWithSession(<EventCard event={event} onClose={() => {}} />, { dataset: data });

/** The card's text blocks in reading order, as a screen reader or a skimming eye meets them. */
const readingOrder = (card: HTMLElement, probes: string[]) => {
  const text = card.textContent ?? '';
  return probes.map((p) => {
    const at = text.indexOf(p);
    if (at < 0) throw new Error(`"${p}" is not on the card`);
    return at;
  });
};

describe('EventCard', () => {
  it('shows status, attribution, figure ranges, discrepancy, paragraph and the editors’ reason', () => {
    renderCard(mpp);
    const card = screen.getByRole('article');
    expect(within(card).getByText(/had not happened when the article was published/)).toBeVisible();
    expect(card).toHaveTextContent(
      'Who says so: according to an anonymous DHS official, as reported by NBC News and the Washington Post',
    );
    const figures = within(card).getByRole('list', { name: 'Figures' });
    expect(figures).toHaveTextContent(
      '6,000–7,000 people — asylum seekers waiting at ports of entry',
    );
    expect(figures).toHaveTextContent('more than 10,000 people — arrests a day');
    expect(within(card).getByText('¶ 3')).toBeVisible();
    expect(card).toHaveTextContent('Worked out from the article: the article says CBP will begin');
    expect(card).toHaveTextContent('Set by editors');
    expect(card).toHaveTextContent('The programme was agreed by the incoming government.');
    expect(card).not.toHaveTextContent('Check:');
  });

  it('reads like news first: title, date, what happened, who says so; then provenance', () => {
    renderCard(mpp);
    const card = screen.getByRole('article');
    const positions = readingOrder(card, [
      mpp.title,
      'January 2019',
      mpp.summary,
      'Who says so:',
      'How we know',
      'will begin initial implementation',
      'Editors’ note: The text does not say what Mexico did.',
      'Cite this event',
      'How we dated this',
      'Worked out from the article',
      'Not from the article',
    ]);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    const headings = within(card)
      .getAllByRole('heading')
      .map((h) => h.textContent);
    expect(headings.slice(0, 1)).toEqual([mpp.title]);
    expect(headings.filter((h) => /How we|Not from/.test(h ?? ''))).toEqual([
      'How we know',
      'How we dated this',
      'Not from the article',
    ]);
  });

  it('keeps what other sources say apart, under "Not from the article", with its source', () => {
    renderCard(mpp);
    const block = screen.getByTestId('not-from-article');
    expect(within(block).getByRole('heading', { name: 'Not from the article' })).toBeVisible();
    expect(block).toHaveTextContent(
      'Where the article is vague or other sources differ: The article calls CBP “Customs and Border Patrol”',
    );
    expect(block).toHaveTextContent(
      'Other reporting adds: The policy took effect at San Ysidro on 28 January 2019. Source: Congressional Research Service legal sidebar, 1 February 2019.',
    );
    // Nothing from elsewhere before the block: the news and the article come first.
    const card = screen.getByRole('article');
    const [news, outside] = readingOrder(card, [mpp.summary, 'Not from the article']);
    expect(news).toBeLessThan(outside as number);
  });

  it('has no "Not from the article" block when the article is all there is', () => {
    const plain: FronteraEvent = { ...mpp, discrepancy: undefined, context: undefined };
    delete plain.discrepancy;
    delete plain.context;
    renderCard(plain);
    expect(screen.queryByTestId('not-from-article')).toBeNull();
  });

  it('dates an undated remark by the report, and says so', () => {
    const remark: FronteraEvent = {
      ...base,
      date: { start: '2018-11-27', precision: 'day', approximate: false, basis: 'reported' },
      t0: Date.UTC(2018, 10, 27),
      t1: Date.UTC(2018, 10, 28),
      admins: { us: ['trump'], mx: ['pena-nieto'] },
    };
    renderCard(
      remark,
      DatasetSchema.parse({
        ...fixtureDataset,
        events: fixtureDataset.events.map((e) => (e.id === remark.id ? remark : e)),
      }),
    );
    const card = screen.getByRole('article');
    expect(within(card).getByText('reported 27 November 2018')).toBeVisible();
    expect(card).toHaveTextContent(
      'Dated by the day the article reported it, 27 November 2018: it was said or done then or earlier.',
    );
  });
});
