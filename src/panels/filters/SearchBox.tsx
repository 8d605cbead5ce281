import { useEffect, useId, useState } from 'react';
import { useStore } from '../../state/store';

const DEBOUNCE_MS = 200;

/** Free-text search; typed text is committed after a short pause so history gets one entry, not one per key. */
export function SearchBox() {
  const id = useId();
  const query = useStore((s) => s.filters.query);
  const setQuery = useStore((s) => s.setQuery);
  const [text, setText] = useState(query);

  useEffect(() => setText(query), [query]);
  useEffect(() => {
    if (text === query) return;
    const t = setTimeout(() => setQuery(text), DEBOUNCE_MS);
    return () => clearTimeout(t);
  }, [text, query, setQuery]);

  return (
    <div className="search-box">
      <label htmlFor={id}>Search</label>
      <input
        id={id}
        type="search"
        value={text}
        placeholder="e.g. juarez, tear gas, Kelly"
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') setQuery(text);
        }}
      />
    </div>
  );
}
