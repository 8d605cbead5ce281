import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useFullI18n } from '../../../i18n/useI18n';
import { useActions, useSession } from '../../../session/hooks';

const DEBOUNCE_MS = 200;

/**
 * Free-text search. What the reader types is committed after a short pause (one history entry,
 * not one per key); a change from elsewhere (Clear all, Back) replaces the text and cancels any
 * pending commit, so a late timer can never bring a cleared search back.
 */
export function SearchBox() {
  const id = useId();
  const query = useSession((s) => s.filters.query);
  const { setQuery } = useActions();
  const [text, setText] = useState(query);
  const { t } = useFullI18n();
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);

  const cancel = useCallback(() => {
    if (pending.current) clearTimeout(pending.current);
    pending.current = null;
  }, []);
  useEffect(() => {
    cancel();
    setText(query);
  }, [query, cancel]);
  useEffect(() => cancel, [cancel]);

  const commit = (value: string) => {
    cancel();
    setQuery(value);
  };

  return (
    <div className="search-box">
      <label htmlFor={id}>{t.filterPanel.search}</label>
      <input
        id={id}
        type="search"
        value={text}
        maxLength={200}
        placeholder={t.filterPanel.searchPlaceholder}
        onChange={(e) => {
          const value = e.target.value;
          setText(value);
          cancel();
          pending.current = setTimeout(() => commit(value), DEBOUNCE_MS);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit(text);
        }}
      />
    </div>
  );
}
