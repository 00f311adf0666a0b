import type { FeatureCollection } from 'geojson';
import { lazy, type ReactNode, Suspense } from 'react';
import { GROUPS, type LayerDef } from '../data/catalog-types';
import type { LayerStatus } from '../data/layer-store';
import { legendOf } from '../data/legend';
import type { PlanCollection } from '../data/plan-check';
import type { LayerMeta } from '../data/plan-schema';
import { useT } from '../i18n/lang-context';
import type { ImportedLayer } from '../import/imported-store';
import { moveInOrder } from '../state/layer-state';
import { inPhaseView, layersTopFirst } from '../state/selectors';
import {
  type BaseMap,
  LANGS,
  type Lang,
  type MapStyle,
  type PhaseView,
  type SwipeChoice,
} from '../types/core';

const BASE_MAPS: readonly BaseMap[] = ['embedded', 'osm'];

import { LayerTools } from './layer-tools';
import { PhaseControl } from './map-tools/phase-control';
import { LayerFactsToggle } from './plan/layer-facts-toggle';
import { SourceLinks } from './plan/source-links';
import { RadioOptions } from './radio-options';
import { SearchBox, type SearchItem } from './search-box';
import { Swatch } from './swatch';
import { type ImportedLayerList, ImportedLayersSection } from './your-data/imported-layers';

export interface SidePanelProps {
  catalog: LayerDef[];
  visible: ReadonlySet<string>;
  /** Catalog layer ids, bottom to top. */
  order: readonly string[];
  opacity: Readonly<Record<string, number>>;
  status: Record<string, LayerStatus>;
  data: ReadonlyMap<string, FeatureCollection>;
  baseMap: BaseMap;
  mapStyle: MapStyle;
  onMapStyle: (m: MapStyle) => void;
  onToggleLayer: (id: string, on: boolean) => void;
  onMoveLayer: (id: string, dir: 'up' | 'down') => void;
  onOpacity: (id: string, value: number) => void;
  onChooseFeature: (id: string) => void;
  onLang: (lang: Lang) => void;
  /** English is offered (the browser prefers another language); answered with the choice. */
  langOffer: boolean;
  onLangOffer: (english: boolean) => void;
  onBaseMap: (b: BaseMap) => void;
  onOverview: () => void;
  onCredits: () => void;
  onShare: () => void;
  onSites: () => void;
  sitesOpen: boolean;
  imported: ImportedLayerList;
  onImportFiles: (files: File[]) => void;
  onRemoveImported: (layer: ImportedLayer) => void;
  /** Frames a layer on the map; null without a map. */
  onZoomImported: ((layer: ImportedLayer) => void) | null;
  /** The user's PMTiles archives (address field and list), shown in "Your data". */
  archives?: ReactNode;
  /** The map cannot be drawn: its own controls (base map, divider) are disabled, with the reason. */
  mapless?: boolean;
  phase: PhaseView;
  swipe: SwipeChoice | null;
  onPhase: (p: PhaseView) => void;
  onSwipe: (s: SwipeChoice | null) => void;
  /** Unfolded; the app folds it when the site table needs the room. */
  open: boolean;
  onOpen: (open: boolean) => void;
  searchItems: readonly SearchItem[];
  onSearchChoose: (item: SearchItem) => void;
}

// Only a browser that prefers another language than Vietnamese is offered English: loaded then.
const LangOffer = lazy(() => import('./lang-offer').then((m) => ({ default: m.LangOffer })));

