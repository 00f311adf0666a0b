import type { Fact } from '../../data/plan-schema';
import { formatDate, formatFactValue } from '../../i18n/format-fact';
import { usePanelT } from '../../i18n/panel-text';
import { SourceLinks } from './source-links';

/** One fact: its value, what it covers, its date, its label if not official, and its sources. */
export function FactValue({ fact, compact = false }: { fact: Fact; compact?: boolean }) {
  const { lang, t } = usePanelT();
  return (
    <span className="fact-value">
      <span className="fact-main">{formatFactValue(lang, fact)}</span>
      {fact.label && <span className="badge badge-label">{t(`label.${fact.label}`)}</span>}
      {fact.shared && <span className="badge badge-label">{t('fact.shared')}</span>}
      {/* Text facts already say their dates; a figure says when it was true. */}
      {fact.date && typeof fact.value === 'number' && (
        <span className="fact-date"> ({t('detail.asOf', { date: formatDate(lang, fact.date) })})</span>
      )}
      {fact.note && !compact && <span className="fact-note"> — {fact.note[lang]}</span>}{' '}
      <SourceLinks refs={fact.sources} compact limit={compact ? 2 : undefined} />
    </span>
  );
}
