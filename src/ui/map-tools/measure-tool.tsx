import { lazy, Suspense } from 'react';
import { useT } from '../../i18n/lang-context';
import type { MeasureState } from '../../state/app-state';
import '../your-data/planner-tools.css';

// The panel (result, help, copy and GeoJSON) loads when a measurement starts: most visits take none.
const MeasurePanel = lazy(() => import('./measure-panel').then((m) => ({ default: m.MeasurePanel })));

/**
 * Measuring on the map: a length in km or an area in ha (with km² and the perimeter). Click to add
 * points; double-click or Enter finishes; Backspace takes the last point back; Escape stops.
 * Keyboard users move the map and add the point at its centre. The result can be copied as text or
 * saved as GeoJSON (measure-panel.tsx).
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
  const { t } = useT();
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
        <Suspense fallback={null}>
          <MeasurePanel measure={measure} onChange={onChange} onAddCenter={onAddCenter} />
        </Suspense>
      )}
    </div>
  );
}