/** Title, language, base map and the layer list with each layer's legend, count and source. */
export function SidePanel(props: SidePanelProps) {
  const { lang, t } = useT();
  const { open, onOpen: setOpen } = props;
  return (
    <aside className={`panel ${open ? 'is-open' : 'is-closed'}`} aria-label={t('layers.heading')}>
      <header className="panel-head">
        <div>
          <h1 className="app-title">{t('app.title')}</h1>
          <p className="app-subtitle">{t('app.subtitle')}</p>
          <p className="app-basis">{t('app.basis')}</p>
        </div>
        <button
          type="button"
          className="panel-toggle"
          aria-expanded={open}
          aria-controls="panel-body"
          title={open ? t('panel.toggle.close') : t('panel.toggle.open')}
          aria-label={open ? t('panel.toggle.close') : t('panel.toggle.open')}
          onClick={() => setOpen(!open)}
        >
          {open ? '‹' : '›'}
        </button>
      </header>
      <div id="panel-body" className="panel-body" hidden={!open}>
        {props.langOffer && (
          <Suspense fallback={null}>
            <LangOffer onAnswer={props.onLangOffer} />
          </Suspense>
        )}
        <SearchBox items={props.searchItems} onChoose={props.onSearchChoose} />

        <fieldset className="lang-switch">
          <legend>{t('lang.label')}</legend>
          <RadioOptions
            name="lang"
            options={LANGS}
            value={lang}
            onChange={props.onLang}
            label={(l) => t(`lang.${l}`)}
          />
        </fieldset>

        <fieldset
          className="basemap-switch"
          disabled={props.mapless}
          aria-describedby={props.mapless ? 'basemap-needs-map' : undefined}
        >
          <legend>{t('basemap.heading')}</legend>
          {props.mapless && (
            <p className="needs-map" id="basemap-needs-map">
              {t('nomap.needsMap')}
            </p>
          )}
          <RadioOptions
            name="basemap"
            options={BASE_MAPS}
            value={props.baseMap}
            onChange={props.onBaseMap}
            label={(b) => t(`basemap.${b}`)}
          />
          <label className="contrast-switch">
            <input
              type="checkbox"
              checked={props.mapStyle === 'contrast'}
              aria-describedby="contrast-hint"
              onChange={(e) => props.onMapStyle(e.currentTarget.checked ? 'contrast' : 'normal')}
            />
            {t('mapStyle.contrast')}
          </label>
          <p className="contrast-hint" id="contrast-hint">
            {t('mapStyle.contrastHint')}
          </p>
        </fieldset>

        <PhaseControl
          phase={props.phase}
          swipe={props.swipe}
          onPhase={props.onPhase}
          onSwipe={props.onSwipe}
          swipeUnavailable={props.mapless ? t('nomap.needsMap') : null}
        />

        <button
          type="button"
          className="sites-button"
          aria-expanded={props.sitesOpen}
          onClick={props.onSites}
        >
          {t('sites.open')}
        </button>
        <div className="panel-actions">
          <button type="button" className="overview-button" onClick={props.onOverview}>
            {t('overview.open')}
          </button>
          <button type="button" className="share-button" onClick={props.onShare}>
            {t('share.open')}
          </button>
          <button type="button" className="credits-button" onClick={props.onCredits}>
            {t('credits.open')}
          </button>
        </div>

        <h2 className="section-title">{t('layers.heading')}</h2>
        <ImportedLayersSection
          layers={props.imported}
          onFiles={props.onImportFiles}
          onRemove={props.onRemoveImported}
          onZoom={props.onZoomImported}
          archives={props.archives}
        />
        {GROUPS.map((g) => {
          // Top of the drawing first, as people read a layer list.
          const defs = layersTopFirst(props.catalog, props.order).filter((d) => d.group === g);
          if (defs.length === 0) return null;
          const list = (
            <ul key="list" className="layer-list">
              {defs.map((def) => (
                <LayerRow key={def.id} def={def} {...props} />
              ))}
            </ul>
          );
          // The base map's many layers are folded away; the plan comes first.
          return g === 'base' ? (
            <details key={g} className="layer-group">
              <summary className="group-title">{t(`group.${g}`)}</summary>
              {list}
            </details>
          ) : (
            <section key={g} className="layer-group" aria-labelledby={`group-${g}`}>
              <h3 id={`group-${g}`} className="group-title">
                {t(`group.${g}`)}
              </h3>
              {list}
            </section>
          );
        })}
      </div>
    </aside>
  );
}

