import { useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n/lang-context';
import '../your-data/planner-tools.css';

/**
 * Hands the current view on: as a picture, or the visible layers as GeoJSON or CSV. The menu folds
 * away once a file is on its way, and on a click anywhere else, so it never sits over the map.
 */
export function ExportMenu({
  onPng,
  onGeoJson,
  onCsv,
  pngUnavailable = null,
}: {
  onPng: (pixelRatio?: number) => Promise<unknown>;
  /** Why no picture can be made (no map), shown in place of the picture buttons' use. */
  pngUnavailable?: string | null;
  onGeoJson: () => void;
  onCsv: () => void;
}) {
  const { t } = useT();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const [open, setOpen] = useState(false);
  const menu = useRef<HTMLDetailsElement>(null);
  const close = () => {
    if (menu.current) menu.current.open = false;
  };
  useEffect(() => {
    if (!open) return;
    const outside = (e: PointerEvent) => {
      if (menu.current && !menu.current.contains(e.target as Node)) menu.current.open = false;
    };
    document.addEventListener('pointerdown', outside, true);
    return () => document.removeEventListener('pointerdown', outside, true);
  }, [open]);
  return (
    <details
      ref={menu}
      onToggle={(e) => setOpen(e.currentTarget.open)}
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
            disabled={busy || pngUnavailable !== null}
            aria-describedby={pngUnavailable ? 'export-png-unavailable' : undefined}
            onClick={() => {
              setBusy(true);
              setFailed(false);
              onPng(ratio)
                .then(close)
                .catch(() => setFailed(true))
                .finally(() => setBusy(false));
            }}
          >
            {busy ? t('export.busy') : t(ratio ? 'export.png2x' : 'export.png')}
          </button>
        ))}
        {pngUnavailable && (
          <p className="export-note" id="export-png-unavailable">
            {pngUnavailable}
          </p>
        )}
        <button
          type="button"
          onClick={() => {
            onGeoJson();
            close();
          }}
        >
          {t('export.geojson')}
        </button>
        <button
          type="button"
          onClick={() => {
            onCsv();
            close();
          }}
        >
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
