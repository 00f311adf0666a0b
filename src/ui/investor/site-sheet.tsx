import type { FeatureCollection } from 'geojson';
import { useEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { anchorOf, boundsOf } from '../../analysis/anchor';
import type { Site } from '../../analysis/sites';
import type { TargetKind } from '../../analysis/targets';
import { ATTRIBUTIONS, type LayerDef } from '../../data/catalog-types';
import { licenceAddresses } from '../../data/credits';
import { legendOf } from '../../data/legend';
import type { PlanFeature } from '../../data/plan-check';
import type { Fact, FactKey } from '../../data/plan-schema';
import { sourceHref } from '../../data/sources';
import { formatDate, formatFactValue } from '../../i18n/format-fact';
import { usePanelT } from '../../i18n/panel-text';
import { nomapText } from '../../i18n/strings-nomap';
import { StaticMap } from '../../map/static-map';
import { AccuracyNote, PlanBadges } from '../plan/plan-badges';
import { useSources } from '../plan/use-sources';
import { ViText } from '../plan/vi-text';
import { ProvincePicture } from '../province-picture';
import { Swatch } from '../swatch';
import { ProximityList } from './proximity-list';
import './site-sheet.css';
import { pictureLayers } from 'virtual:province-picture';
import type { LayerSetup } from '../../state/layer-state';
import { drawnLayers } from '../../state/selectors';
import type { Bounds } from '../../types/core';

const MAP_W = 700;
const MAP_H = 340;

const overlaps = (a: Bounds, b: Bounds) => a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];

/** Layers with at least one feature inside the extract, top of the drawing first. */
function layersIn(
  catalog: readonly LayerDef[],
  data: ReadonlyMap<string, FeatureCollection>,
  layers: Pick<LayerSetup, 'order' | 'visible'>,
  b: Bounds,
) {
  return drawnLayers(catalog, layers).filter((d) =>
    data.get(d.id)?.features.some((f) => overlaps(boundsOf(f), b)),
  );
}

/**
 * A fact as the sheet prints it: value, label, note and date, then the numbers of its sources in
 * the sheet's numbered source list ([1, 3]), which is far shorter on paper than links.
 */
function SheetFact({ fact, refs }: { fact: Fact; refs: readonly string[] }) {
  const { lang, t } = usePanelT();
  const numbers = fact.sources.map((r) => refs.indexOf(r) + 1).filter((n) => n > 0);
  return (
    <>
      {formatFactValue(lang, fact)}
      {fact.label && <span className="badge badge-label">{t(`label.${fact.label}`)}</span>}
      {fact.shared && <span className="badge badge-label">{t('fact.shared')}</span>}
      {fact.date &&
        typeof fact.value === 'number' &&
        ` (${t('detail.asOf', { date: formatDate(lang, fact.date) })})`}
      {fact.note && <span className="fact-note"> — {fact.note[lang]}</span>}{' '}
      <span className="sheet-refs">[{numbers.join(', ')}]</span>
    </>
  );
}

/**
 * A one-page brief of a plan feature for print or PDF (the browser's own Save as PDF): a map
 * extract with legend, scale and north arrow, every sourced figure, its distances, how exact its
 * position is, and the full list of sources with their addresses, so the paper stands on its own.
 */
