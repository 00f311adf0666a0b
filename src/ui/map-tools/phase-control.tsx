import { useT } from '../../i18n/lang-context';
import type { PhaseView, SwipeChoice } from '../../types/core';
import { RadioOptions } from '../radio-options';

/** What to compare a phase with by default: the 2050 vision, or what exists when that is shown. */
const other = (p: PhaseView): PhaseView => (p === '2050' ? 'existing' : '2050');

/**
 * The plan seen at a phase — as it exists, by 2030, or the 2050 vision — and, on request, a second
 * phase (or the base map alone) right of a divider to drag across the map.
 */
export function PhaseControl({
  phase,
  swipe,
  onPhase,
  onSwipe,
  swipeUnavailable = null,
}: {
  phase: PhaseView;
  swipe: SwipeChoice | null;
  onPhase: (p: PhaseView) => void;
  onSwipe: (s: SwipeChoice | null) => void;
  /** Why the divider cannot be used (no map); it is then disabled and this is said under it. */
  swipeUnavailable?: string | null;
}) {
  const { t } = useT();
  const phases: PhaseView[] = ['existing', '2030', '2050'];
  return (
    <fieldset className="phase-control">
      <legend>{t('phase.heading')}</legend>
      <div className="phase-options">
        <RadioOptions
          name="phase"
          options={phases}
          value={phase}
          onChange={(p) => {
            onPhase(p);
            // Both sides of the divider showing the same phase would compare nothing.
            if (swipe === p) onSwipe(other(p));
          }}
          label={(p) => t(`phase.${p}`)}
        />
      </div>
      <label className="swipe-toggle">
        <input
          type="checkbox"
          disabled={swipeUnavailable !== null}
          aria-describedby={swipeUnavailable ? 'swipe-needs-map' : undefined}
          checked={swipe !== null && !swipeUnavailable}
          onChange={(e) => onSwipe(e.target.checked ? other(phase) : null)}
        />
        {t('phase.swipe')}
      </label>
      {swipeUnavailable && (
        <p className="needs-map" id="swipe-needs-map">
          {swipeUnavailable}
        </p>
      )}
      {swipe !== null && !swipeUnavailable && (
        <label className="swipe-with">
          {t('phase.swipeWith')}{' '}
          <select value={swipe} onChange={(e) => onSwipe(e.target.value as SwipeChoice)}>
            {phases
              .filter((p) => p !== phase || p === swipe)
              .map((p) => (
                <option key={p} value={p}>
                  {t(`phase.${p}`)}
                </option>
              ))}
            <option value="base">{t('phase.base')}</option>
          </select>
        </label>
      )}
    </fieldset>
  );
}
