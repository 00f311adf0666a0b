import { useEffect, useId, useMemo, useState } from 'react';
import { listText } from '../../i18n/strings-list';
import {
  featureList,
  type ListInput,
  listRows,
  listSummary,
  type RowTarget,
  shownLayerCount,
  targetOf,
} from '../../state/feature-list';
import { isPhone } from '../phone';
import { FeatureList } from './feature-list';
import './list-view.css';

/** How long the live region waits for changes to settle before it speaks. */
const SETTLE_MS = 800;

/** `value`, once it has stopped changing for `ms`. */
function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return settled;
}

/**
 * The list view: the map as text, over the map. Its status line is a polite live region that says
 * what changed — layers, sites, the selection — once changes settle; the camera is not part of it,
 * so panning says nothing.
 */
export function ListPanel({
  id,
  source,
  selected,
  nameOf,
  onChoose,
  onDetails,
  onClose,
}: {
  id: string;
  /** What the map draws, and by which rule (the same one the maps filter by). */
  source: ListInput;
  /** The key of the feature selected on the map (or picked among the user's), if any. */
  selected: string | null;
  /** The name of a plan feature by id, for a selection the list does not show (filtered out). */
  nameOf: (id: string) => string | undefined;
  onChoose: (target: RowTarget) => void;
  onDetails: (id: string) => void;
  onClose: () => void;
}) {
  const base = useId();
  const { lang } = source;
  const groups = useMemo(() => featureList(source), [source]);
  const rows = listRows(groups);
  const selectedName =
    rows.find((r) => r.key === selected)?.name ?? (selected ? nameOf(selected) : null) ?? null;
  const summary = useSettled(
    listSummary(lang, {
      layers: shownLayerCount(source.catalog, source.layers, source.imported),
      rows: rows.length,
      selected: selectedName,
    }),
    SETTLE_MS,
  );
  return (
    <section
      id={id}
      className="list-view"
      data-covers-map=""
      aria-labelledby={`${base}-h`}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        // Escape in the list closes the list, not the popup or the panel behind it.
        e.stopPropagation();
        onClose();
      }}
    >
      <div className="list-head">
        <h2 id={`${base}-h`}>{listText(lang, 'list.heading')}</h2>
        <button
          type="button"
          className="detail-close list-close"
          aria-label={listText(lang, 'list.close')}
          title={listText(lang, 'list.close')}
          onClick={onClose}
        >
          ×
        </button>
      </div>
      <p id={`${base}-intro`} className="list-intro">
        {listText(lang, isPhone() ? 'list.introTouch' : 'list.intro')}
      </p>
      <p className="list-summary" role="status">
        {summary}
      </p>
      {groups.length === 0 ? (
        <p className="list-empty">{listText(lang, 'list.empty')}</p>
      ) : (
        <FeatureList
          groups={groups}
          selected={selected}
          lang={lang}
          labelledBy={`${base}-h`}
          describedBy={`${base}-intro`}
          onChoose={(key) => onChoose(targetOf(source.imported, key))}
          onDetails={onDetails}
          focusOnMount
        />
      )}
    </section>
  );
}
