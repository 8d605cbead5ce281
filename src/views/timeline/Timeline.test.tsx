import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithSession } from '../../../tests/renderWithSession';
import type { SessionState } from '../../session/state';
import { readProbe } from '../../ui/debugProbe';
import { Timeline } from './Timeline';

/** The marks as the timeline drew them, through the debug probe (on in tests). */
const drawn = () => readProbe('marks')?.() ?? [];

const renderTimeline = (initial: Partial<SessionState> = {}) =>
  renderWithSession(<Timeline />, { initial });

describe('Timeline (jsdom)', () => {
  it('draws year ticks for the default 2016–2023 view', () => {
    const { container } = renderTimeline();
    const ticks = [...container.querySelectorAll('.timeline-axis .tick text')].map(
      (t) => t.textContent,
    );
    expect(ticks).toEqual(expect.arrayContaining(['2016', '2018', '2020', '2022']));
  });

  it('switches to month ticks when zoomed in', () => {
    const { container } = renderTimeline({ view: [Date.UTC(2018, 9, 1), Date.UTC(2019, 1, 1)] });
    const ticks = [...container.querySelectorAll('.timeline-axis .tick text')].map(
      (t) => t.textContent,
    );
    expect(ticks).toEqual(expect.arrayContaining(['November', 'December', '2019']));
  });

  it('draws one mark per visible event, with spans for coarse precision', () => {
    renderTimeline();
    // Default view 2016–2023 hides the 2009–2013 Mérida span and the 2014 programme.
    expect(
      drawn()
        .map((m) => m.id)
        .sort(),
    ).toEqual(['ayala', 'caravan', 'memo', 'mpp', 'tear-gas', 'tweet']);
  });

  it('draws a month-precision event as a span of that month, never as a day', () => {
    renderTimeline({ view: [Date.UTC(2023, 0, 1), Date.UTC(2024, 0, 1)] });
    const marks = drawn();
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
    const { state } = renderTimeline({ playhead: Date.UTC(2018, 10, 25) });
    const slider = screen.getByRole('slider', { name: 'Playhead date' });
    expect(slider).toHaveAttribute('aria-valuetext', expect.stringMatching(/^25 November 2018/));
    fireEvent.keyDown(slider, { key: 'ArrowRight' });
    expect(state().playhead).toBe(Date.UTC(2018, 10, 26));
    fireEvent.keyDown(slider, { key: 'ArrowRight' });
    expect(state().playhead).toBe(Date.UTC(2019, 0, 25));
    fireEvent.keyDown(slider, { key: 'ArrowLeft' });
    expect(state().playhead).toBe(Date.UTC(2018, 10, 26));
    fireEvent.keyDown(slider, { key: 'ArrowRight', shiftKey: true });
    expect(state().playhead).toBe(Date.UTC(2018, 11, 26));
  });

  it('selects the event under the playhead with Enter', () => {
    const { state } = renderTimeline({ playhead: Date.UTC(2018, 10, 25) });
    fireEvent.keyDown(screen.getByRole('slider'), { key: 'Enter' });
    expect(state().selectedEventId).toBe('tear-gas');
  });

  it('zooms with the on-screen buttons and the + / − keys', () => {
    const { state } = renderTimeline();
    const span = () => state().view[1] - state().view[0];
    const before = span();
    fireEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    expect(span()).toBeCloseTo(before / 2, -3);
    fireEvent.keyDown(screen.getByRole('slider'), { key: '-' });
    expect(span()).toBeCloseTo(before, -3);
  });

  it('highlights the selected site’s events and dims the rest', () => {
    renderTimeline({ selectedPlaceId: 'san-ysidro-poe' });
    const marks = drawn();
    expect(marks.find((m) => m.id === 'mpp')?.hl).toBe(1);
    expect(marks.find((m) => m.id === 'tweet')?.hl).toBe(0);
  });

  it('Enter on the playhead and a click on the mark select an event the same way', () => {
    const pick = ({ selectedEventId, playhead, view, mapRequest }: SessionState) => ({
      selectedEventId,
      playhead,
      view,
      mapRequest,
    });
    const start = { playhead: Date.UTC(2018, 10, 24) };
    const byKey = renderTimeline(start);
    fireEvent.keyDown(screen.getByRole('slider'), { key: 'Enter' });
    byKey.unmount();
    const byClick = renderTimeline(start);
    const mark = drawn().find((m) => m.id === 'tear-gas');
    if (!mark) throw new Error('tear-gas not drawn');
    fireEvent.click(byClick.getByTestId('timeline-marks'), {
      clientX: mark.x + mark.w / 2,
      clientY: mark.y,
    });
    expect(pick(byClick.state())).toEqual(pick(byKey.state()));
    expect(byKey.state().selectedEventId).toBe('tear-gas');
    expect(byKey.state().mapRequest).toMatchObject({
      kind: 'reveal',
      placeIds: ['san-ysidro-poe', 'tijuana'],
    });
  });
});
