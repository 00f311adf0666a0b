import type { Feature } from 'geojson';
import { fold } from '../analysis/search';
import { useT } from '../i18n/lang-context';

const MAX_ROWS = 20;
const STYLE_KEY =
  /^(styleUrl|styleHash|styleMapHash|stroke(-opacity|-width)?|fill(-opacity)?|marker-(color|size|symbol)|icon(-scale|-color|-opacity)?|label-(scale|color|opacity))$/;

/** A property value as plain text (objects as JSON), cut short: never HTML. */
function asText(v: unknown): string {
  const s = typeof v === 'string' ? v : v === null || v === undefined ? '' : JSON.stringify(v);
  return s.length > 200 ? `${s.slice(0, 199)}…` : s;
}

/** The popup of a feature the user imported: its layer, its own properties, and that it is theirs. */
export function UserFeaturePopup({ feature, layerName }: { feature: Feature; layerName: string }) {
  const { t } = useT();
  // KML and simplestyle keep their look in the properties: that is not the user's data.
  const entries = Object.entries(feature.properties ?? {}).filter(([k]) => !STYLE_KEY.test(k));
  // "Tên điểm", "ten_diem", "Name", "title": the first name-like column titles the popup.
  const title = entries.find(([k]) => /^(name|ten|title|tieu de)\b/.test(fold(k).replace(/_/g, ' ')))?.[1];
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
