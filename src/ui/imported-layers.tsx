import { useRef } from 'react';
import type { ImportedLayers } from '../app/use-imported-layers';
import { formatName } from '../i18n/format-name';
import { useT } from '../i18n/lang-context';
import { SUPPORTED_EXTENSIONS } from '../import/problems';
import { LayerTools } from './layer-tools';
import './planner-tools.css';

/**
 * "Your data" in the layer panel: the file picker, and each imported layer with its box, colour,
 * opacity, order and a remove button. Top of the drawing first, as the rest of the list.
 */
export function ImportedLayersSection({
  layers,
  onFiles,
}: {
  layers: ImportedLayers;
  onFiles: (files: File[]) => void;
}) {
  const { t } = useT();
  const input = useRef<HTMLInputElement>(null);
  return (
    <section className="layer-group user-layers" aria-labelledby="group-user">
      <h3 id="group-user" className="group-title">
        {t('user.heading')}
      </h3>
      <input
        ref={input}
        type="file"
        multiple
        accept={SUPPORTED_EXTENSIONS.join(',')}
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
      <button type="button" className="import-button" onClick={() => input.current?.click()}>
        {t('user.import')}
      </button>
      {layers.layers.length === 0 ? (
        <p className="layer-source">{t('user.hint')}</p>
      ) : (
        <ul className="layer-list">
          {[...layers.layers].reverse().map((l) => {
            const title = l.name;
            const boxId = `layer-${l.id}`;
            return (
              <li key={l.id} className={`layer ${l.visible ? 'is-on' : ''}`} data-layer={l.id}>
                <div className="layer-main">
                  <input
                    id={boxId}
                    type="checkbox"
                    checked={l.visible}
                    onChange={(e) => layers.update(l.id, { visible: e.target.checked })}
                  />
                  <label htmlFor={boxId}>{title}</label>
                  <span className="layer-status">
                    {t('user.count', { n: l.fc.features.length, format: formatName(l.format) })}
                  </span>
                </div>
                <LayerTools
                  title={title}
                  opacity={l.opacity}
                  onOpacity={(opacity) => layers.update(l.id, { opacity })}
                  onMove={(dir) => layers.move(l.id, dir)}
                  before={
                    <input
                      type="color"
                      className="user-color"
                      value={l.color}
                      aria-label={t('user.color', { title })}
                      title={t('user.color', { title })}
                      onChange={(e) => layers.update(l.id, { color: e.target.value })}
                    />
                  }
                  after={
                    <button
                      type="button"
                      className="order-button user-remove"
                      aria-label={t('user.remove', { title })}
                      title={t('user.remove', { title })}
                      onClick={() => layers.remove(l.id)}
                    >
                      ×
                    </button>
                  }
                />
                <p className="layer-source">{t('user.notPlan')}</p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
