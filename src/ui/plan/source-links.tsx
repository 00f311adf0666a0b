import { sourceHref } from '../../data/sources';
import { useT } from '../../i18n/lang-context';
import { useSources } from './use-sources';

/** Where a source reference points, shortened for display: "vietnamnews.vn", "Tài liệu gốc 002", "bài báo". */
function shortName(ref: string, seedLabel: string, citeLabel: string): string {
  const seed = /^seeds\/(\d{3})_/.exec(ref);
  if (seed) return `${seedLabel} ${seed[1]}`;
  if (ref.startsWith('cite:')) return citeLabel;
  try {
    return new URL(ref).hostname.replace(/^www\./, '');
  } catch {
    return ref;
  }
}

/** Numbered links to the sources of a fact or feature, titled from the source registry. */
export function SourceLinks({
  refs,
  compact = false,
  limit,
}: {
  refs: readonly string[];
  /** Short names (host or seed number) instead of full titles. */
  compact?: boolean;
  /** Show at most this many links and a count of the rest (popups). */
  limit?: number;
}) {
  const { lang, t } = useT();
  const registry = useSources();
  const shown = limit === undefined ? refs : refs.slice(0, limit);
  const more = refs.length - shown.length;
  return (
    <span className={`source-links ${compact ? 'is-compact' : ''}`}>
      {shown.map((ref) => {
        const href = sourceHref(ref);
        const info = registry?.[ref];
        const title = info ? [info.title, info.publisher, info.date].filter(Boolean).join(' · ') : ref;
        const text =
          (lang === 'en' ? info?.short_en : undefined) ??
          info?.short ??
          shortName(ref, t('sources.seed'), t('sources.cite'));
        return href ? (
          <a
            key={ref}
            href={href}
            target="_blank"
            rel="noopener noreferrer"
            title={title}
            className="source-link"
          >
            {compact ? text : title}
          </a>
        ) : (
          <span key={ref} className="source-link" title={title}>
            {compact || !info ? text : title}
          </span>
        );
      })}
      {more > 0 && <span className="source-more">+{more}</span>}
    </span>
  );
}
