import { categoryRows, classRows } from '../analysis/classify';
import { landUseColour, landUseRows, UNKNOWN_CODE_COLOUR } from '../analysis/land-use-codes';
import { ATTRIBUTIONS, type LayerDef, type LegendRow, type Swatch } from '../data/catalog-types';
import { legendOf } from '../data/legend';
import { formatNumber } from '../i18n/translate';
import type { BaseMap, Lang } from '../types/core';
import { type MapDraws, type UserDraw, userDrawn } from './map-draws';
import { drawnLayers } from './selectors';

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
  const rows =
    style.by === 'land-use'
      ? landUseRows(summary).map((r) => ({
          label: `${r.code}${r.entry ? ` — ${r.entry[lang]}` : ''}`,
          swatch: fill(r.entry ? landUseColour(r.entry, u.contrast) : UNKNOWN_CODE_COLOUR),
        }))
      : style.by === 'categories'
        ? categoryRows(summary).map((r) => ({
            label: `${style.field}: ${r.value ?? (lang === 'vi' ? 'giá trị khác' : 'other values')}`,
            swatch: fill(r.colour),
          }))
        : classRows(summary, style.method, style.count).map((r) => ({
            label: `${style.field}: ${formatNumber(lang, r.from)} – ${formatNumber(lang, r.to)}`,
            swatch: fill(r.colour),
          }));
  const shown = rows.slice(0, MAX_CODE_ROWS);
  const more = rows.length - shown.length;
  return more > 0
    ? [
        ...shown,
        {
          label: lang === 'vi' ? `… và ${more} mục khác` : `… and ${more} more`,
          swatch: { kind: 'fill', color: '#ffffff', outline: '#ffffff' },
        },
      ]
    : shown;
}
