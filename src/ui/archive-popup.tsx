import { asText } from '../analysis/user-feature-name';
import { usePanelT } from '../i18n/panel-text';
import { archiveText } from '../i18n/strings-archive';
import type { ArchivePick } from '../state/archive-actions';

const MAX_ROWS = 20;
const NAME_KEY = /^(name|ten|title|tieu_de|ten_.*)$/i;

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

/** The popup of a feature of an archive: its attributes as the tile gives them, as text, and that it is the user's. */
export function ArchivePopup({ pick, layerName }: { pick: ArchivePick; layerName: string }) {
  const { lang, t } = usePanelT();
  const entries = Object.entries(pick.properties);
  const title = entries.find(([k]) => NAME_KEY.test(k))?.[1];
  return (
    <div className="popup" data-archive-feature={pick.layerId}>
      <h2 className="popup-name">{asText(title ?? pick.sourceLayer ?? layerName)}</h2>
      <p className="plan-badges">
        <span className="badge badge-kind">
          {t('user.layer')}: {layerName}
        </span>
        {pick.sourceLayer && (
          <span className="badge badge-kind">
            {archiveText(lang, 'archive.sourceLayer')}: {pick.sourceLayer}
          </span>
        )}
        <span className="badge badge-provisional">{archiveText(lang, 'archive.notPlan')}</span>
      </p>
      {entries.length === 0 ? (
        <p className="unknown">{t('user.noProperties')}</p>
      ) : (
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
      )}
      {entries.length > MAX_ROWS && (
        <p className="unknown">{t('user.moreProperties', { n: entries.length - MAX_ROWS })}</p>
      )}
    </div>
  );
}
