import { categoryRows, classRows } from '../analysis/classify';
import { landUseColour, landUseRows, UNKNOWN_CODE_COLOUR } from '../analysis/land-use-codes';
import { ATTRIBUTIONS, type LayerDef, type LegendRow, type Swatch } from '../data/catalog-types';
import { legendOf } from '../data/legend';
import { formatNumber } from '../i18n/translate';
import type { BaseMap, Lang } from '../types/core';
import { type MapDraws, type UserDraw, userDrawn } from './map-draws';
import { drawnLayers } from './selectors';

/** Where a picture's land-use codes and colours come from, with the doubt the panel states. */
export const LAND_USE_CREDIT = {
  vi: 'Mã và màu loại đất: TT 08/2024/TT-BTNMT, bảng màu TT 27/2018/TT-BTNMT (theo bản bên thứ ba trích lại, chưa đối chiếu văn bản gốc)',
  en: 'Land-use codes and colours: Circular 08/2024/TT-BTNMT, palette of Circular 27/2018/TT-BTNMT (as third parties reproduce them, not checked against the official texts)',
};

/** Legend words of the rows of a layer coloured by an attribute. */
const WORDS = {
  vi: {
    none: '(trống)',
    other: 'giá trị khác',
    more: (n: number) => `… và ${n} mục khác`,
    under: 'đến dưới',
  },
  en: { none: '(empty)', other: 'other values', more: (n: number) => `… and ${n} more`, under: 'to under' },
};

/** The credit every picture of the user's own data carries. */
export const USER_CREDIT = { vi: 'Dữ liệu do người dùng nhập', en: 'Data imported by the user' };

/**
 * Every credit a picture of these layers owes: the datasets of the catalog layers drawn,
 * OpenStreetMap when it is the base map, the user's own data, and each user layer's own credit
 * (an archive's, which its licence may ask for).
 */
export function drawCredits(
  draws: MapDraws,
  catalog: readonly LayerDef[],
  baseMap: BaseMap,
  lang: Lang,
): string[] {
  const credits = new Set(
    drawnLayers(catalog, draws.plan).flatMap((d) => ATTRIBUTIONS[d.attribution].split(' · ')),
  );
  if (baseMap === 'osm') credits.add(ATTRIBUTIONS.osm);
  const user = userDrawn(draws);
  if (user.length > 0) credits.add(USER_CREDIT[lang]);
  for (const u of user) if (u.credit) credits.add(u.credit);
  // A picture travels without the panel that says where the land-use colours come from.
  if (user.some((u) => u.style?.by === 'land-use')) credits.add(LAND_USE_CREDIT[lang]);
  return [...credits];
}

/**
 * A legend of what is drawn, top first: the user's layers (their names marked as the user's
 * own with `userMark`), then the rows of each catalog layer drawn that `planInView` keeps.
 */
export function drawLegend(
  draws: MapDraws,
  catalog: readonly LayerDef[],
  lang: Lang,
  userMark: (name: string) => string,
  planInView: (def: LayerDef) => boolean = () => true,
): { label: string; swatch: Swatch }[] {
  const planRows = (d: LayerDef) =>
    legendOf(d).map((row: LegendRow) => ({ label: row.label[lang], swatch: row.swatch }));
  return [
    ...userDrawn(draws).flatMap((u) => [
      { label: userMark(u.name), swatch: u.swatch },
      ...attributeRows(u, lang),
    ]),
    ...drawnLayers(catalog, draws.plan).filter(planInView).flatMap(planRows),
  ];
}

/** A legend lists this many rows of a layer coloured by an attribute at most; the rest are counted. */
export const MAX_CODE_ROWS = 12;

const fill = (color: string): Swatch => ({ kind: 'fill', color, outline: '#5f5f5f' });

/** The rows of a layer coloured by an attribute: its codes, values or classes, each in its colour. */
function attributeRows(u: UserDraw, lang: Lang): { label: string; swatch: Swatch }[] {
  if (u.kind !== 'imported' || !u.style) return [];
  const style = u.style;
  const summary = u.data.fields?.find((f) => f.name === style.field);
  if (!summary) return [];
  const w = WORDS[lang];
  const n = (v: number) => formatNumber(lang, v, 2);
  const rows =
    style.by === 'land-use'
      ? landUseRows(summary).map((r) => ({
          label: r.code ? `${r.code}${r.entry ? ` — ${r.entry[lang]}` : ''}` : w.none,
          swatch: fill(r.entry ? landUseColour(r.entry, u.contrast) : UNKNOWN_CODE_COLOUR),
        }))
      : style.by === 'categories'
        ? categoryRows(summary).map((r) => ({
            label: `${style.field}: ${r.value === '' ? w.none : (r.value ?? w.other)}`,
            swatch: fill(r.colour),
          }))
        : classRows(summary, style.method, style.count).map((r, i, all) => ({
            label: `${style.field}: ${n(r.from)} ${i === all.length - 1 ? '–' : w.under} ${n(r.to)}`,
            swatch: fill(r.colour),
          }));
  const shown = rows.slice(0, MAX_CODE_ROWS);
  const more = rows.length - shown.length;
  return more > 0
    ? [
        ...shown,
        {
          label: w.more(more),
          swatch: { kind: 'fill', color: '#ffffff', outline: '#ffffff' },
        },
      ]
    : shown;
}
