import { asText } from '../../analysis/user-feature-name';
import { usePanelT } from '../../i18n/panel-text';

const MAX_ROWS = 20;

/** A value as text; an http(s) address as a link (never any other scheme, never markup). */
function Value({ value }: { value: unknown }) {
  const text = asText(value);
  if (typeof value === 'string' && /^https?:\/\/\S+$/i.test(value.trim())) {
    try {
      const url = new URL(value.trim());
      if (url.protocol === 'https:' || url.protocol === 'http:')
        return (
          <a href={url.href} target="_blank" rel="noopener noreferrer">
            {text}
          </a>
        );
    } catch {
      // Not an address after all: shown as text.
    }
  }
  return <>{text}</>;
}

/**
 * The attributes of a user's feature (imported, or from an archive) in a popup: the first 20 as
 * text, http(s) addresses as links, and how many more there are; or that it has none.
 */
export function AttributeList({ entries }: { entries: readonly [string, unknown][] }) {
  const { t } = usePanelT();
  if (entries.length === 0) return <p className="unknown">{t('user.noProperties')}</p>;
  return (
    <>
      <dl className="popup-facts">
        {entries.slice(0, MAX_ROWS).map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>
              <Value value={v} />
            </dd>
          </div>
        ))}
      </dl>
      {entries.length > MAX_ROWS && (
        <p className="unknown">{t('user.moreProperties', { n: entries.length - MAX_ROWS })}</p>
      )}
    </>
  );
}
