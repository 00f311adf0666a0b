import { lazy, type ReactNode, Suspense, useRef } from 'react';
import { useT } from '../../i18n/lang-context';
import { SUPPORTED_EXTENSIONS } from '../../import/extensions';
import type { ImportedLayer } from '../../import/imported-store';
import type { Unsaved } from '../../state/app-state';
import type { ImportedPatch } from '../../state/imported-actions';
import './planner-tools.css';

// The rows load with the first layer the user adds: the first view shows only the import button.
const ImportedLayerRows = lazy(() =>
  import('./imported-layer-rows').then((m) => ({ default: m.ImportedLayerRows })),
);

/**
 * "Your data" in the layer panel: the file picker, and each imported layer with its box, name,
 * colour, opacity, order, a zoom and a remove button. Top of the drawing first, as the rest of
 * the list.
 */
/** The user's imported layers, bottom to top, and what the layer list may change of them. */
export interface ImportedLayerList {
  layers: readonly ImportedLayer[];
  /** Layers this browser could not store, by id. */
  unsaved: Readonly<Record<string, Unsaved>>;
  update: (id: string, patch: ImportedPatch) => void;
  move: (id: string, dir: 'up' | 'down') => void;
}

export function ImportedLayersSection({
  layers,
  onFiles,
  onRemove,
  onZoom,
  archives,
}: {
  layers: ImportedLayerList;
  onFiles: (files: File[]) => void;
  onRemove: (layer: ImportedLayer) => void;
  /** Frames the layer on the map; the button is left out without a map. */
  onZoom: ((layer: ImportedLayer) => void) | null;
  /** The PMTiles archives' address field and list, under the import button. */
  archives?: ReactNode;
}) {
  const { t } = useT();
  const input = useRef<HTMLInputElement>(null);
  const importButton = useRef<HTMLButtonElement>(null);
  return (
    <section className="layer-group user-layers" aria-labelledby="group-user">
      <h3 id="group-user" className="group-title">
        {t('user.heading')}
      </h3>
      <input
        ref={input}
        type="file"
        multiple
        accept={[...SUPPORTED_EXTENSIONS, '.pmtiles'].join(',')}
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        data-import-input=""
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
      <button
        ref={importButton}
        type="button"
        className="import-button"
        onClick={() => input.current?.click()}
      >
        {t('user.import')}
      </button>
      {archives}
      {layers.layers.length === 0 ? (
        <p className="layer-source">{t('user.hint')}</p>
      ) : (
        <Suspense fallback={null}>
          <ImportedLayerRows
            layers={layers}
            onRemove={onRemove}
            onZoom={onZoom}
            importButton={importButton}
          />
        </Suspense>
      )}
    </section>
  );
}
