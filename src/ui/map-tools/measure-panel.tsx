import { useEffect, useState } from 'react';
import { download } from '../../export/compose-png';
import { measureFeature } from '../../export/measure-geojson';
import { measureCopy, measureResult } from '../../i18n/format-measure';
import { useT } from '../../i18n/lang-context';
import { measureText } from '../../i18n/strings-measure';
import type { MeasureState } from '../../state/app-state';
import type { LngLat } from '../../types/core';
import { isPhone } from '../phone';

/** A finger, not a mouse: no double-click, no Backspace; the help speaks of taps. */
const touch = () => isPhone() || coarsePointer();
/** A touch screen's only pointer: the centre button (for keyboards) is left out. */
const coarsePointer = () => window.matchMedia('(pointer: coarse)').matches;

/**
 * The measuring panel under the measure buttons, loaded when a measurement starts: the result, a
 * line of help, and buttons (add the centre, take back, done, copy, GeoJSON, stop). Compact, and
 * clicks on its text fall through to the map (planner-tools.css). Keys: Enter finishes, Backspace
 * takes the last point back, Escape stops.
 */
export function MeasurePanel({
  measure,
  onChange,
  onAddCenter,
}: {
  measure: MeasureState;
  onChange: (m: MeasureState | null) => void;
  onAddCenter: () => void;
}) {
  const { lang, t } = useT();
  const [coarse] = useState(coarsePointer);
  const [copy, setCopied] = useState<{ of: readonly LngLat[]; ok: boolean } | null>(null);
  const [fingers] = useState(touch);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      if (e.key === 'Escape') onChange(null);
      else if (e.key === 'Enter' && !target?.closest('button')) onChange({ ...measure, done: true });
      else if (e.key === 'Backspace')
        onChange({ ...measure, points: measure.points.slice(0, -1), done: false });
      else return;
      e.preventDefault();
      e.stopImmediatePropagation();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [measure, onChange]);

  const points = measure.points;
  const copied = copy?.of === points ? (copy.ok ? 'ok' : 'failed') : null;

  const result = measureResult(lang, measure.mode, points);
  const start = measure.mode === 'line' ? 'measure.startLine' : 'measure.startArea';
  const help = fingers
    ? measureText(lang, measure.done ? 'measure.doneTouch' : 'measure.helpTouch')
    : t(measure.done ? 'measure.done' : 'measure.help');
  const copyText = async () => {
    const text = measureCopy(
      lang,
      measure.mode,
      points,
      measureText(lang, 'measure.points', { n: points.length }),
    );
    if (!text) return;
    try {
      await navigator.clipboard.writeText(text);
      setCopied({ of: points, ok: true });
    } catch {
      setCopied({ of: points, ok: false });
    }
  };
  const exportGeoJson = () => {
    const f = measureFeature(measure.mode, points);
    if (!f) return;
    const blob = new Blob([JSON.stringify({ type: 'FeatureCollection', features: [f] }, null, 1)], {
      type: 'application/geo+json',
    });
    download(blob, `${measure.mode === 'line' ? 'do-khoang-cach' : 'do-dien-tich'}.geojson`);
  };
  const small = (label: string, text: string, onClick: () => void) => (
    <button type="button" aria-label={label} title={label} onClick={onClick}>
      {text}
    </button>
  );

  return (
    <div className="measure-panel" data-covers-map="">
      <p className="measure-result" role="status" aria-live="polite">
        {result ||
          (fingers
            ? measureText(lang, measure.mode === 'line' ? 'measure.startLineTouch' : 'measure.startAreaTouch')
            : t(start))}
      </p>
      {/* On a touch screen the first line says what to do until there is a result. */}
      {(result || measure.done || !fingers) && (
        <p className={`measure-help ${measure.done ? 'is-done' : ''}`}>{help}</p>
      )}
      {copied && (
        <p className="measure-copied" role="status">
          {measureText(lang, copied === 'ok' ? 'measure.copied' : 'measure.copyFailed')}
        </p>
      )}
      <div className="measure-actions">
        {/* Kept on a narrow window (a desktop zoomed to 400 % is 320 px wide): it is the keyboard's way. */}
        {!coarse && (
          <button type="button" onClick={onAddCenter}>
            {t('measure.addCenter')}
          </button>
        )}
        <button
          type="button"
          disabled={points.length === 0}
          onClick={() => onChange({ ...measure, points: points.slice(0, -1), done: false })}
        >
          {t('measure.undo')}
        </button>
        {!measure.done && (
          // Touch screens have no Enter key, and a double-tap is easy to miss.
          <button
            type="button"
            disabled={points.length < (measure.mode === 'line' ? 2 : 3)}
            onClick={() => onChange({ ...measure, done: true })}
          >
            {t('measure.finish')}
          </button>
        )}
        {result &&
          small(
            measureText(lang, 'measure.copyLabel'),
            measureText(lang, 'measure.copy'),
            () => void copyText(),
          )}
        {result &&
          small(
            measureText(lang, 'measure.geojsonLabel'),
            measureText(lang, 'measure.geojson'),
            exportGeoJson,
          )}
        <button type="button" onClick={() => onChange(null)}>
          {t('measure.stop')}
        </button>
      </div>
    </div>
  );
}
