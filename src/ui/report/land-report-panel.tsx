import { useEffect, useRef } from 'react';
import type { LandReport } from '../../analysis/land-report';
import type { ReportDistances } from '../../analysis/report-distances';
import type { TargetKind } from '../../analysis/targets';
import { formatKm } from '../../i18n/format-distance';
import { formatDate } from '../../i18n/format-fact';
import { usePanelT } from '../../i18n/panel-text';
import { reportText as rt } from '../../i18n/strings-report';
import { formatNumber } from '../../i18n/translate';
import type { Lang, LngLat } from '../../types/core';
import { ProvincePicture } from '../province-picture';
import { AttributeList } from '../your-data/attribute-list';
import { LayerAnswers } from './report-hits';
import './land-report.css';

/** Where the report stands: computing, done, or why it cannot be made. */
export type ReportStatus =
  | { kind: 'loading' }
  | { kind: 'waiting' }
  | { kind: 'bad-link' }
  | { kind: 'failed'; why: string }
  | { kind: 'ready'; report: LandReport; distances: ReportDistances | null };

const RADII = [100, 250, 500, 1000];
/** Corners listed on the page (all of them are in the CSV): one A4 page holds about this many. */
const MAX_CORNERS = 12;

export interface LandReportProps {
  lang: Lang;
  /** What the parcel is: a point's coordinates, an imported feature's name, "a drawn parcel". */
  label: string;
  point: boolean;
  status: ReportStatus;
  /** The archive feature the report was asked from: its attributes as the tile gives them. */
  archive?: { name: string; properties: Record<string, unknown> };
  withinM: number;
  onWithin: (m: number) => void;
  kinds: readonly TargetKind[];
  /** The newest date the plan data gives (ISO); null when it gives none. */
  dataDate: string | null;
  onExport: (kind: 'geojson' | 'csv') => void;
  onClose: () => void;
  /** The browser cannot draw the map: the parcel is ringed on the static picture of the province. */
  mapless?: boolean;
}

/** The middle of the parcel's corners, where the picture rings it (a parcel is a dot at its scale). */
const middle = (corners: readonly { lngLat: LngLat }[]): LngLat => [
  corners.reduce((a, c) => a + c.lngLat[0], 0) / corners.length,
  corners.reduce((a, c) => a + c.lngLat[1], 0) / corners.length,
];

/**
 * The land report ("Phiếu tra cứu quy hoạch"): the parcel's area, perimeter and corners, what every
 * layer says about it, distances as the site table measures them, the data's date and that it is
 * not a planning certificate. Beside the map on screen; printed alone, on one A4 page.
 */
