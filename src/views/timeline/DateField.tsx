import { type KeyboardEvent, useEffect, useId, useState } from 'react';
import { addMonths, isoDayToMs, msToIsoDay } from '../../domain/isoDate';
import { formatDateInput, parseDateInput } from '../../i18n/dateInput';
import { useI18n } from '../../i18n/useI18n';

interface Props {
  /** The field's accessible name ("Window start"). */
  label: string;
  /** ISO day shown, or '' when none. */
  value: string;
  /** The earliest and latest day accepted (ISO). */
  min: string;
  max: string;
  onCommit: (iso: string) => void;
}

const DAY = 86_400_000;
/** Keys that move the date: a day with the arrows, a month with PageUp / PageDown. */
const MOVES: Record<string, (ms: number) => number> = {
  ArrowUp: (ms) => ms + DAY,
  ArrowDown: (ms) => ms - DAY,
  PageUp: (ms) => addMonths(ms, 1),
  PageDown: (ms) => addMonths(ms, -1),
};

/**
 * A day typed in the reader's language — dd/mm/aaaa in Spanish, dd/mm/yyyy in English — whatever
 * the browser's own locale (a native date input shows the browser's, not ?lang's). Enter or
 * leaving the field sets it; ↑ ↓ change it by a day and PageUp / PageDown by a month; Esc undoes
 * the typing. A date it cannot read is said, not guessed.
 */
export function DateField({ label, value, min, max, onCommit }: Props) {
  const { t, f, lang } = useI18n();
  const id = useId();
  const [text, setText] = useState(formatDateInput(value));
  const [invalid, setInvalid] = useState(false);
  // The brush, a story step or a deep link moved the window: show it.
  useEffect(() => {
    setText(formatDateInput(value));
    setInvalid(false);
  }, [value]);

  const inRange = (iso: string) => iso >= min && iso <= max;
  const commit = (iso: string) => {
    setText(formatDateInput(iso));
    setInvalid(false);
    if (iso !== value) onCommit(iso);
  };
  const read = () => {
    if (text.trim() === '' && value === '') return;
    const iso = parseDateInput(text, lang);
    if (iso && inRange(iso)) commit(iso);
    else setInvalid(true);
  };
  const step = (to: (ms: number) => number) => {
    const from = parseDateInput(text, lang) ?? (value || min);
    const next = msToIsoDay(to(isoDayToMs(from)));
    commit(next < min ? min : next > max ? max : next);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const move = MOVES[e.key];
    if (move) {
      e.preventDefault();
      step(move);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      read();
    } else if (e.key === 'Escape' && (text !== formatDateInput(value) || invalid)) {
      // Undo the typing; a second Esc reaches whatever closes around the field.
      e.stopPropagation();
      setText(formatDateInput(value));
      setInvalid(false);
    }
  };
  const pattern = t.timeline.datePattern;
  const error = t.timeline.dateInvalid(pattern, f.day(isoDayToMs(min)), f.day(isoDayToMs(max)));
  return (
    <span className={`date-field${invalid ? ' is-invalid' : ''}`}>
      <input
        type="text"
        inputMode="text"
        autoComplete="off"
        spellCheck={false}
        aria-label={label}
        aria-describedby={`${id}-hint`}
        aria-invalid={invalid || undefined}
        aria-errormessage={invalid ? `${id}-error` : undefined}
        placeholder={pattern}
        size={10}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setInvalid(false);
        }}
        onBlur={read}
        onKeyDown={onKeyDown}
      />
      <span id={`${id}-hint`} className="visually-hidden">
        {t.timeline.dateHint(pattern)}
      </span>
      {invalid && (
        <span id={`${id}-error`} className="date-field-error" role="alert">
          <span aria-hidden="true">⚠ </span>
          {error}
        </span>
      )}
    </span>
  );
}
