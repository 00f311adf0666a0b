import { lazy, type ReactNode, Suspense, useRef, useState } from 'react';
import { formatName } from '../../i18n/format-name';
import { useT } from '../../i18n/lang-context';
import { SUPPORTED_EXTENSIONS } from '../../import/extensions';
import type { ImportedLayer } from '../../import/imported-store';
import type { Unsaved } from '../../state/app-state';
import type { ImportedPatch } from '../../state/imported-actions';
import { SKETCH_LAYER_ID } from '../../state/map-draws';
import { PartBoundary } from '../part-boundary';
import { UnsavedMark } from './unsaved-mark';
import { UserLayerRow } from './user-layer-row';
import './planner-tools.css';

const ImportNotes = lazy(() => import('./import-notes').then((m) => ({ default: m.ImportNotes })));
const LayerStyleControl = lazy(() => import('./layer-style').then((m) => ({ default: m.LayerStyleControl })));

/** Whether a layer has attributes to colour or label by (its control loads only then). */
const canStyle = (l: ImportedLayer) => l.id !== SKETCH_LAYER_ID && (l.data.fields ?? []).length > 0;

/** A layer's name, and a box to change it in place (Enter keeps, Escape gives up). */
function LayerName({
  layer,
  boxId,
  onRename,
}: {
  layer: ImportedLayer;
  boxId: string;
  onRename: (name: string) => void;
}) {
  const { t } = useT();
  const [editing, setEditing] = useState(false);
  if (editing)
    return (
      <input
        className="rename"
        defaultValue={layer.name}
        aria-label={t('user.rename', { title: layer.name })}
        // biome-ignore lint/a11y/noAutofocus: the box appears because the user asked to rename
        autoFocus
        onBlur={(e) => {
          setEditing(false);
          if (e.target.value.trim()) onRename(e.target.value.trim());
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') e.currentTarget.blur();
          if (e.key === 'Escape') {
            e.stopPropagation();
            e.currentTarget.value = layer.name;
            e.currentTarget.blur();
          }
        }}
      />
    );
  return (
    <>
      <label htmlFor={boxId}>{layer.name}</label>
      <button
        type="button"
        className="link-button"
        aria-label={t('user.rename', { title: layer.name })}
        onClick={() => setEditing(true)}
      >
        {t('user.renameShort')}
      </button>
    </>
  );
}

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
  /** Opens a layer's attribute table over the map. */
  openTable: (id: string) => void;
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
        <ul className="layer-list">
          {[...layers.layers].reverse().map((l, shownAt) => {
            // Shown newest (drawn on top) first; `i` is the place in the drawing order.
            const i = layers.layers.length - 1 - shownAt;
            const n = l.data.count;
            const unsaved = layers.unsaved[l.id];
            return (
              <UserLayerRow
                key={l.id}
                layer={l}
                data={{ 'data-layer': l.id }}
                name={
                  <>
                    <LayerName
                      layer={l}
                      boxId={`layer-${l.id}`}
                      onRename={(name) => layers.update(l.id, { name })}
                    />
                    <span className="layer-status">
                      {t(n === 1 ? 'user.countOne' : 'user.count', { n, format: formatName(l.format) })}
                    </span>
                  </>
                }
                status={
                  unsaved && (
                    <p className="layer-unsaved">
                      <UnsavedMark name={l.name} unsaved={unsaved} />
                    </p>
                  )
                }
                colour={!l.style}
                can={{ up: i < layers.layers.length - 1, down: i > 0 }}
                notPlan={t('user.notPlan')}
                onChange={(patch) => layers.update(l.id, patch)}
                onMove={(dir) => layers.move(l.id, dir)}
                onZoom={onZoom && (() => onZoom(l))}
                onRemove={() => {
                  onRemove(l);
                  importButton.current?.focus();
                }}
                footer={
                  <>
                    {l.data.count > 0 && l.id !== SKETCH_LAYER_ID && (
                      <button
                        type="button"
                        className="link-button layer-table-button"
                        data-open-table={l.id}
                        aria-label={t('user.tableOf', { title: l.name })}
                        onClick={() => layers.openTable(l.id)}
                      >
                        {t('user.table')}
                      </button>
                    )}
                    {canStyle(l) && (
                      <PartBoundary message={t('user.partFailed')}>
                        <Suspense fallback={null}>
                          <LayerStyleControl layer={l} onChange={(patch) => layers.update(l.id, patch)} />
                        </Suspense>
                      </PartBoundary>
                    )}
                    {l.notes && l.notes.length > 0 && (
                      <Suspense fallback={null}>
                        <ImportNotes notes={l.notes} className="layer-notes" />
                      </Suspense>
                    )}
                  </>
                }
              />
            );
          })}
        </ul>
      )}
    </section>
  );
}
