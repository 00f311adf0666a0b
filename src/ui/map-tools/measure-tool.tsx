import { useEffect } from 'react';
import { measureResult } from '../../i18n/format-measure';
import { useT } from '../../i18n/lang-context';
import type { MeasureState } from '../../state/app-state';
import '../your-data/planner-tools.css';

/**
 * Measuring on the map: a length in km or an area in ha (with km² and the perimeter). Click to add
 * points; double-click or Enter finishes; Backspace takes the last point back; Escape stops.
 * Keyboard users move the map and add the point at its centre.
 */
export function MeasureTool({
  measure,
  onChange,
  onAddCenter,
}: {
  measure: MeasureState | null;
  onChange: (m: MeasureState | null) => void;
  onAddCenter: () => void;
}) {
  const { lang, t } = useT();

  useEffect(() => {
    if (!measure) return;
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

  const result = measure ? measureResult(lang, measure.mode, measure.points) : null;

  return (
    <div className="measure-tool">
      <div className="measure-buttons">
        {(['line', 'area'] as const).map((mode) => (
          <button
            key={mode}
            type="button"
            aria-pressed={measure?.mode === mode}
            onClick={() => onChange(measure?.mode === mode ? null : { mode, points: [], done: false })}
          >
            {t(`measure.${mode}`)}
          </button>
        ))}
      </div>
      {measure && (
        <div className="measure-panel" data-covers-map="">
          <p className="measure-result" role="status" aria-live="polite">
            {result || t(measure.mode === 'line' ? 'measure.startLine' : 'measure.startArea')}
          </p>
          <p className={`measure-help ${measure.done ? 'is-done' : ''}`}>
            {t(measure.done ? 'measure.done' : 'measure.help')}
          </p>
          <div className="measure-actions">
            <button type="button" onClick={onAddCenter}>
              {t('measure.addCenter')}
            </button>
            <button
              type="button"
              disabled={measure.points.length === 0}
              onClick={() => onChange({ ...measure, points: measure.points.slice(0, -1), done: false })}
            >
              {t('measure.undo')}
            </button>
            {!measure.done && (
              // Touch screens have no Enter key, and a double-tap is easy to miss.
              <button
                type="button"
                disabled={measure.points.length < (measure.mode === 'line' ? 2 : 3)}
                onClick={() => onChange({ ...measure, done: true })}
              >
                {t('measure.finish')}
              </button>
            )}
            <button type="button" onClick={() => onChange(null)}>
              {t('measure.stop')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
