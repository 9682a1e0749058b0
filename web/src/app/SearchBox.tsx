import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router';
import { queryKeys } from '../api/catalog-api.js';
import { toSearchHits } from '../api/search-results.js';
import { useApi } from './api-context.js';
import { useDebounced } from './use-debounced.js';

/**
 * The global search: suggestions as you type (a combobox navigable with the arrow keys),
 * Enter opens the highlighted hit or the full results page. "/" focuses it from anywhere.
 */
export function SearchBox() {
  const { catalog } = useApi();
  const navigate = useNavigate();
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const q = useDebounced(text.trim(), 200);

  const results = useQuery({
    queryKey: queryKeys.search(q),
    queryFn: async ({ signal }) => toSearchHits(await catalog.search(q, signal)),
    enabled: q.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
  const hits = (q.length > 0 ? (results.data ?? []) : []).slice(0, 8);

  useEffect(() => {
    function onKey(event: globalThis.KeyboardEvent) {
      const target = event.target;
      const typing = target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
      if (event.key === '/' && !typing) {
        event.preventDefault();
        inputRef.current?.focus();
      }
    }
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, []);

  function go(href: string) {
    setOpen(false);
    setActive(-1);
    setText('');
    void navigate(href);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(i + 1, hits.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, -1));
    } else if (event.key === 'Escape') {
      setOpen(false);
      setActive(-1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const hit = active >= 0 ? hits[active] : undefined;
      if (hit) go(hit.href);
      else if (text.trim() !== '') go(`/search?q=${encodeURIComponent(text.trim())}`);
    }
  }

  const showList = open && q.length > 0;
  return (
    <div className="search" role="search">
      <label htmlFor="global-search" className="visually-hidden">
        Search services, teams and systems
      </label>
      <input
        ref={inputRef}
        id="global-search"
        type="search"
        placeholder="Search ( / )"
        autoComplete="off"
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={active >= 0 ? `${listId}-${active}` : undefined}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => {
          setOpen(true);
        }}
        onBlur={() => {
          // Lets a click on a suggestion land before the list closes.
          setTimeout(() => {
            setOpen(false);
          }, 150);
        }}
        onKeyDown={onKeyDown}
      />
      {showList && (
        <ul id={listId} role="listbox" className="search-list" aria-label="Search suggestions">
          {results.isPending && <li className="search-note">Searching…</li>}
          {results.isError && <li className="search-note">Search failed.</li>}
          {results.isSuccess && hits.length === 0 && <li className="search-note">No matches for “{q}”.</li>}
          {hits.map((hit, i) => (
            <li
              key={`${hit.kind}:${hit.name}`}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              onMouseDown={(e) => {
                e.preventDefault();
                go(hit.href);
              }}
            >
              <span className={`kind kind-${hit.kind}`}>{hit.kind}</span>
              <span className="hit-name">{hit.title ?? hit.name}</span>
              {hit.title !== undefined && <span className="hit-slug">{hit.name}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
