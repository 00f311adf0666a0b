import type { ReactNode } from 'react';
import { useT } from '../i18n/lang-context';

/**
 * A layer's opacity slider and its up/down buttons in the draw order, for the plan's layers and
 * the user's alike; `before` and `after` add an imported layer's colour and its remove button.
 */
export function LayerTools({
  title,
  opacity,
  onOpacity,
  onMove,
  can = { up: true, down: true },
  before,
  after,
}: {
  title: string;
  opacity: number;
  onOpacity: (v: number) => void;
  onMove: (dir: 'up' | 'down') => void;
  /** Whether the layer can go up or down: not past the top or bottom of its group. */
  can?: { up: boolean; down: boolean };
  before?: ReactNode;
  after?: ReactNode;
}) {
  const { t } = useT();
  return (
    <div className="layer-tools">
      {before}
      <label className="opacity">
        <input
          type="range"
          min={0}
          max={1}
          step={0.1}
          value={opacity}
          aria-label={t('layers.opacity', { title })}
          aria-valuetext={`${Math.round(opacity * 100)}%`}
          title={`${t('layers.opacity', { title })}: ${Math.round(opacity * 100)}%`}
          onChange={(e) => onOpacity(Number(e.target.value))}
        />
      </label>
      {(['up', 'down'] as const).map((dir) => (
        <button
          key={dir}
          type="button"
          className="order-button"
          aria-label={t(`layers.${dir}`, { title })}
          title={t(`layers.${dir}`, { title })}
          // aria-disabled, not disabled: focus stays on the button that just reached the end.
          aria-disabled={!can[dir]}
          onClick={() => {
            if (can[dir]) onMove(dir);
          }}
        >
          {dir === 'up' ? '▲' : '▼'}
        </button>
      ))}
      {after}
    </div>
  );
}
