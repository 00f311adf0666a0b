import type { Figure } from '../../analysis/site-values';
import type { Distance, Membership } from '../../analysis/targets';
import type { Fact } from '../../data/plan-schema';
import { formatKm } from '../../i18n/format-distance';
import { formatFactValue } from '../../i18n/format-fact';
import { usePanelT } from '../../i18n/panel-text';

/**
 * A site's first figure (with its label if not official) and how many more the sources give.
 * With none of its own, a figure shared with other projects is shown as such (never sorted by).
 */
export function FigureCell({ figures, shared }: { figures: readonly Figure[]; shared?: Fact }) {
  const { lang, t } = usePanelT();
  const [first] = figures;
  if (!first && shared)
    return (
      <span className="figure-cell is-shared">
        {formatFactValue(lang, shared)} <span className="badge badge-label">{t('fact.shared')}</span>
      </span>
    );
  if (!first) return <span className="unknown">{t('cell.unknown')}</span>;
  return (
    <span className="figure-cell">
      {formatFactValue(lang, first.fact)}
      {first.fact.label && <span className="badge badge-label">{t(`label.${first.fact.label}`)}</span>}
      {figures.length > 1 && (
        <span className="figure-more">
          {' '}
          {t(figures.length === 2 ? 'cell.moreFigure' : 'cell.moreFigures', { n: figures.length - 1 })}
        </span>
      )}
    </span>
  );
}

/** A distance as exactly as its ends allow, with what it is measured to. */
export function DistanceCell({ d, showTarget = true }: { d: Distance | undefined; showTarget?: boolean }) {
  const { lang, t } = usePanelT();
  if (!d) return <span className="unknown">{t('cell.unknown')}</span>;
  const text = formatKm(lang, d.km, d.accuracy);
  const title = [
    `${text} ${t('proximity.to', { name: d.target.name[lang] })}`,
    t(`accuracy.${d.accuracy}`),
    d.provisional ? t('proximity.provisional') : '',
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <span className={`distance accuracy-${d.accuracy}`} title={title}>
      <span className="distance-km">{text}</span>
      {showTarget && <span className="distance-target">{d.target.name[lang]}</span>}
    </span>
  );
}

/** Whether a site lies in the geopark, in a word (the title says it in full). */
export function GeoparkCell({ m }: { m: Membership }) {
  const { t } = usePanelT();
  const word =
    m === 'inside'
      ? 'geopark.yes'
      : m === 'inside-provisional'
        ? 'geopark.maybe'
        : m === 'outside'
          ? 'geopark.no'
          : 'cell.unknown';
  return (
    <span className={`geopark-${m}`} title={t(`geopark.${m}`)}>
      {t(word)}
    </span>
  );
}
