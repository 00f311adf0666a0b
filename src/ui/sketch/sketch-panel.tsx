import { useContext } from 'react';
import { LangContext } from '../../i18n/lang-context';
import { type SketchKey, sketchText } from '../../i18n/strings-sketch';
import type { DrawMode } from '../../map/draw-session';
import type { Sketch } from '../../state/sketches';

export interface SketchPanelProps {
  mode: DrawMode;
  onMode: (mode: DrawMode) => void;
  onUndo: () => void;
  canUndo: boolean;
  onDone: () => void;
  sketches: readonly Sketch[];
  /** The sketch picked on the map (its row is marked). */
  selected: string | null;
  sizeOf: (f: Sketch) => string;
  onLabel: (id: string, label: string) => void;
  onNote: (id: string, note: string) => void;
  onRemove: (f: Sketch) => void;
  onZoom: (f: Sketch) => void;
  onEdit: (f: Sketch) => void;
  onPlan: (f: Sketch) => void;
  onExport: (format: 'geojson' | 'kml') => void;
  /** Said politely: what was just done (added, removed, nothing to undo). */
  status: string;
}

const MODES: readonly DrawMode[] = ['polygon', 'line', 'point', 'select'];

/**
 * The drawing tools' panel: the tool in use, undo and done; then every sketch as a row a keyboard
 * user can work with (label, note, zoom to, edit on the map, the plan here, delete).
 */
export function SketchPanel(p: SketchPanelProps) {
  const lang = useContext(LangContext);
  const t = (k: SketchKey, params?: Record<string, string | number>) => sketchText(lang, k, params);
  return (
    <section className="sketch-panel" aria-labelledby="sketch-heading">
      <h2 id="sketch-heading">{t('sketch.heading')}</h2>
      <p className="sketch-intro">{t('sketch.intro')}</p>
      <div className="sketch-modes" role="toolbar" aria-label={t('sketch.modes')}>
        {MODES.map((m) => (
          <button key={m} type="button" aria-pressed={p.mode === m} onClick={() => p.onMode(m)}>
            {t(`sketch.${m}`)}
          </button>
        ))}
        <button type="button" onClick={p.onUndo} disabled={!p.canUndo}>
          {t('sketch.undo')}
        </button>
        <button type="button" className="sketch-done" onClick={p.onDone}>
          {t('sketch.done')}
        </button>
      </div>
      <p className="sketch-status" role="status" aria-live="polite">
        {p.status}
      </p>
      <h3>{t('sketch.list')}</h3>
      {p.sketches.length === 0 ? (
        <p>{t('sketch.empty')}</p>
      ) : (
        <ol className="sketch-list">
          {p.sketches.map((f, i) => {
            const { id, label, note } = f.properties;
            const name = label || String(i + 1);
            return (
              <li key={id} className={p.selected === id ? 'is-selected' : undefined} data-sketch={id}>
                <label>
                  <span className="sketch-field">{t('sketch.label')}</span>
                  <input
                    value={label}
                    aria-label={t('sketch.labelOf', { n: i + 1 })}
                    onChange={(e) => p.onLabel(id, e.target.value)}
                  />
                </label>
                <p className="sketch-size">{p.sizeOf(f)}</p>
                <label>
                  <span className="sketch-field">{t('sketch.note')}</span>
                  <textarea
                    rows={2}
                    value={note}
                    aria-label={t('sketch.noteOf', { n: i + 1 })}
                    onChange={(e) => p.onNote(id, e.target.value)}
                  />
                </label>
                <div className="sketch-actions">
                  <button type="button" aria-label={t('sketch.zoomOf', { name })} onClick={() => p.onZoom(f)}>
                    {t('sketch.zoom')}
                  </button>
                  <button type="button" aria-label={t('sketch.editOf', { name })} onClick={() => p.onEdit(f)}>
                    {t('sketch.edit')}
                  </button>
                  <button type="button" aria-label={t('sketch.planOf', { name })} onClick={() => p.onPlan(f)}>
                    {t('sketch.plan')}
                  </button>
                  <button
                    type="button"
                    aria-label={t('sketch.removeOf', { name })}
                    onClick={() => p.onRemove(f)}
                  >
                    {t('sketch.remove')}
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      {p.sketches.length > 0 && (
        <p className="sketch-export">
          {t('sketch.export')}{' '}
          <button type="button" onClick={() => p.onExport('geojson')}>
            {t('sketch.geojson')}
          </button>{' '}
          <button type="button" onClick={() => p.onExport('kml')}>
            {t('sketch.kml')}
          </button>
        </p>
      )}
    </section>
  );
}
