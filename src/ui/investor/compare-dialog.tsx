import { type ReactNode, useEffect, useRef } from 'react';
import { leadValue } from '../../analysis/site-values';
import type { Site } from '../../analysis/sites';
import type { TargetKind } from '../../analysis/targets';
import type { FactKey } from '../../data/plan-schema';
import { roundKm } from '../../i18n/format-distance';
import { usePanelT } from '../../i18n/panel-text';
import { FactValue } from '../plan/fact-row';
import { PlanBadges } from '../plan/plan-badges';
import { SourceLinks } from '../plan/source-links';
import { DistanceCell, GeoparkCell } from './site-cells';
import './investor-tools.css';

const FACT_ROWS: FactKey[] = ['area_ha', 'capital', 'capacity_mw', 'investor', 'legal_basis', 'timeline'];

/**
 * Which sites hold the best value (lowest or highest): all of them on a tie, none when every
 * value is the same or fewer than two sites have one. `null` values (unknown, or too rough to
 * judge) never win.
 */
function bestOf(values: (number | null)[], lowest: boolean): Set<number> {
  const known = values.filter((v): v is number => v !== null);
  const best = lowest ? Math.min(...known) : Math.max(...known);
  if (known.length < 2 || known.every((v) => v === best)) return new Set();
  return new Set(values.flatMap((v, i) => (v === best ? [i] : [])));
}

/**
 * Two to four sites side by side: what they are, their sourced figures, their distances (the
 * best of each row marked in words, not colour alone), geopark, accuracy and sources.
 */
export function CompareDialog({
  sites,
  loading,
  kinds,
  onRemove,
  onChoose,
  onClose,
}: {
  sites: Site[];
  /** Some compared site is not there yet (its data or the distances still loading): said, not drawn empty. */
  loading: boolean;
  /** The distance kinds the data measures: a row each. */
  kinds: readonly TargetKind[];
  onRemove: (id: string) => void;
  onChoose: (id: string) => void;
  onClose: () => void;
}) {
  const { t } = usePanelT();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);
  return (
    <dialog ref={dialog} className="compare-dialog" aria-labelledby="compare-title" onClose={onClose}>
      <header className="compare-head">
        <h2 id="compare-title">{t('compare.heading')}</h2>
        <button type="button" className="detail-close" aria-label={t('compare.close')} onClick={onClose}>
          ×
        </button>
      </header>
      {loading ? (
        <p className="sites-loading" role="status">
          {t('compare.loading')}
        </p>
      ) : (
        <CompareTable sites={sites} kinds={kinds} onRemove={onRemove} onChoose={onChoose} />
      )}
      <p className="sites-note">
        {t('sites.straightLine')} {t('compare.bestNote')}
      </p>
    </dialog>
  );
}

/** The sites in columns, a row per figure, the best of each row marked. */
function CompareTable({
  sites,
  kinds,
  onRemove,
  onChoose,
}: {
  sites: Site[];
  kinds: readonly TargetKind[];
  onRemove: (id: string) => void;
  onChoose: (id: string) => void;
}) {
  const { lang, t } = usePanelT();
  const best = (i: number, b: Set<number>) =>
    b.has(i) ? <span className="best-mark">★ {t('compare.best')}</span> : null;
  const row = (label: string, cell: (s: Site, i: number) => ReactNode, key = label) => (
    <tr key={key}>
      <th scope="row">{label}</th>
      {sites.map((s, i) => (
        <td key={s.id}>{cell(s, i)}</td>
      ))}
    </tr>
  );
  const areaBest = bestOf(
    sites.map((s) => leadValue(s.area)),
    false,
  );
  return (
    <div className="compare-scroll">
      <table className="compare-table">
        <thead>
          <tr>
            <td />
            {sites.map((s) => (
              <th key={s.id} scope="col" data-site={s.id}>
                <button type="button" className="site-name" onClick={() => onChoose(s.id)}>
                  {s.feature.properties.name[lang]}
                </button>
                <button
                  type="button"
                  className="link-button"
                  aria-label={`${t('compare.remove')}: ${s.feature.properties.name[lang]}`}
                  onClick={() => onRemove(s.id)}
                >
                  {t('compare.remove')}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {row(t('col.kind'), (s) => (
            <PlanBadges p={s.feature.properties} />
          ))}
          {row(t('detail.phase'), (s) => t(`phase.${s.feature.properties.phase}`))}
          {FACT_ROWS.map((key) =>
            row(
              t(`fact.${key}`),
              (s, i) => {
                const facts = s.feature.properties.facts.filter((f) => f.key === key);
                if (facts.length === 0) return <span className="unknown">{t('detail.unknown')}</span>;
                return (
                  <>
                    <ul className="fact-list">
                      {facts.map((f) => (
                        <li key={`${JSON.stringify(f.value)}-${f.sources[0]}`}>
                          <FactValue fact={f} compact />
                        </li>
                      ))}
                    </ul>
                    {key === 'area_ha' && best(i, areaBest)}
                  </>
                );
              },
              key,
            ),
          )}
          {kinds.map((k) => {
            // Compared as printed (rounded as exactly as they are known); sketched ends never win.
            const b = bestOf(
              sites.map((s) => {
                const d = s.proximity.distances[k];
                return d && d.accuracy !== 'schematic' ? roundKm(d.km, d.accuracy).value : null;
              }),
              true,
            );
            return row(
              t(`criterion.${k}`),
              (s, i) => (
                <>
                  <DistanceCell d={s.proximity.distances[k]} />
                  {best(i, b)}
                </>
              ),
              k,
            );
          })}
          {row(t('kind.geopark'), (s) => (
            <GeoparkCell m={s.proximity.geopark} />
          ))}
          {row(t('compare.accuracy'), (s) => t(`accuracy.${s.accuracy}`))}
          {row(t('compare.sources'), (s) => (
            <SourceLinks refs={s.feature.properties.sources} compact />
          ))}
        </tbody>
      </table>
    </div>
  );
}
