import { fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { fixtureDataset } from '../../../tests/fixtures';
import { DatasetProvider } from '../../session/datasetContext';
import { useStore } from '../../session/store';
import { Timeline } from './Timeline';

const initial = useStore.getState();
beforeEach(() => useStore.setState(initial, true));

type Drawn = { id: string; x: number; y: number; w: number; label: string | null; hl: number };
const drawn = (c: HTMLElement): Drawn[] =>
  JSON.parse(c.querySelector('[data-testid="timeline-marks"]')?.getAttribute('data-marks') ?? '[]');

const renderTimeline = () =>
  render(
    <DatasetProvider dataset={fixtureDataset}>
      <Timeline />
    </DatasetProvider>,
  );

describe('Timeline (jsdom)', () => {
  it('draws year ticks for the default 2016–2023 view', () => {
    const { container } = renderTimeline();
    const ticks = [...container.querySelectorAll('.timeline-axis .tick text')].map(
      (t) => t.textContent,
    );
    expect(ticks).toEqual(expect.arrayContaining(['2016', '2018', '2020', '2022']));
  });

  it('switches to month ticks when zoomed in', () => {
    useStore.setState({ view: [Date.UTC(2018, 9, 1), Date.UTC(2019, 1, 1)] });
    const { container } = renderTimeline();
    const ticks = [...container.querySelectorAll('.timeline-axis .tick text')].map(
      (t) => t.textContent,
    );
    expect(ticks).toEqual(expect.arrayContaining(['November', 'December', '2019']));
  });

  it('draws one mark per visible event, with spans for coarse precision', () => {
    const { container } = renderTimeline();
    // Default view 2016–2023 hides the 2009–2013 Mérida span and the 2014 programme.
    expect(
      drawn(container)
        .map((m) => m.id)
        .sort(),
    ).toEqual(['ayala', 'caravan', 'memo', 'mpp', 'tear-gas', 'tweet']);
  });

  it('draws a month-precision event as a span of that month, never as a day', () => {
    useStore.setState({ view: [Date.UTC(2023, 0, 1), Date.UTC(2024, 0, 1)] });
    const { container } = renderTimeline();
    const marks = drawn(container);
    const monthWidth = marks.find((m) => m.id === 'ayala')?.w ?? 0;
    // October is 31/365 of the lane width; a day mark only has the minimum width.
    expect(monthWidth).toBeGreaterThan(40);
    expect(marks.find((m) => m.id === 'caravan')?.w).toBeLessThan(monthWidth / 3);
  });

  it('labels both administration bands with their presidents', () => {
    const { container } = renderTimeline();
    const bands = container.querySelector('.admin-bands') as HTMLElement;
    for (const name of ['Trump', 'Biden', 'Peña Nieto', 'López Obrador']) {
      expect(within(bands).getByText(name)).toBeInTheDocument();
    }
    expect(within(bands).getByText(/^US pres/)).toBeInTheDocument();
    expect(within(bands).getByText(/^(Mexico|MX) pres/)).toBeInTheDocument();
  });

  it('gives the playhead a slider role and steps between events with the arrow keys', () => {
    useStore.setState({ playhead: Date.UTC(2018, 10, 25) });
    renderTimeline();
    const slider = screen.getByRole('slider', { name: 'Playhead date' });
    expect(slider).toHaveAttribute('aria-valuetext', expect.stringMatching(/^25 November 2018/));
    fireEvent.keyDown(slider, { key: 'ArrowRight' });
    expect(useStore.getState().playhead).toBe(Date.UTC(2018, 10, 26));
    fireEvent.keyDown(slider, { key: 'ArrowRight' });
    expect(useStore.getState().playhead).toBe(Date.UTC(2019, 0, 25));
    fireEvent.keyDown(slider, { key: 'ArrowLeft' });
    expect(useStore.getState().playhead).toBe(Date.UTC(2018, 10, 26));
    fireEvent.keyDown(slider, { key: 'ArrowRight', shiftKey: true });
    expect(useStore.getState().playhead).toBe(Date.UTC(2018, 11, 26));
  });

  it('selects the event under the playhead with Enter', () => {
    useStore.setState({ playhead: Date.UTC(2018, 10, 25) });
    renderTimeline();
    fireEvent.keyDown(screen.getByRole('slider'), { key: 'Enter' });
    expect(useStore.getState().selectedEventId).toBe('tear-gas');
  });

  it('zooms with the on-screen buttons and the + / − keys', () => {
    renderTimeline();
    const span = () => useStore.getState().view[1] - useStore.getState().view[0];
    const before = span();
    fireEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    expect(span()).toBeCloseTo(before / 2, -3);
    fireEvent.keyDown(screen.getByRole('slider'), { key: '-' });
    expect(span()).toBeCloseTo(before, -3);
  });

  it('highlights the selected site’s events and dims the rest', () => {
    useStore.setState({ selectedPlaceId: 'san-ysidro-poe' });
    const { container } = renderTimeline();
    const marks = drawn(container);
    expect(marks.find((m) => m.id === 'mpp')?.hl).toBe(1);
    expect(marks.find((m) => m.id === 'tweet')?.hl).toBe(0);
  });

  it('Enter on the playhead and a click on the mark select an event the same way', () => {
    const pick = () => {
      const { selectedEventId, playhead, view, mapRequest } = useStore.getState();
      return { selectedEventId, playhead, view, mapRequest };
    };
    useStore.setState({ playhead: Date.UTC(2018, 10, 24) });
    const { container, unmount } = renderTimeline();
    fireEvent.keyDown(screen.getByRole('slider'), { key: 'Enter' });
    const byKey = pick();
    unmount();
    useStore.setState(initial, true);
    useStore.setState({ playhead: Date.UTC(2018, 10, 24) });
    const again = renderTimeline();
    const mark = drawn(again.container).find((m) => m.id === 'tear-gas');
    if (!mark) throw new Error('tear-gas not drawn');
    fireEvent.click(again.getByTestId('timeline-marks'), {
      clientX: mark.x + mark.w / 2,
      clientY: mark.y,
    });
    expect(pick()).toEqual(byKey);
    expect(byKey.selectedEventId).toBe('tear-gas');
    expect(byKey.mapRequest).toMatchObject({
      kind: 'fit',
      placeIds: ['san-ysidro-poe', 'tijuana'],
    });
    void container;
  });
});
