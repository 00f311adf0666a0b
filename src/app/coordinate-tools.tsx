import { lazy, Suspense, useCallback, useState } from 'react';
import { useT } from '../i18n/lang-context';
import { coordsText } from '../i18n/strings-coords';
import type { LngLat } from '../types/core';
import { CoordinateReadout } from '../ui/coordinates/coordinate-readout';
import { useStore } from '../ui/use-store';
import { useApp } from './use-app-data';

// The box, its parser and proj4 load when the button is first pressed.
const PasteDialog = lazy(() =>
  import('../ui/coordinates/paste-dialog').then((m) => ({ default: m.PasteDialog })),
);

/**
 * "Paste coordinates (land certificate)" in "Your data" (loaded after the first view, by
 * layer-panel.tsx; one module with the readout): opens the paste box; its parcel goes through openParcel.
 */
export function PasteParcel() {
  const { lang } = useT();
  const store = useStore();
  const app = useApp();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="import-button" onClick={() => setOpen(true)}>
        {coordsText(lang, 'coords.paste.open')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <PasteDialog
            lang={lang}
            onClose={() => setOpen(false)}
            onShow={(feature, name) =>
              void import('./land-parcel').then((m) => m.openParcel({ store, app }, feature, name))
            }
          />
        </Suspense>
      )}
    </>
  );
}

/** The coordinate readout wired to the main map (loaded after the first view by map-stage.tsx). */
export function CoordinateSlot() {
  const { lang } = useT();
  const { mapApi } = useApp();
  const watch = useCallback(
    (onPointer: (p: LngLat | null) => void, onCentre: (c: LngLat) => void) =>
      mapApi.current?.watchPosition(onPointer, onCentre) ?? Promise.resolve(() => {}),
    [mapApi],
  );
  return <CoordinateReadout lang={lang} watch={watch} />;
}