export function SiteSheet({
  feature,
  site,
  kinds,
  catalog,
  data,
  visible,
  order,
  mapless = false,
  onClose,
}: {
  feature: PlanFeature;
  site: Site | undefined;
  /** The distance kinds the data measures (the only ones listed). */
  kinds: readonly TargetKind[];
  catalog: LayerDef[];
  data: ReadonlyMap<string, FeatureCollection>;
  visible: ReadonlySet<string>;
  /** Catalog ids, bottom to top: the legend lists the layers as the map draws them. */
  order: readonly string[];
  /** The browser cannot draw the map: the static picture of the province stands in for the extract. */
  mapless?: boolean;
  onClose: () => void;
}) {
  const { lang, t } = usePanelT();
  const registry = useSources();
  const heading = useRef<HTMLHeadingElement>(null);
  const [extent, setExtent] = useState<Bounds | null>(null);
  useEffect(() => heading.current?.focus(), []);

  const p = feature.properties;
  // The feature's own layer is always drawn, whatever the main map shows.
  const layerId = catalog.find(
    (d) => d.plan && data.get(d.id)?.features.some((f) => f.id === feature.id),
  )?.id;
  const drawn = useMemo(() => new Set([...visible, ...(layerId ? [layerId] : [])]), [visible, layerId]);
  // The legend lists what the extract draws; for the static picture, the layers it was made from.
  const legend = mapless
    ? catalog.filter((d) => pictureLayers.includes(d.id)).reverse()
    : extent
      ? layersIn(catalog, data, { order, visible: drawn }, extent)
      : [];
  // Credits once each, even where two layers share part of theirs (ODM, ODM + Natural Earth).
  const credits = [...new Set(legend.flatMap((d) => ATTRIBUTIONS[d.attribution].split(' · ')))];
  const keys = [...new Set(p.facts.map((f) => f.key))] as FactKey[];
  const refs = [...new Set([...p.sources, ...p.facts.flatMap((f) => f.sources)])];
  const today = new Date().toISOString().slice(0, 10);

  // Rendered beside the app, not in it: printing hides the app and keeps only the sheet.
  return createPortal(
    <div
      className="sheet-overlay"
      role="dialog"
      aria-modal="true"
      aria-labelledby="sheet-title"
      data-sheet={feature.id}
    >
      <div className="sheet-toolbar">
        <button type="button" className="sheet-print" onClick={() => window.print()}>
          {t('sheet.print')}
        </button>
        <button type="button" onClick={onClose}>
          {t('sheet.close')}
        </button>
      </div>
      <article className="sheet">
        <header className="sheet-head">
          <p className="detail-kicker">
            {t('sheet.kicker')} · {t('app.title')} — {t('app.subtitle')}
          </p>
          <h1 id="sheet-title" tabIndex={-1} ref={heading}>
            {p.name[lang]}
          </h1>
          <PlanBadges p={p} />
          <p className="detail-summary">{p.summary[lang]}</p>
          {p.provisional && p.provisional_note && (
            <p className="provisional-note">{p.provisional_note[lang]}</p>
          )}
        </header>

        <p className="sheet-where">
          <strong>{t('detail.phase')}:</strong> {t(`phase.${p.phase}`)} ·{' '}
          <strong>{t('detail.pre2025')}:</strong>{' '}
          {p.location_pre2025 ? <ViText text={p.location_pre2025} /> : t('detail.unknown')} ·{' '}
          <strong>{t('detail.commune2025')}:</strong> {p.commune_2025?.join(', ') ?? t('detail.unknown')}
        </p>

        <div className="sheet-top">
          <section className="sheet-map" aria-label={t('sheet.map')}>
            {mapless ? (
              <>
                <ProvincePicture
                  alt={`${t('sheet.map')}: ${p.name[lang]}`}
                  mark={{ at: anchorOf(feature), label: p.name[lang] }}
                />
                <p className="sheet-picture-note">{nomapText(lang, 'sheet.picture')}</p>
              </>
            ) : (
              <StaticMap
                catalog={catalog}
                data={data}
                visible={drawn}
                order={order}
                lang={lang}
                focus={feature}
                anchor={anchorOf(feature)}
                bounds={boundsOf(feature)}
                width={MAP_W}
                height={MAP_H}
                alt={`${t('sheet.map')}: ${p.name[lang]}`}
                labels={{
                  north: t('sheet.north'),
                  loading: t('sheet.mapLoading'),
                  failed: t('sheet.mapFailed'),
                }}
                onDrawn={setExtent}
              />
            )}
            <AccuracyNote p={p} />
          </section>
          <section className="sheet-distances">
            {site ? (
              <>
                <h2>{t('proximity.heading')}</h2>
                <ProximityList proximity={site.proximity} kinds={kinds} />
              </>
            ) : (
              <h2>{t('detail.geometry')}</h2>
            )}
          </section>
        </div>

        {legend.length > 0 && (
          <section className="sheet-legend" aria-label={t('sheet.legend')}>
            <h2>{t('sheet.legend')}</h2>
            <ul className="legend">
              {legend.flatMap((def) =>
                legendOf(def).map((row) => (
                  <li key={`${def.id}-${row.label.en}`}>
                    <Swatch swatch={row.swatch} />
                    <span>{row.label[lang]}</span>
                  </li>
                )),
              )}
            </ul>
            <p className="sheet-credits">
              {t('sheet.attribution')}: {credits.join(' · ')}
            </p>
            <p className="sheet-credits sheet-licences">
              {t('credits.short', { licences: licenceAddresses(credits).join(' · ') })}
            </p>
          </section>
        )}

        <section className="sheet-facts">
          <h2>{t('sheet.facts')}</h2>
          <dl className="detail-facts">
            {keys.map((key) => (
              <div key={key}>
                <dt>{t(`fact.${key}`)}</dt>
                <dd>
                  <ul className="fact-list">
                    {p.facts
                      .filter((f) => f.key === key)
                      .map((f) => (
                        <li key={`${JSON.stringify(f.value)}-${f.sources.join()}`}>
                          <SheetFact fact={f} refs={refs} />
                        </li>
                      ))}
                  </ul>
                </dd>
              </div>
            ))}
          </dl>
        </section>

        <section className="sheet-sources">
          <h2>{t('sheet.sources')}</h2>
          <ol>
            {refs.map((ref) => {
              const info = registry?.[ref];
              const href = sourceHref(ref);
              const full = href ? new URL(href, window.location.href).href : ref;
              return (
                <li key={ref}>
                  {info ? `${[info.title, info.publisher, info.date].filter(Boolean).join(' · ')} — ` : ''}
                  {href ? (
                    <a href={full} target="_blank" rel="noopener noreferrer">
                      {full}
                    </a>
                  ) : (
                    ref
                  )}
                </li>
              );
            })}
          </ol>
        </section>

        <footer className="sheet-foot">
          {site && <p className="sheet-note">{t('sites.straightLine')}</p>}
          <p>{t('sheet.printed', { date: formatDate(lang, today) })}</p>
          <p>
            {t('sheet.link')}: <span className="sheet-url">{window.location.href}</span>
          </p>
        </footer>
      </article>
    </div>,
    document.body,
  );
}
