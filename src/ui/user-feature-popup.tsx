import type { Feature } from 'geojson';
import { useT } from '../i18n/lang-context';

const MAX_ROWS = 20;

/** A property value as plain text (objects as JSON), cut short: never HTML. */
function asText(v: unknown): string {
  const s = typeof v === 'string' ? v : v === null || v === undefined ? '' : JSON.stringify(v);
  return s.length > 200 ? `${s.slice(0, 199)}…` : s;
}

/** The popup of a feature the user imported: its layer, its own properties, and that it is theirs. */
export function UserFeaturePopup({ feature, layerName }: { feature: Feature; layerName: string }) {
  const { t } = useT();
  const entries = Object.entries(feature.properties ?? {});
  const title = entries.find(([k]) => /^(name|ten|tên|title)$/i.test(k))?.[1];
  return (
    <div className="popup" data-user-feature={String(feature.id)}>
      <h2 className="popup-name">{asText(title) || String(feature.id)}</h2>
      <p className="plan-badges">
        <span className="badge badge-kind">
          {t('user.layer')}: {layerName}
        </span>
        <span className="badge badge-provisional">{t('user.notPlan')}</span>
      </p>
      {entries.length === 0 ? (
        <p className="unknown">{t('user.noProperties')}</p>
      ) : (
        <dl className="popup-facts">
          {entries.slice(0, MAX_ROWS).map(([k, v]) => (
            <div key={k}>
              <dt>{k}</dt>
              <dd>{asText(v)}</dd>
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
