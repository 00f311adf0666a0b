import type { PlanProps } from '../../data/plan-schema';
import { formatDate } from '../../i18n/format-fact';
import { usePanelT } from '../../i18n/panel-text';

/** Kind, status (with its date) and the provisional mark of a plan feature. */
export function PlanBadges({ p }: { p: PlanProps }) {
  const { lang, t } = usePanelT();
  return (
    <p className="plan-badges">
      <span className="badge badge-kind">{t(`kind.${p.kind}`)}</span>
      <span className={`badge badge-status status-${p.status}`}>
        {t(`status.${p.status}`)}
        {p.status_date ? ` · ${formatDate(lang, p.status_date)}` : ''}
      </span>
      {p.provisional && <span className="badge badge-provisional">{t('provisional.badge')}</span>}
    </p>
  );
}

/** How exact the drawn geometry is, and how it was made. */
export function AccuracyNote({ p }: { p: PlanProps }) {
  const { lang, t } = usePanelT();
  return (
    <p className={`accuracy accuracy-${p.accuracy}`}>
      <strong>
        {t('accuracy.heading')}: {t(`accuracy.${p.accuracy}`)}.
      </strong>{' '}
      {p.accuracy_note[lang]}
    </p>
  );
}
