import type { Proximity, TargetKind } from '../../analysis/targets';
import { formatKm } from '../../i18n/format-distance';
import { usePanelT } from '../../i18n/panel-text';
import './investor-tools.css';

/**
 * A site's straight-line distances, each with what it is measured to and how exact it is, then
 * whether it lies in the geopark and — honestly — that its socio-economic zone is unknown. Only the
 * `kinds` the data measures are listed: a kind with no target could only ever say "unknown".
 */
export function ProximityList({ proximity, kinds }: { proximity: Proximity; kinds: readonly TargetKind[] }) {
  const { lang, t } = usePanelT();
  return (
    <div className="proximity">
      <dl className="proximity-list">
        {kinds.map((k) => {
          const d = proximity.distances[k];
          return (
            <div key={k} data-target={k}>
              <dt>{t(`criterion.${k}`)}</dt>
              <dd>
                {d ? (
                  <>
                    <strong
                      className={d.accuracy === 'schematic' ? 'distance-km is-schematic' : 'distance-km'}
                    >
                      {formatKm(lang, d.km, d.accuracy)}
                    </strong>{' '}
                    <span className="distance-target">
                      {t('proximity.to', { name: d.target.name[lang] })}
                    </span>
                    <span className={`badge accuracy-badge accuracy-${d.accuracy}`}>
                      {t(`accuracy.${d.accuracy}`)}
                    </span>
                    {d.target.accuracy === 'schematic' && (
                      <span className="badge badge-provisional">{t('proximity.schematicTarget')}</span>
                    )}
                    {k === 'railway' && <span className="proximity-note"> {t('proximity.railwayNote')}</span>}
                  </>
                ) : (
                  <span className="unknown">{t('detail.unknown')}</span>
                )}
              </dd>
            </div>
          );
        })}
        <div data-target="geopark">
          <dt>{t('kind.geopark')}</dt>
          <dd>{t(`geopark.${proximity.geopark}`)}</dd>
        </div>
        <div data-target="zone">
          <dt>{t('kind.zone')}</dt>
          <dd className="unknown">{t('sites.zoneUnknown')}</dd>
        </div>
      </dl>
    </div>
  );
}
