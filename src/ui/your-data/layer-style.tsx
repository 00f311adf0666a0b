import { canClassify } from '../../analysis/classify';
import { knownShare, landUseFieldOf } from '../../analysis/land-use-codes';
import { usePanelT } from '../../i18n/panel-text';
import type { FieldSummary } from '../../import/field-summary';
import type { ImportedLayer } from '../../import/imported-store';
import { CLASS_COUNTS, type ClassCount, type ClassMethod, type LayerStyle } from '../../import/layer-style';
import { mapStyleOf } from '../../state/selectors';
import { useAppState } from '../use-store';
import { CategoryLegend, ClassLegend } from './attribute-legend';
import { LandUseTable } from './land-use-table';

/** The label choice's value for no labels at all (a land-use layer's default is its codes). */
const NO_LABELS = 'none';

/** A style as the colour choice's value: `<by>:<field>` ('' for one colour). */
const choiceOf = (style: LayerStyle | undefined) => (style ? `${style.by}:${style.field}` : '');

/** The style a choice names, classes of equal counts in 5 unless the layer had other settings. */
function styleOf(choice: string, before: LayerStyle | undefined): LayerStyle | undefined {
  const cut = choice.indexOf(':');
  if (cut < 0) return undefined;
  const by = choice.slice(0, cut);
  const field = choice.slice(cut + 1);
  if (by === 'land-use' || by === 'categories') return { by, field };
  const kept = before?.by === 'classes' ? before : null;
  return { by: 'classes', field, method: kept?.method ?? 'quantile', count: kept?.count ?? 5 };
}

/** How a layer classed by a number is cut: equal counts or equal widths, and into how many. */
function ClassSettings({
  style,
  onStyle,
}: {
  style: Extract<LayerStyle, { by: 'classes' }>;
  onStyle: (s: LayerStyle) => void;
}) {
  const { t } = usePanelT();
  return (
    <span className="class-settings">
      <label>
        {t('style.method')}{' '}
        <select
          value={style.method}
          onChange={(e) => onStyle({ ...style, method: e.target.value as ClassMethod })}
        >
          <option value="quantile">{t('style.quantile')}</option>
          <option value="equal">{t('style.equal')}</option>
        </select>
      </label>
      <label>
        {t('style.count')}{' '}
        <select
          value={style.count}
          onChange={(e) => onStyle({ ...style, count: Number(e.target.value) as ClassCount })}
        >
          {CLASS_COUNTS.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </label>
    </span>
  );
}

/**
 * How an imported layer is drawn by its attributes: one colour, by land-use code, a colour for each
 * value, or classes of a number; and which field is written beside its features. With its legend
 * (for land-use codes, the area table with its sources).
 */
export function LayerStyleControl({
  layer,
  onChange,
}: {
  layer: ImportedLayer;
  onChange: (patch: { style?: LayerStyle | undefined; label?: string | undefined }) => void;
}) {
  const { t } = usePanelT();
  const contrast = useAppState((s) => mapStyleOf(s) === 'contrast');
  const fields = layer.data.fields ?? [];
  if (fields.length === 0) return null;
  const detected = landUseFieldOf(fields);
  const style = layer.style;
  // The current choice is always offered, even when its field no longer looks as it did.
  const current = (by: LayerStyle['by'], f: FieldSummary) => style?.by === by && style.field === f.name;
  const codes = fields.filter((f) => knownShare(f) > 0 || current('land-use', f));
  const categories = fields.filter(
    (f) => (f.values !== null && f.values.length > 0) || current('categories', f),
  );
  const numbers = fields.filter((f) => canClassify(f) || current('classes', f));
  const summary = style && fields.find((f) => f.name === style.field);
  return (
    <div className="layer-style" data-layer-style>
      <label>
        {t('style.by')}{' '}
        <select
          aria-label={t('style.byLayer', { title: layer.name })}
          value={choiceOf(style)}
          onChange={(e) => onChange({ style: styleOf(e.target.value, style) })}
        >
          <option value="">{t('style.one')}</option>
          {codes.length > 0 && (
            <optgroup label={t('style.groupLandUse')}>
              {codes.map((f) => (
                <option key={f.name} value={`land-use:${f.name}`}>
                  {t('style.landUse', { field: f.name })}
                  {f.name === detected ? ` (${t('style.detected')})` : ''}
                </option>
              ))}
            </optgroup>
          )}
          {categories.length > 0 && (
            <optgroup label={t('style.groupCategories')}>
              {categories.map((f) => (
                <option key={f.name} value={`categories:${f.name}`}>
                  {t('style.categories', { field: f.name, n: f.values?.length ?? 0 })}
                </option>
              ))}
            </optgroup>
          )}
          {numbers.length > 0 && (
            <optgroup label={t('style.groupClasses')}>
              {numbers.map((f) => (
                <option key={f.name} value={`classes:${f.name}`}>
                  {t('style.classes', { field: f.name })}
                </option>
              ))}
            </optgroup>
          )}
        </select>
      </label>
      {style?.by === 'classes' && <ClassSettings style={style} onStyle={(s) => onChange({ style: s })} />}
      <label>
        {t('style.label')}{' '}
        <select
          aria-label={t('style.labelLayer', { title: layer.name })}
          value={layer.label === undefined ? '' : layer.label === '' ? NO_LABELS : `field:${layer.label}`}
          onChange={(e) => {
            const v = e.target.value;
            onChange({ label: v === '' ? undefined : v === NO_LABELS ? '' : v.slice('field:'.length) });
          }}
        >
          <option value="">
            {style?.by === 'land-use' ? t('style.labelCodes', { field: style.field }) : t('style.noLabel')}
          </option>
          {style?.by === 'land-use' && <option value={NO_LABELS}>{t('style.noLabel')}</option>}
          {fields.map((f) => (
            <option key={f.name} value={`field:${f.name}`}>
              {f.name}
            </option>
          ))}
        </select>
      </label>
      {style?.by === 'land-use' && <LandUseTable layer={layer} field={style.field} contrast={contrast} />}
      {style?.by === 'categories' && summary && <CategoryLegend summary={summary} />}
      {style?.by === 'classes' && summary && (
        <ClassLegend summary={summary} method={style.method} count={style.count} />
      )}
    </div>
  );
}
