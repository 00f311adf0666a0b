import { useEffect, useId, useMemo, useState } from 'react';
import type * as Search from '../analysis/search';
import type { SearchEntry } from '../analysis/search';
import { useT } from '../i18n/lang-context';
import type { LngLat } from '../types/core';
import type * as Coordinate from './search-point';

export interface SearchItem extends SearchEntry {
  /** What it is, already in the current language ("Khu công nghiệp", "Xã/phường (2025)"). */
  kindLabel: string;
  /** The name to show, in the current language. */
  label: string;
  /** A place with a position, shown where it is (not a plan feature, chosen by id). */
  at?: LngLat;
}

/**
 * One box for places and plan features, matched without tones ("dong dang" → Đồng Đăng), as an
 * ARIA combobox: arrows move, Enter chooses, Escape clears.
 */
export function SearchBox({
  items,
  onChoose,
}: {
  items: readonly SearchItem[];
  onChoose: (item: SearchItem) => void;
}) {
  const { t } = useT();
  const id = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  // The search itself loads with the first query: the first view shows only the box.
  const [engine, setEngine] = useState<typeof Search | null>(null);
  useEffect(() => {
    if (!engine && query.trim() !== '') void import('../analysis/search').then((m) => setEngine(m));
  }, [query, engine]);
  const prepared = useMemo(
    () => (engine ? engine.prepareSearch(engine.mergeLookAlikes(items)) : null),
    [engine, items],
  );
  // Reading a typed position loads with the first query that starts with a number.
  const [coords, setCoords] = useState<typeof Coordinate | null>(null);
  useEffect(() => {
    if (!coords && /^\s*(-?\d|[NSEWXY]\s*[=:]?\s*\d|VN|UTM|TM|KTT)/i.test(query))
      void import('./search-point').then((m) => setCoords(m));
  }, [query, coords]);
  const results = useMemo(() => {
    const point = coords ? coords.searchPoint(query, t) : null;
    const found = engine && prepared ? engine.search(prepared, query) : [];
    return point ? [point, ...found] : found;
  }, [engine, prepared, query, t, coords]);
  const open = query.trim() !== '';

  const choose = (item: SearchItem | undefined) => {
    if (!item) return;
    onChoose(item);
    setQuery('');
    setActive(0);
  };

  return (
    <div className="search">
      <label htmlFor={`${id}-input`} className="search-label">
        {t('search.label')}
      </label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        autoComplete="off"
        aria-expanded={open}
        aria-controls={`${id}-list`}
        aria-activedescendant={open && results[active] ? `${id}-opt-${active}` : undefined}
        placeholder={t('search.placeholder')}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, results.length - 1));
          else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
          else if (e.key === 'Enter') choose(results[active]);
          else if (e.key === 'Escape') setQuery('');
          else return;
          e.preventDefault();
          e.stopPropagation();
        }}
      />
      {open && engine && results.length === 0 && (
        <p className="search-none" role="status">
          {t('search.none')}
        </p>
      )}
      {open && results.length > 0 && (
        <div id={`${id}-list`} role="listbox" className="search-results" aria-label={t('search.label')}>
          {results.map((item, i) => (
            // biome-ignore lint/a11y/useFocusableInteractive: WAI-ARIA combobox: options are reached through aria-activedescendant while focus stays in the input
            <div
              key={item.id}
              id={`${id}-opt-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'is-active' : ''}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(item)}
              onKeyDown={() => undefined}
            >
              <span className="search-name">{item.label}</span>
              <span className="search-kind">{item.kindLabel}</span>
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
