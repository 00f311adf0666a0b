import { type KeyboardEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import { typeAheadIndex, typeAheadQuery } from '../../analysis/type-ahead';
import { listText } from '../../i18n/strings-list';
import type { Lang } from '../../types/core';

/** A row as the list shows it (see state/feature-list: ListRow). */
export interface FeatureRow {
  key: string;
  name: string;
  kind: string;
  status: string;
  accuracy: string;
  user: boolean;
}

export interface FeatureGroup {
  layerId: string;
  title: string;
  rows: FeatureRow[];
  /** Features drawn but not listed (a big imported layer lists its first ones). */
  more?: number;
}

/** How long the letters typed count as one word for type-ahead (WAI-ARIA APG uses about half a second). */
const TYPE_AHEAD_MS = 700;
const PAGE = 10;

/**
 * The map's features as a grouped listbox (WAI-ARIA APG, roving focus): arrows move, Home/End
 * jump to the ends, Page Up/Down by ten, letters jump to a name (without tones); Enter shows the
 * row on the map, and Enter on the row already shown opens its details. `selected` is what the map
 * has selected: the active row follows it, and it is scrolled into view.
 */
export function FeatureList({
  groups,
  selected,
  lang,
  labelledBy,
  describedBy,
  onChoose,
  onDetails,
  focusOnMount = false,
}: {
  groups: readonly FeatureGroup[];
  selected: string | null;
  lang: Lang;
  labelledBy: string;
  describedBy?: string;
  onChoose: (key: string) => void;
  onDetails: (key: string) => void;
  /** Put the focus on the active row when the list appears (it was opened by the user). */
  focusOnMount?: boolean;
}) {
  const base = useId();
  const rows = useMemo(() => groups.flatMap((g) => g.rows), [groups]);
  const names = useMemo(() => rows.map((r) => r.name), [rows]);
  const [active, setActive] = useState<string | null>(selected);
  const box = useRef<HTMLDivElement>(null);
  const typed = useRef({ text: '', at: 0 });
  const activeKey = rows.some((r) => r.key === active) ? active : (rows[0]?.key ?? null);

  const optionOf = (key: string | null) =>
    key === null ? null : box.current?.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`);

  /** Makes `key` the active row; `focus` moves the focus to it (the user is in the list). */
  const activate = (key: string | null, focus: boolean) => {
    setActive(key);
    const el = optionOf(key);
    el?.scrollIntoView({ block: 'nearest' });
    if (focus) el?.focus();
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: on mount only
  useEffect(() => {
    if (focusOnMount) activate(activeKey, true);
  }, []);

  // A feature selected elsewhere (the map, the search, a shortcut) becomes the active row.
  // biome-ignore lint/correctness/useExhaustiveDependencies: follow the selection only when it changes
  useEffect(() => {
    if (selected === null || !rows.some((r) => r.key === selected)) return;
    const inside = box.current?.contains(document.activeElement) ?? false;
    setActive(selected);
    requestAnimationFrame(() => {
      const el = optionOf(selected);
      el?.scrollIntoView({ block: 'nearest' });
      if (inside && document.activeElement !== el) el?.focus();
    });
  }, [selected]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const i = rows.findIndex((r) => r.key === activeKey);
    const go = (j: number) => activate(rows[Math.max(0, Math.min(rows.length - 1, j))]?.key ?? null, true);
    const now = performance.now();
    if (now - typed.current.at > TYPE_AHEAD_MS) typed.current.text = '';
    switch (e.key) {
      case 'ArrowDown':
        go(i + 1);
        break;
      case 'ArrowUp':
        go(i - 1);
        break;
      case 'Home':
        go(0);
        break;
      case 'End':
        go(rows.length - 1);
        break;
      case 'PageDown':
        go(i + PAGE);
        break;
      case 'PageUp':
        go(i - PAGE);
        break;
      case 'Enter': {
        const row = rows[i];
        if (!row) return;
        if (row.key === selected && !row.user) onDetails(row.key);
        else onChoose(row.key);
        break;
      }
      default: {
        // Letters (and a space inside a name being typed) jump to the row whose name they start.
        const letter = e.key.length === 1 && (e.key !== ' ' || typed.current.text !== '');
        if (!letter) return;
        const { query, extend } = typeAheadQuery(typed.current.text, e.key);
        typed.current = { text: typed.current.text + e.key, at: now };
        const j = typeAheadIndex(names, i, query, extend);
        if (j >= 0) go(j);
      }
    }
    e.preventDefault();
  };

  return (
    <div
      ref={box}
      role="listbox"
      className="feature-list"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      onKeyDown={onKeyDown}
    >
      {groups.map((g) => (
        // biome-ignore lint/a11y/useSemanticElements: a group of options inside a listbox (APG grouped listbox); a fieldset is for form controls
        <div key={g.layerId} role="group" aria-labelledby={`${base}-${g.layerId}`} className="fl-group">
          <div role="presentation" id={`${base}-${g.layerId}`} className="fl-group-title">
            {g.title}{' '}
            <span className="fl-count">
              ({listText(lang, g.rows.length === 1 ? 'list.countOne' : 'list.count', { n: g.rows.length })})
            </span>
            {g.more !== undefined && (
              <span className="fl-more" data-list-more={g.more}>
                {' '}
                {listText(lang, 'list.more', { shown: g.rows.length, n: g.more })}
              </span>
            )}
          </div>
          {g.rows.map((r) => (
            // biome-ignore lint/a11y/useKeyWithClickEvents: the listbox handles the keys of all its options (roving focus)
            <div
              key={r.key}
              data-key={r.key}
              role="option"
              aria-selected={r.key === selected}
              tabIndex={r.key === activeKey ? 0 : -1}
              className={`fl-row${r.key === selected ? ' is-selected' : ''}`}
              onClick={() => {
                setActive(r.key);
                onChoose(r.key);
              }}
            >
              <span className="fl-name">{r.name}</span>
              <span className="fl-meta">
                <span>{r.kind}</span>
                <Sep />
                <span>{r.status}</span>
                <Sep />
                <span>{r.accuracy}</span>
              </span>
            </div>
          ))}
        </div>
      ))}
    </div>
  );
}

/** A dot between the parts of a row; a screen reader hears a comma (a pause) instead. */
const Sep = () => (
  <>
    <span aria-hidden="true"> · </span>
    <span className="visually-hidden">, </span>
  </>
);
