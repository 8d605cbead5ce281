import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { loadCatalogue } from '../../i18n/catalogues';
import type { Lang } from '../../i18n/lang';
import { I18nProvider } from '../../i18n/useI18n';
import { DateField } from './DateField';

/** The field as the window controls use it: the committed day comes back as its value. */
function Harness({ onCommit }: { onCommit: (iso: string) => void }) {
  const [value, setValue] = useState('2018-11-25');
  return (
    <DateField
      label="Inicio del periodo"
      value={value}
      min="2015-10-01"
      max="2024-03-31"
      onCommit={(iso) => {
        setValue(iso);
        onCommit(iso);
      }}
    />
  );
}

// The Spanish catalogue is a chunk of its own: loaded before the Spanish page is drawn, as the app does.
beforeAll(() => loadCatalogue('es'));

/** The field in a page whose language is `lang`. */
const renderIn = (lang: Lang, onCommit: (iso: string) => void) =>
  render(
    <I18nProvider lang={lang}>
      <Harness onCommit={onCommit} />
    </I18nProvider>,
  );

describe('DateField', () => {
  it('shows and reads dd/mm/aaaa in Spanish, whatever the browser’s locale', async () => {
    const commit = vi.fn();
    renderIn('es', commit);
    const field = screen.getByRole('textbox', { name: 'Inicio del periodo' });
    expect(field).toHaveValue('25/11/2018');
    expect(field).toHaveAttribute('placeholder', 'dd/mm/aaaa');
    expect(field).toHaveAccessibleDescription(/dd\/mm\/aaaa/);
    await userEvent.clear(field);
    await userEvent.type(field, '3/1/2019{Enter}');
    expect(commit).toHaveBeenLastCalledWith('2019-01-03');
    expect(field).toHaveValue('03/01/2019');
    // A month name in Spanish, accents optional, set on leaving the field.
    await userEvent.clear(field);
    await userEvent.type(field, '1 de diciembre de 2018');
    await userEvent.tab();
    expect(commit).toHaveBeenLastCalledWith('2018-12-01');
  });

  it('is driven by the keyboard: arrows by a day, PageUp/PageDown by a month, Esc undoes', async () => {
    const commit = vi.fn();
    renderIn('es', commit);
    const field = screen.getByRole('textbox', { name: 'Inicio del periodo' });
    await userEvent.click(field);
    await userEvent.keyboard('{ArrowUp}');
    expect(commit).toHaveBeenLastCalledWith('2018-11-26');
    await userEvent.keyboard('{PageDown}');
    expect(commit).toHaveBeenLastCalledWith('2018-10-26');
    await userEvent.keyboard('{ArrowDown}');
    expect(field).toHaveValue('25/10/2018');
    await userEvent.type(field, '99');
    await userEvent.keyboard('{Escape}');
    expect(field).toHaveValue('25/10/2018');
  });

  it('says when it cannot read a day, in words, and changes nothing', async () => {
    const commit = vi.fn();
    renderIn('es', commit);
    const field = screen.getByRole('textbox', { name: 'Inicio del periodo' });
    await userEvent.clear(field);
    await userEvent.type(field, '31/02/2019{Enter}');
    expect(commit).not.toHaveBeenCalled();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'No es una fecha entre el 1 de octubre de 2015 y el 31 de marzo de 2024: escríbala como dd/mm/aaaa.',
    );
    // Outside the data's span is refused the same way.
    await userEvent.clear(field);
    await userEvent.type(field, '01/01/1990{Enter}');
    expect(commit).not.toHaveBeenCalled();
  });

  it('uses the English pattern in English', async () => {
    const commit = vi.fn();
    renderIn('en', commit);
    const field = screen.getByRole('textbox', { name: 'Inicio del periodo' });
    expect(field).toHaveAttribute('placeholder', 'dd/mm/yyyy');
    await userEvent.clear(field);
    await userEvent.type(field, '25 Nov 2018{Enter}');
    expect(field).toHaveValue('25/11/2018');
    await userEvent.clear(field);
    await userEvent.type(field, '2019-01-25{Enter}');
    expect(commit).toHaveBeenLastCalledWith('2019-01-25');
  });
});
