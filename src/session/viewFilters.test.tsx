import { act, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithSession } from '../../tests/renderWithSession';
import { EMPTY_FILTERS } from '../domain/filters';
import { useSession, useViewFilters } from './hooks';
import { createSessionStore } from './store';
import { viewFiltersOf } from './viewFilters';

/** What the reader pressed, and what the views draw. */
function Probe() {
  const pressed = useSession((s) => s.filters.us.join(','));
  const drawn = useViewFilters().us.join(',');
  return (
    <p>
      pressed:{pressed || '-'} drawn:{drawn || '-'}
    </p>
  );
}

/** Frames on demand: a test says when the browser draws. */
let frames: FrameRequestCallback[] = [];
const drawFrame = () => {
  const due = frames;
  frames = [];
  for (const f of due) f(performance.now());
  vi.advanceTimersByTime(0);
};

beforeEach(() => {
  vi.useFakeTimers();
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => frames.push(f));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('the filters as the views draw them', () => {
  it('reach the views after the frame that shows the change, once for several changes', () => {
    const store = createSessionStore();
    const follower = viewFiltersOf(store);
    const heard = vi.fn();
    follower.subscribe(heard);
    const trump = { ...EMPTY_FILTERS, us: ['trump'] };
    const both = { ...trump, mx: ['amlo'] };
    store.setState({ filters: trump });
    store.setState({ filters: both });
    expect(follower.current).toBe(EMPTY_FILTERS);
    expect(heard).not.toHaveBeenCalled();
    drawFrame();
    expect(follower.current).toBe(both);
    expect(heard).toHaveBeenCalledTimes(1);
    // Other fields do not wake the views' filters.
    store.setState({ playhead: 0 });
    drawFrame();
    expect(heard).toHaveBeenCalledTimes(1);
    expect(viewFiltersOf(store)).toBe(follower);
  });

  it('still arrive on a hidden page, which draws no frames', () => {
    const store = createSessionStore();
    const follower = viewFiltersOf(store);
    store.setState({ filters: { ...EMPTY_FILTERS, us: ['obama'] } });
    vi.advanceTimersByTime(250);
    expect(follower.current.us).toEqual(['obama']);
  });

  it('show the pressed control at once and the views a frame later', () => {
    const { session } = renderWithSession(<Probe />);
    expect(screen.getByText('pressed:- drawn:-')).toBeTruthy();
    act(() => session.actions.toggleFacet('us', 'trump'));
    expect(screen.getByText('pressed:trump drawn:-')).toBeTruthy();
    act(() => drawFrame());
    expect(screen.getByText('pressed:trump drawn:trump')).toBeTruthy();
  });
});