export function LandReportPanel(p: LandReportProps) {
  const { lang } = p;
  const { t } = usePanelT();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const ready = p.status.kind === 'ready' ? p.status : null;
  const m = ready?.report.measure;
  const today = new Date().toISOString().slice(0, 10);
  const num = (v: number, d: number) => formatNumber(lang, v, d);
  // A coordinate table keeps its digits (7 decimals of a degree, 2 of a metre: about 1 cm), as printed
  // on certificates; no thousands separators, a decimal comma in Vietnamese.
  const fixed = (v: number, d: number) => (lang === 'vi' ? v.toFixed(d).replace('.', ',') : v.toFixed(d));
  return (
    <section className="land-report" aria-labelledby="report-title" data-report={p.status.kind}>
      <div className="report-toolbar">
        <button type="button" className="report-print" onClick={() => window.print()} disabled={!ready}>
          {rt(lang, 'report.print')}
        </button>
        <button type="button" onClick={() => p.onExport('geojson')} disabled={!ready}>
          {rt(lang, 'report.geojson')}
        </button>
        <button type="button" onClick={() => p.onExport('csv')} disabled={!ready}>
          {rt(lang, 'report.csv')}
        </button>
        <button type="button" className="report-close" onClick={p.onClose}>
          {rt(lang, 'report.close')}
        </button>
      </div>
      <h2 id="report-title" tabIndex={-1} ref={heading}>
        {rt(lang, 'report.title')}
      </h2>
      <p className="report-warning">{rt(lang, 'report.notCertificate')}</p>
      <p className="report-parcel">
        <strong>{rt(lang, 'report.parcel')}:</strong> {p.label}
      </p>
      {p.status.kind === 'loading' && <p role="status">{rt(lang, 'report.loading')}</p>}
      {p.status.kind === 'waiting' && <p role="status">{rt(lang, 'report.waitLayer')}</p>}
      {p.status.kind === 'bad-link' && <p role="alert">{rt(lang, 'report.badLink')}</p>}
      {p.status.kind === 'failed' && <p role="alert">{rt(lang, 'report.failed', { why: p.status.why })}</p>}
      {m && p.mapless && m.corners.length > 0 && (
        <figure className="report-picture">
          <ProvincePicture alt={rt(lang, 'report.picture')} mark={{ at: middle(m.corners) }} />
          <figcaption>{rt(lang, 'report.picture')}</figcaption>
        </figure>
      )}
      {m && !p.point && (
        <dl className="report-measure">
          <div>
            <dt>{rt(lang, 'report.area')}</dt>
            <dd data-report-area={m.areaM2.toFixed(1)}>
              {rt(lang, 'report.areaValue', { m2: num(m.areaM2, 1), ha: num(m.areaHa, 4) })}
            </dd>
          </div>
          <div>
            <dt>{rt(lang, 'report.perimeter')}</dt>
            <dd>{num(m.perimeterM, 2)} m</dd>
          </div>
        </dl>
      )}
      {m && (
        <>
          <table className="report-corners">
            <caption>{rt(lang, 'report.corners')}</caption>
            <thead>
              <tr>
                <th scope="col">{rt(lang, 'report.cornerN')}</th>
                <th scope="col">{rt(lang, 'report.lng')}</th>
                <th scope="col">{rt(lang, 'report.lat')}</th>
                <th scope="col">{rt(lang, 'report.x')}</th>
                <th scope="col">{rt(lang, 'report.y')}</th>
                {!p.point && <th scope="col">{rt(lang, 'report.edge')}</th>}
              </tr>
            </thead>
            <tbody>
              {m.corners.slice(0, MAX_CORNERS).map((c) => (
                <tr key={c.n}>
                  <th scope="row">{c.n}</th>
                  <td>{fixed(c.lngLat[0], 7)}</td>
                  <td>{fixed(c.lngLat[1], 7)}</td>
                  <td>{fixed(c.vn2000.x, 2)}</td>
                  <td>{fixed(c.vn2000.y, 2)}</td>
                  {!p.point && <td>{c.edgeM === null ? '' : fixed(c.edgeM, 2)}</td>}
                </tr>
              ))}
            </tbody>
          </table>
          {m.corners.length > MAX_CORNERS && (
            <p className="report-note">
              {rt(lang, 'report.moreCorners', { n: m.corners.length - MAX_CORNERS })}
            </p>
          )}
          <p className="report-note">{rt(lang, 'report.crsNote')}</p>
        </>
      )}
      {p.archive && (
        <section
          className="report-archive"
          aria-label={rt(lang, 'report.archiveFeature', { name: p.archive.name })}
        >
          <h3>{rt(lang, 'report.archiveFeature', { name: p.archive.name })}</h3>
          <AttributeList entries={Object.entries(p.archive.properties)} />
        </section>
      )}
      {ready && (
        <>
          <h3>{rt(lang, 'report.layers')}</h3>
          <label className="report-within">
            {rt(lang, 'report.within')}{' '}
            <select value={p.withinM} onChange={(e) => p.onWithin(Number(e.currentTarget.value))}>
              {RADII.map((r) => (
                <option key={r} value={r}>
                  {num(r, 0)} m
                </option>
              ))}
            </select>
          </label>
          {ready.report.layers.length === 0 && <p>{rt(lang, 'report.none', { m: p.withinM })}</p>}
          {ready.report.layers.map((a) => (
            <LayerAnswers key={a.layerId} answer={a} point={p.point} withinM={p.withinM} />
          ))}
          {ready.distances && (
            <section className="report-distances">
              <h3>{rt(lang, 'report.distances')}</h3>
              <dl className="report-sites">
                {p.kinds.map((k) => {
                  const d = ready.distances?.proximity.distances[k];
                  return (
                    <div key={k} data-target={k}>
                      <dt>{t(`criterion.${k}`)}</dt>
                      <dd>
                        {d
                          ? `${formatKm(lang, d.km, d.accuracy)} ${t('proximity.to', { name: d.target.name[lang] })}`
                          : t('detail.unknown')}
                        {d?.target.accuracy === 'schematic' && (
                          <span className="badge badge-provisional">{t('proximity.schematicTarget')}</span>
                        )}
                      </dd>
                    </div>
                  );
                })}
                {(['kcn', 'ccn'] as const).map((k) => (
                  <div key={k}>
                    <dt>{rt(lang, `report.${k}`)}</dt>
                    <dd>
                      {ready.distances?.[k]
                        .map((s) => `${s.name[lang]} ${formatKm(lang, s.km, s.accuracy)}`)
                        .join(' · ')}
                    </dd>
                  </div>
                ))}
              </dl>
              <p className="report-note">{rt(lang, 'report.distNote')}</p>
            </section>
          )}
        </>
      )}
      <p className="report-date">
        {rt(lang, 'report.dataDate', {
          date: p.dataDate ? formatDate(lang, p.dataDate) : '—',
          today: formatDate(lang, today),
        })}
      </p>
    </section>
  );
}
