import { useState } from 'react';
import { useT } from '../i18n/lang-context';
import './planner-tools.css';

/** Hands the current view on: as a picture, or the visible layers as GeoJSON or CSV. */
export function ExportMenu({
  onPng,
  onGeoJson,
  onCsv,
}: {
  onPng: (pixelRatio?: number) => Promise<unknown>;
  onGeoJson: () => void;
  onCsv: () => void;
}) {
  const { t } = useT();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  return (
    <details
      className="export-menu"
      onKeyDown={(e) => {
        // Escape folds the menu back, as it closes the other things that open.
        if (e.key !== 'Escape' || !e.currentTarget.open) return;
        e.stopPropagation();
        e.currentTarget.open = false;
        e.currentTarget.querySelector('summary')?.focus();
      }}
    >
      <summary>{t('export.open')}</summary>
      <div className="export-items">
        {([undefined, 2] as const).map((ratio) => (
          <button
            key={ratio ?? 1}
            type="button"
            disabled={busy}
            onClick={() => {
              setBusy(true);
              setFailed(false);
              onPng(ratio)
                .catch(() => setFailed(true))
                .finally(() => setBusy(false));
            }}
          >
            {busy ? t('export.busy') : t(ratio ? 'export.png2x' : 'export.png')}
          </button>
        ))}
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
