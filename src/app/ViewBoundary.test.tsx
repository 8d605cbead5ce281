import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ViewBoundary } from './ViewBoundary';

let broken = true;
function Boom(): never | null {
  if (broken) throw new Error('bad coordinates');
  return null;
}

function Page() {
  const [count, setCount] = useState(0);
  return (
    <>
      <ViewBoundary view="map">
        <Boom />
      </ViewBoundary>
      <button type="button" onClick={() => setCount(count + 1)}>
        Timeline still works: {count}
      </button>
    </>
  );
}

afterEach(() => vi.restoreAllMocks());

describe('ViewBoundary', () => {
  it('says which view broke, keeps the others working, and reloads the broken one', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    broken = true;
    render(<Page />);
    expect(screen.getByRole('alert')).toHaveTextContent('The map stopped working.');
    expect(screen.getByRole('alert')).toHaveTextContent('bad coordinates');
    fireEvent.click(screen.getByRole('button', { name: /Timeline still works/ }));
    expect(screen.getByRole('button', { name: 'Timeline still works: 1' })).toBeVisible();
    broken = false;
    fireEvent.click(screen.getByRole('button', { name: 'Reload this part' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