/** How many features a layer has, and how many of them the phase shown draws when not all. */
function layerCount(total: number, inView: number | undefined, t: ReturnType<typeof useT>['t']): string {
  if (inView !== undefined && inView !== total) return t('layers.countInPhase', { n: inView, total });
  return t(total === 1 ? 'layers.countOne' : 'layers.count', { n: total });
}

/** A plan file's own description of the layer, when it has a valid one (checked as it loaded: plan-check.ts). */
const layerMeta = (def: LayerDef, fc: FeatureCollection): LayerMeta | undefined =>
  def.plan ? (fc as PlanCollection).metadata : undefined;

function LayerRow(props: { def: LayerDef } & SidePanelProps) {
  const { def, visible, status, onToggleLayer } = props;
  const { lang, t } = useT();
  const on = visible.has(def.id);
  const st = status[def.id];
  const inputId = `layer-${def.id}`;
  const title = def.title[lang];
  const opacity = props.opacity[def.id] ?? 1;
  const fc = def.plan ? props.data.get(def.id) : undefined;
  const features = fc?.features;
  const meta = fc ? layerMeta(def, fc) : undefined;
  // Seen at an earlier phase, a plan layer draws only part of itself: the count says so.
  const inView = features?.filter((f) => inPhaseView(f, props.phase)).length;
  return (
    <li className={`layer ${on ? 'is-on' : ''}`} data-layer={def.id}>
      <div className="layer-main">
        <input
          id={inputId}
          type="checkbox"
          checked={on}
          onChange={(e) => onToggleLayer(def.id, e.target.checked)}
        />
        <label htmlFor={inputId}>{def.title[lang]}</label>
        <span className={`layer-status ${st?.state ?? ''}`}>
          {st?.state === 'ok' && layerCount(st.count, inView, t)}
          {st?.state === 'loading' && t('layers.loading')}
          {st?.state === 'failed' && t('layers.failed')}
        </span>
      </div>
      {on && (
        <LayerTools
          title={title}
          opacity={opacity}
          onOpacity={(v) => props.onOpacity(def.id, v)}
          onMove={(dir) => props.onMoveLayer(def.id, dir)}
          can={{
            up: moveInOrder(props.order, props.catalog, def.id, 'up') !== props.order,
            down: moveInOrder(props.order, props.catalog, def.id, 'down') !== props.order,
          }}
        />
      )}
      {on && (
        <ul className="legend" aria-label={`${t('legend.heading')}: ${def.title[lang]}`}>
          {legendOf(def).map((row) => (
            <li key={row.label.en}>
              <Swatch swatch={row.swatch} />
              <span>{row.label[lang]}</span>
            </li>
          ))}
        </ul>
      )}
      {on && meta?.description && (
        <p className="layer-description">
          {meta.description[lang]} {meta.sources && <SourceLinks refs={meta.sources} compact />}
        </p>
      )}
      {on && meta?.facts?.length ? <LayerFactsToggle facts={meta.facts} /> : null}
      {on && features && features.length > 0 && (
        <details className="feature-list">
          <summary>
            {t('layers.features')} ({features.length})
          </summary>
          <ul>
            {features.map((f) => {
              const name =
                (f.properties?.name as { vi: string; en: string } | undefined)?.[lang] ?? String(f.id);
              return (
                <li key={String(f.id)}>
                  <button
                    type="button"
                    className="feature-choice"
                    onClick={() => props.onChooseFeature(String(f.id))}
                  >
                    {name}
                  </button>
                </li>
              );
            })}
          </ul>
        </details>
      )}
      <p className="layer-source">{t('layers.source', { text: def.provenance[lang] })}</p>
    </li>
  );
}
