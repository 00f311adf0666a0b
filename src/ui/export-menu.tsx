import { useState } from 'react';
import { useT } from '../i18n/lang-context';
import './planner-tools.css';

/** Hands the current view on: as a picture, or the visible layers as GeoJSON or CSV. */
export function ExportMenu({
  onPng,
  onGeoJson,
  onCsv,
}: {
  onPng: () => Promise<unknown>;
  onGeoJson: () => void;
  onCsv: () => void;
}) {
  const { t } = useT();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  return (
    <details className="export-menu">
      <summary>{t('export.open')}</summary>
      <div className="export-items">
        <button
          type="button"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            setFailed(false);
            onPng()
              .catch(() => setFailed(true))
              .finally(() => setBusy(false));
          }}
        >
          {busy ? t('export.busy') : t('export.png')}
        </button>
        <button type="button" onClick={onGeoJson}>
          {t('export.geojson')}
        </button>
        <button type="button" onClick={onCsv}>
          {t('export.csv')}
        </button>
        <p className="export-note">{t('export.note')}</p>
        {failed && (
          <p className="export-note" role="alert">
            {t('export.failed')}
          </p>
        )}
      </div>
    </details>
  );
}
