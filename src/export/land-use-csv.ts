import Papa from 'papaparse';
import type { LandUseRow } from '../analysis/land-use-codes';
import type { Lang } from '../types/core';
import type { CsvStyle } from './export-data';

/**
 * A land-use layer's table by code as CSV, for a planner's report: code, name, features, hectares
 * (4 decimals) and share (%), in the CSV style of the language (Vietnamese Excel reads `;` and
 * decimal commas), with a BOM; a cell that a spreadsheet would run as a formula (codes come from
 * the user's file) is escaped.
 */
export function landUseCsv(
  rows: readonly LandUseRow[],
  lang: Lang,
  head: readonly string[],
  style: CsvStyle,
): string {
  const num = (n: number, d: number) => {
    const text = n.toFixed(d);
    return style.decimalComma ? text.replace('.', ',') : text;
  };
  const data = rows.map((r) => [
    r.code,
    r.entry ? r.entry[lang] : '',
    String(r.count),
    num(r.areaM2 / 10_000, 4),
    num(r.share * 100, 2),
  ]);
  return `\uFEFF${Papa.unparse(
    { fields: [...head], data },
    { delimiter: style.delimiter, escapeFormulae: true, newline: '\r\n' },
  )}\r\n`;
}
