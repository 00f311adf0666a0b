import type { Quote, Text } from '../../data/plan-schema';
import { sourceHref } from '../../data/sources';
import { formatDate } from '../../i18n/format-fact';
import { usePanelT } from '../../i18n/panel-text';
import { useSources } from './use-sources';
import './source-list.css';

/**
 * The full citation of each source — title, publisher, date, address — with the passages quoted from
 * it for the facts shown. Press and company articles are cited this way, never served with the app.
 */
export function SourceList({ refs, quotes = [] }: { refs: readonly string[]; quotes?: readonly Quote[] }) {
  const { lang, t } = usePanelT();
  const registry = useSources();
  return (
    <ol className="source-list">
      {refs.map((ref) => {
        const info = registry?.[ref];
        const href = sourceHref(ref);
        const title = info?.title ?? ref;
        const date =
          info?.date && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(info.date)
            ? formatDate(lang, info.date)
            : info?.date;
        const passages = [...new Set(quotes.filter((q) => q.source === ref).map((q) => q.text))];
        return (
          <li key={ref} className="source-entry" data-source={ref}>
            {href ? (
              <a href={href} target="_blank" rel="noopener noreferrer" className="source-link">
                {title}
              </a>
            ) : (
              <span className="source-link">{title}</span>
            )}
            <span className="source-meta">
              {[info?.publisher, date].filter(Boolean).join(' · ')}
              {!href && ` · ${t('sources.noAddress')}`}
            </span>
            {passages.map((text) => (
              <blockquote key={text} className="source-quote" lang="vi">
                “{text}”
              </blockquote>
            ))}
          </li>
        );
      })}
    </ol>
  );
}

/** How many of the facts shown carry no passage of their source, and why (each distinct reason once). */
export function UnquotedNote({ reasons }: { reasons: readonly (Text | undefined)[] }) {
  const { lang, t } = usePanelT();
  const given = reasons.filter((r): r is Text => r !== undefined);
  if (given.length === 0) return null;
  const distinct = [...new Map(given.map((r) => [r.en, r])).values()];
  return (
    <div className="unquoted-note" data-unquoted={given.length}>
      <p>{t('detail.unquoted', { n: given.length })}</p>
      <ul>
        {distinct.map((r) => (
          <li key={r.en}>{r[lang]}</li>
        ))}
      </ul>
    </div>
  );
}
