import { type Criterion, MAX_WEIGHT, type Weights } from '../../analysis/ranking';
import { usePanelT } from '../../i18n/panel-text';
import { useAppState } from '../use-store';
import { SCORE_RAMP } from './score-color';

/**
 * Turns the ranking on or off, sets the weight of each criterion offered (distances only to kinds
 * the data measures), and shows the formula. Off until the distances are known (`ready`): the
 * defaults depend on them.
 */
export function RankingControls({
  weights,
  criteria,
  defaults,
  ready,
  onChange,
}: {
  weights: Weights | null;
  criteria: readonly Criterion[];
  defaults: Weights;
  ready: boolean;
  onChange: (w: Weights | null) => void;
}) {
  const { t } = usePanelT();
  const mapless = useAppState((s) => s.mapFailure !== null);
  return (
    <section className="ranking" aria-labelledby="ranking-title">
      <div className="tools-subhead">
        <h3 id="ranking-title">{t('rank.heading')}</h3>
        {weights && ready && (
          <button type="button" className="link-button" onClick={() => onChange(defaults)}>
            {t('rank.reset')}
          </button>
        )}
      </div>
      <label className="filter-choice">
        <input
          type="checkbox"
          checked={weights !== null}
          disabled={!ready}
          onChange={(e) => onChange(e.target.checked ? defaults : null)}
        />
        <span>{t(mapless ? 'rank.toggleNoMap' : 'rank.toggle')}</span>
      </label>
      {weights && ready && (
        <>
          <ul className="weights">
            {criteria.map((c) => {
              const name = t(`criterion.${c}`);
              return (
                <li key={c}>
                  <label htmlFor={`weight-${c}`}>{name}</label>
                  <input
                    id={`weight-${c}`}
                    type="range"
                    min={0}
                    max={MAX_WEIGHT}
                    step={1}
                    value={weights[c]}
                    aria-label={t('rank.weight', { name })}
                    onChange={(e) => onChange({ ...weights, [c]: Number(e.target.value) })}
                  />
                  <output htmlFor={`weight-${c}`} className="weight-value">
                    {weights[c]}
                  </output>
                </li>
              );
            })}
          </ul>
          <div className="score-legend" aria-hidden="true">
            <span>{t('rank.legendLow')}</span>
            <svg className="score-ramp" width={18 * SCORE_RAMP.length} height="12" aria-hidden="true">
              {SCORE_RAMP.map((c, i) => (
                <rect key={c} x={18 * i} width="18" height="12" fill={c} />
              ))}
            </svg>
            <span>{t('rank.legendHigh')}</span>
          </div>
          <details className="formula">
            <summary>{t('rank.formulaTitle')}</summary>
            <p>{t('rank.formula')}</p>
          </details>
        </>
      )}
    </section>
  );
}
