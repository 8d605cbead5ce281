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

describe('EventCard', () => {
  it('shows status, attribution, figure ranges, discrepancy, paragraph and the editors’ reason', () => {
    renderWithSession(<EventCard event={mpp} onClose={() => {}} />, { dataset });
    const card = screen.getByRole('article');
    expect(within(card).getByText(/had not happened when the article was published/)).toBeVisible();
    expect(card).toHaveTextContent(
      'according to an anonymous DHS official, as reported by NBC News and the Washington Post',
    );
    const figures = within(card).getByRole('list', { name: 'Figures' });
    expect(figures).toHaveTextContent(
      '6,000–7,000 people — asylum seekers waiting at ports of entry',
    );
    expect(figures).toHaveTextContent('more than 10,000 people — arrests a day');
    expect(card).toHaveTextContent('Check: The article calls CBP');
    expect(within(card).getByText('¶ 3')).toBeVisible();
    expect(card).toHaveTextContent('Worked out from the article: the article says CBP will begin');
    expect(card).toHaveTextContent('Set by editors');
    expect(card).toHaveTextContent('The programme was agreed by the incoming government.');
  });
});
