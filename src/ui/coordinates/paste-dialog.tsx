import type { Feature, Point, Polygon } from 'geojson';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { ellipsoidArea } from '../../analysis/ellipsoid-area';
import { type CoordsKey, coordsText } from '../../i18n/strings-coords';
import { formatNumber } from '../../i18n/translate';
import { type ParcelOptions, type ParcelProblem, parseParcel } from '../../import/parse-parcel';
import { GRIDS, gridById, LANG_SON_GRID } from '../../import/vn2000';
import type { Lang } from '../../types/core';
import './coordinates.css';

const problemText = (lang: Lang, p: ParcelProblem) => {
  const { code, ...params } = p;
  return coordsText(lang, `coords.p.${code}` as CoordsKey, params as Record<string, string | number>);
};

/**
 * The paste box for a parcel's coordinate list (a certificate's corner table): what was read is
 * shown as a table as it is typed, with what is wrong and the fixes offered; "Show on map" hands
 * the parcel on as a GeoJSON feature in WGS 84 with its corners, area, source and accuracy.
 */
export function PasteDialog({
  lang,
  onClose,
  onShow,
}: {
  lang: Lang;
  onClose: () => void;
  onShow: (feature: Feature<Polygon | Point>, name: string) => void;
}) {
  const t = (key: CoordsKey, params?: Record<string, string | number>) => coordsText(lang, key, params);
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [text, setText] = useState('');
  const [gridId, setGridId] = useState<string | null>(null);
  const [swapXY, setSwap] = useState(false);
  const [dropRepeats, setDrop] = useState(false);
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    return () => {
      if (opener?.isConnected) opener.focus();
    };
  }, []);
  const options: ParcelOptions = {
    swapXY,
    dropRepeats,
    ...(gridId ? { grid: gridById(gridId) ?? LANG_SON_GRID } : {}),
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: options is made of these values
  const parsed = useMemo(() => parseParcel(text, options), [text, gridId, swapXY, dropRepeats]);
  const n = (v: number, digits = 2) => formatNumber(lang, Number(v.toFixed(digits)), digits);
  // The table's metres as a certificate prints them: always to the centimetre (2.417.135,20).
  const cm = (v: number) =>
    new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    }).format(v);
  const geodesic =
    parsed.geometry?.type === 'Polygon' ? ellipsoidArea(parsed.geometry.coordinates[0] ?? []) : 0;

  const show = () => {
    if (!parsed.geometry || parsed.blocking) return;
    const properties: Record<string, string | number> = {
      name: t('coords.layerName'),
      sources: t('coords.source', { grid: parsed.grid.label }),
      accuracy: t('coords.accuracy'),
      grid: parsed.grid.label,
      corners: parsed.corners.map((c) => `${c.id}: X ${c.x.toFixed(2)} Y ${c.y.toFixed(2)}`).join('; '),
    };
    if (parsed.geometry.type === 'Polygon') {
      properties['area_m2'] = Number(parsed.planarArea.toFixed(1));
      properties['area_wgs84_m2'] = Number(geodesic.toFixed(1));
      properties['perimeter_m'] = Number(parsed.perimeter.toFixed(2));
    }
    onShow({ type: 'Feature', properties, geometry: parsed.geometry }, t('coords.layerName'));
    dialog.current?.close();
  };

  return (
    <dialog ref={dialog} className="paste-dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      <h2 id={`${id}-title`}>{t('coords.paste.title')}</h2>
      <p id={`${id}-intro`}>{t('coords.paste.intro')}</p>
      <label htmlFor={`${id}-text`}>{t('coords.paste.label')}</label>
      <textarea
        id={`${id}-text`}
        aria-describedby={`${id}-intro`}
        value={text}
        spellCheck={false}
        onChange={(e) => setText(e.target.value)}
      />
      <label htmlFor={`${id}-grid`}>{t('coords.paste.grid')}</label>
      <select id={`${id}-grid`} value={parsed.grid.id} onChange={(e) => setGridId(e.target.value)}>
        {GRIDS.map((g) => (
          <option key={g.id} value={g.id}>
            {g.label} (EPSG:{g.epsg})
          </option>
        ))}
      </select>
      <div role="status" aria-live="polite" className="paste-status">
        {parsed.problems.length > 0 && (
          <ul className="paste-problems">
            {parsed.problems.map((p) => (
              <li key={JSON.stringify(p)} data-problem={p.code}>
                {problemText(lang, p)}
              </li>
            ))}
          </ul>
        )}
        {parsed.geometry?.type === 'Polygon' && !parsed.blocking && (
          <p className="parcel-area">
            {t('coords.area', {
              m2: n(parsed.planarArea, 1),
              ha: n(parsed.planarArea / 10_000, 4),
              perimeter: n(parsed.perimeter, 2),
              grid: parsed.grid.label,
              geodesic: n(geodesic, 1),
            })}
          </p>
        )}
      </div>
      {parsed.fixes.length > 0 && (
        <div className="paste-fixes">
          {parsed.fixes.map((f) => (
            <button
              key={f.kind === 'grid' ? f.grid : f.kind}
              type="button"
              onClick={() => {
                if (f.kind === 'swap-xy') setSwap(true);
                else if (f.kind === 'drop-repeats') setDrop(true);
                else setGridId(f.grid);
              }}
            >
              {f.kind === 'grid' ? t('coords.fix.grid', { label: f.label }) : t(`coords.fix.${f.kind}`)}
            </button>
          ))}
        </div>
      )}
      <h3>{t('coords.paste.preview')}</h3>
      {parsed.corners.length === 0 ? (
        <p>{t('coords.paste.none')}</p>
      ) : (
        <div className="paste-table-wrap">
          <table className="paste-table">
            <thead>
              <tr>
                <th scope="col">{t('coords.col.point')}</th>
                <th scope="col">{t('coords.col.x')}</th>
                <th scope="col">{t('coords.col.y')}</th>
                <th scope="col">{t('coords.col.edge')}</th>
                <th scope="col">{t('coords.col.lngLat')}</th>
                <th scope="col">{t('coords.col.line')}</th>
              </tr>
            </thead>
            <tbody>
              {parsed.corners.map((c) => (
                <tr key={c.line}>
                  <td>{c.id}</td>
                  <td>{cm(c.x)}</td>
                  <td>{cm(c.y)}</td>
                  <td>{cm(c.side)}</td>
                  <td>
                    {c.lngLat[0].toFixed(7)}, {c.lngLat[1].toFixed(7)}
                  </td>
                  <td>{c.line}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="paste-actions">
        <button type="button" onClick={() => dialog.current?.close()}>
          {t('coords.close')}
        </button>
        <button
          type="button"
          className="primary"
          disabled={!parsed.geometry || parsed.blocking}
          onClick={show}
        >
          {t('coords.show')}
        </button>
      </div>
    </dialog>
  );
}
