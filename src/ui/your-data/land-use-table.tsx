import {
  LAND_USE_REGULATION,
  type LandUseRow,
  landUseColour,
  landUseRows,
  UNKNOWN_CODE_COLOUR,
} from '../../analysis/land-use-codes';
import { usePanelT } from '../../i18n/panel-text';
import { formatNumber } from '../../i18n/translate';
import type { ImportedLayer } from '../../import/imported-store';
import { Swatch } from '../swatch';

const ha = (m2: number) => m2 / 10_000;

/** The codes of these rows that share a colour in the regulation's palette, in groups of two or more. */
function twinGroups(rows: readonly LandUseRow[]): string[][] {
  const byColour = new Map<string, string[]>();
  for (const r of rows)
    if (r.entry?.colour) byColour.set(r.entry.colour, [...(byColour.get(r.entry.colour) ?? []), r.code]);
  return [...byColour.values()].filter((codes) => codes.length > 1);
}

/**
 * The legend of the codes a layer has, each with its area and share of the layer's area (or, for
 * points, its count), what is uncertain about a code, which codes share a colour, and the source.
 */
export function LandUseTable({
  layer,
  field,
  contrast,
}: {
  layer: ImportedLayer;
  field: string;
  contrast: boolean;
}) {
  const { t, lang } = usePanelT();
  const summary = layer.data.fields?.find((f) => f.name === field);
  const rows = summary ? landUseRows(summary) : [];
  const hasArea = rows.some((r) => r.areaM2 > 0);
  const totalCount = rows.reduce((s, r) => s + r.count, 0);
  const totalArea = rows.reduce((s, r) => s + r.areaM2, 0);
  const twins = contrast ? [] : twinGroups(rows);
  const head = [t('style.code'), t('style.name'), t('style.features'), t('style.area'), t('style.share')];
  return (
    <details className="land-use" open data-land-use-table>
      <summary className="land-use-summary">{t('style.tableTitle')}</summary>
      <table>
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">{t('style.colour')}</span>
            </th>
            <th scope="col">{t('style.code')}</th>
            <th scope="col">{t('style.name')}</th>
            {hasArea ? (
              <>
                <th scope="col" className="num">
                  ha
                </th>
                <th scope="col" className="num">
                  %
                </th>
              </>
            ) : (
              <th scope="col" className="num">
                {t('style.features')}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const colour = r.entry ? landUseColour(r.entry, contrast) : UNKNOWN_CODE_COLOUR;
            const note = r.entry?.note?.[lang] ?? (r.entry && !r.entry.colour ? t('style.noColour') : null);
            return (
              <tr key={r.code} data-code={r.code}>
                <td>
                  <Swatch swatch={{ kind: 'fill', color: colour, outline: '#5f5f5f' }} />
                </td>
                <th scope="row">{r.code || t('style.noCode')}</th>
                <td>
                  {r.entry ? r.entry[lang] : <span className="unknown">{t('style.unknownCode')}</span>}
                  {note && <span className="land-use-note">{note}</span>}
                </td>
                {hasArea ? (
                  <>
                    <td className="num">{formatNumber(lang, ha(r.areaM2), 2)}</td>
                    <td className="num">{formatNumber(lang, r.share * 100, 1)}</td>
                  </>
                ) : (
                  <td className="num">{formatNumber(lang, r.count, 0)}</td>
                )}
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <td />
            <th scope="row" colSpan={2}>
              {t('style.total', { n: totalCount })}
            </th>
            {hasArea ? (
              <>
                <td className="num">{formatNumber(lang, ha(totalArea), 2)}</td>
                <td className="num">100</td>
              </>
            ) : (
              <td className="num">{formatNumber(lang, totalCount, 0)}</td>
            )}
          </tr>
        </tfoot>
      </table>
      {twins.length > 0 && (
        <p className="layer-source" data-land-use-twins>
          {t('style.sameColour', { codes: twins.map((g) => g.join(' = ')).join('; ') })}
        </p>
      )}
      {hasArea && <p className="layer-source">{t('style.areaNote')}</p>}
      <p className="layer-source">
        {contrast ? t('style.contrastBasis') : t('style.basis', { regulation: LAND_USE_REGULATION[lang] })}{' '}
        <a href={LAND_USE_REGULATION.url} target="_blank" rel="noopener noreferrer">
          {LAND_USE_REGULATION.short}
        </a>
      </p>
      <button
        type="button"
        className="link-button"
        onClick={() =>
          // The CSV writer and the download load when asked for.
          void Promise.all([
            import('../../export/land-use-csv'),
            import('../../export/export-data'),
            import('../../export/compose-png'),
          ]).then(([csv, data, png]) =>
            png.download(
              new Blob([csv.landUseCsv(rows, lang, head, data.CSV_STYLES[lang])], {
                type: 'text/csv;charset=utf-8',
              }),
              `${layer.name} - ${field}.csv`,
            ),
          )
        }
      >
        {t('style.csv')}
      </button>
    </details>
  );
}
