import type { MouseEvent, ReactNode } from 'react';
import { useT } from '../../i18n/lang-context';
import { LayerTools } from '../layer-tools';

/** What a row of "Your data" shows of one of the user's layers, whatever its kind. */
export interface UserRowLayer {
  id: string;
  name: string;
  color: string;
  opacity: number;
  visible: boolean;
}

/** A button of a row's tools, a sign for its face and its name for everyone else. */
function ToolButton(props: {
  label: string;
  sign: string;
  className?: string;
  onClick: (e: MouseEvent<HTMLButtonElement>) => void;
}) {
  return (
    <button
      type="button"
      className={`order-button${props.className ? ` ${props.className}` : ''}`}
      aria-label={props.label}
      title={props.label}
      onClick={props.onClick}
    >
      {props.sign}
    </button>
  );
}

/**
 * One of the user's layers in "Your data" (an imported layer, an archive; the coming kinds too):
 * its box and name, what it is, its colour, opacity and order, zoom and remove, and that it is not
 * part of the plan. Each kind adds its own lines in `status` and `children`.
 */
export function UserLayerRow({
  layer,
  data,
  name,
  status,
  colour,
  can,
  notPlan,
  onChange,
  onMove,
  onZoom,
  onRemove,
  footer,
}: {
  layer: UserRowLayer;
  /** The row's data attributes (`data-layer`, `data-archive`…), which tests and styles find it by. */
  data: Record<`data-${string}`, string>;
  /** Beside the box: the name, when the kind offers more than a label (renaming in place; the box's id is `layer-<id>`), and a short status. */
  name?: ReactNode;
  /** Under the name, above the tools: where it comes from, what it waits for. */
  status: ReactNode;
  /** Whether the colour can be chosen (a raster archive draws its own). */
  colour: boolean;
  /** Whether it can go up or down: not past the top or bottom of its kind. */
  can: { up: boolean; down: boolean };
  notPlan: string;
  onChange: (patch: Partial<Pick<UserRowLayer, 'visible' | 'color' | 'opacity'>>) => void;
  onMove: (dir: 'up' | 'down') => void;
  /** Frames the layer on the map; the button is left out without a map (or without bounds). */
  onZoom: (() => void) | null;
  onRemove: (e: MouseEvent<HTMLButtonElement>) => void;
  /** Lines at the end (what the import said of the file). */
  footer?: ReactNode;
}) {
  const { t } = useT();
  const boxId = `layer-${layer.id}`;
  const title = layer.name;
  return (
    <li className={`layer ${layer.visible ? 'is-on' : ''}`} {...data}>
      <div className="layer-main">
        <input
          id={boxId}
          type="checkbox"
          checked={layer.visible}
          onChange={(e) => onChange({ visible: e.target.checked })}
        />
        {name ?? <label htmlFor={boxId}>{layer.name}</label>}
      </div>
      {status}
      <LayerTools
        title={title}
        opacity={layer.opacity}
        onOpacity={(opacity) => onChange({ opacity })}
        onMove={onMove}
        can={can}
        before={
          colour && (
            <input
              type="color"
              className="user-color"
              value={layer.color}
              aria-label={t('user.color', { title })}
              title={t('user.color', { title })}
              onChange={(e) => onChange({ color: e.target.value })}
            />
          )
        }
        after={
          <>
            {onZoom && <ToolButton label={t('user.zoom', { title })} onClick={onZoom} sign="⤢" />}
            <ToolButton
              label={t('user.remove', { title })}
              onClick={onRemove}
              sign="×"
              className="user-remove"
            />
          </>
        }
      />
      <p className="layer-source">{notPlan}</p>
      {footer}
    </li>
  );
}
