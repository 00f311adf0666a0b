import type { Geometry } from 'geojson';
import { featureMeasure } from '../../analysis/feature-measure';
import { userEntries, userFeatureName } from '../../analysis/user-feature-name';
import { usePanelT } from '../../i18n/panel-text';
import { coordsText } from '../../i18n/strings-coords';
import { formatNumber } from '../../i18n/translate';
import { type LayerData, readFeature } from '../../import/layer-data';
import { useAppState } from '../use-store';
import { AskReport, AttributeList } from './attribute-list';

/** A polygon's area and perimeter, a line's length, as measured here (not as the file may say). */
function FeatureSize({ feature }: { feature: { geometry: Geometry | null } }) {
  const { t, lang } = usePanelT();
  const m = featureMeasure(feature.geometry);
  if (!m) return null;
  return (
    <p className="popup-measure" data-feature-measure>
      {m.kind === 'area'
        ? t('user.area', {
            ha: formatNumber(lang, m.areaM2 / 10_000, 2),
            m2: formatNumber(lang, m.areaM2, 0),
            perimeter: formatNumber(lang, m.perimeterM, 1),
          })
        : t('user.length', { m: formatNumber(lang, m.lengthM, 1) })}
      <span className="popup-measure-note">{t('user.measureNote')}</span>
    </p>
  );
}

/**
 * The popup of a feature the user imported (the `n`th of its layer, from 0): its layer, its own
 * properties, and that it is theirs. Only that feature is parsed, from its own bytes.
 */
export function UserFeaturePopup({ data, n, layerName }: { data: LayerData; n: number; layerName: string }) {
  const { t, lang } = usePanelT();
  const popup = useAppState((s) => s.popup);
  const feature = readFeature(data, n);
  if (!feature) return null;
  return (
    <div className="popup" data-user-feature={String(feature.id)}>
      <h2 className="popup-name">{userFeatureName(feature)}</h2>
      <p className="plan-badges">
        <span className="badge badge-kind">
          {t('user.layer')}: {layerName}
        </span>
        <span className="badge badge-provisional">{t('user.notPlan')}</span>
      </p>
      <FeatureSize feature={feature} />
      {/* KML and simplestyle keep their look in the properties: that is not the user's data. */}
      <AttributeList entries={userEntries(feature)} />
      {popup?.kind === 'user' && (
        <AskReport parcel={{ kind: 'user', key: popup.key }} origin={{ kind: 'popup' }} />
      )}
      {(feature.geometry.type === 'Polygon' || feature.geometry.type === 'MultiPolygon') && (
        <button
          type="button"
          className="link-button"
          onClick={() => {
            const g = feature.geometry;
            const ring =
              g.type === 'Polygon'
                ? g.coordinates[0]
                : g.type === 'MultiPolygon'
                  ? g.coordinates[0]?.[0]
                  : [];
            // proj4 and the table load when asked for.
            void Promise.all([import('../../export/corner-table'), import('../../export/compose-png')]).then(
              ([table, png]) =>
                png.download(
                  new Blob([table.cornerTableCsv(ring ?? [])], { type: 'text/csv;charset=utf-8' }),
                  `${layerName} - VN-2000.csv`,
                ),
            );
          }}
        >
          {coordsText(lang, 'coords.export.corners')}
        </button>
      )}
    </div>
  );
}
