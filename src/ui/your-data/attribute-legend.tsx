import { categoryRows, classRows } from '../../analysis/classify';
import { usePanelT } from '../../i18n/panel-text';
import { formatNumber } from '../../i18n/translate';
import type { FieldSummary } from '../../import/field-summary';
import type { ClassCount, ClassMethod } from '../../import/layer-style';
import { Swatch } from '../swatch';

const swatchOf = (color: string) => ({ kind: 'fill' as const, color, outline: '#5f5f5f' });

/** The legend of a layer coloured by category: each value in its colour, its features and area. */
export function CategoryLegend({ summary }: { summary: FieldSummary }) {
  const { t, lang } = usePanelT();
  const rows = categoryRows(summary);
  const hasArea = rows.some((r) => r.areaM2 > 0);
  return (
    <table className="attribute-legend" data-attribute-legend="categories">
      <caption className="visually-hidden">{t('style.legendOf', { field: summary.name })}</caption>
      <thead>
        <tr>
          <th scope="col">
            <span className="visually-hidden">{t('style.colour')}</span>
          </th>
          <th scope="col">{summary.name}</th>
          <th scope="col" className="num">
            {t('style.features')}
          </th>
          {hasArea && (
            <th scope="col" className="num">
              ha
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.value ?? '\u0000'} data-value={r.value ?? ''}>
            <td>
              <Swatch swatch={swatchOf(r.colour)} />
            </td>
            <th scope="row">{r.value === '' ? t('style.noCode') : (r.value ?? t('style.other'))}</th>
            <td className="num">{formatNumber(lang, r.count, 0)}</td>
            {hasArea && <td className="num">{formatNumber(lang, r.areaM2 / 10_000, 2)}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The legend of a layer coloured by classes of a number: each class's range in its colour. */
export function ClassLegend({
  summary,
  method,
  count,
}: {
  summary: FieldSummary;
  method: ClassMethod;
  count: ClassCount;
}) {
  const { t, lang } = usePanelT();
  const rows = classRows(summary, method, count);
  const n = (v: number) => formatNumber(lang, v, 2);
  return (
    <>
      <table className="attribute-legend" data-attribute-legend="classes">
        <caption className="visually-hidden">{t('style.legendOf', { field: summary.name })}</caption>
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">{t('style.colour')}</span>
            </th>
            <th scope="col">{summary.name}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={r.from} data-class={i}>
              <td>
                <Swatch swatch={swatchOf(r.colour)} />
              </td>
              <td>
                {i === rows.length - 1
                  ? t('style.rangeLast', { from: n(r.from), to: n(r.to) })
                  : t('style.range', { from: n(r.from), to: n(r.to) })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length < count && <p className="layer-source">{t('style.fewerClasses', { n: rows.length })}</p>}
      <p className="layer-source">{t('style.noNumber')}</p>
    </>
  );
}
