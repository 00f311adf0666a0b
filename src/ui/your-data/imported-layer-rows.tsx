import { lazy, type RefObject, Suspense, useState } from 'react';
import { formatName } from '../../i18n/format-name';
import { usePanelT } from '../../i18n/panel-text';
import type { ImportedLayer } from '../../import/imported-store';
import type { ImportedLayerList } from './imported-layers';
import { UnsavedMark } from './unsaved-mark';
import { UserLayerRow } from './user-layer-row';

const ImportNotes = lazy(() => import('./import-notes').then((m) => ({ default: m.ImportNotes })));

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
  const { t } = usePanelT();
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

/** The user's imported layers as rows, top of the drawing first; after a removal the import button takes the focus. */
export function ImportedLayerRows({
  layers,
  onRemove,
  onZoom,
  importButton,
}: {
  layers: ImportedLayerList;
  onRemove: (layer: ImportedLayer) => void;
  onZoom: ((layer: ImportedLayer) => void) | null;
  importButton: RefObject<HTMLButtonElement | null>;
}) {
  const { t } = usePanelT();
  return (
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
            colour
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
              l.notes &&
              l.notes.length > 0 && (
                <Suspense fallback={null}>
                  <ImportNotes notes={l.notes} className="layer-notes" />
                </Suspense>
              )
            }
          />
        );
      })}
    </ul>
  );
}
