import { useState } from 'react';
import type { LayerStatus } from '../app/use-layer-data';
import { GROUPS, type LayerDef } from '../data/catalog-types';
import { legendOf } from '../data/legend';
import { useT } from '../i18n/lang-context';
import { LANGS, type Lang } from '../i18n/translate';
import type { BaseMap } from '../map/map-controller';
import { Swatch } from './swatch';

export interface SidePanelProps {
  catalog: LayerDef[];
  visible: ReadonlySet<string>;
  status: Record<string, LayerStatus>;
  baseMap: BaseMap;
  onToggleLayer: (id: string, on: boolean) => void;
  onLang: (lang: Lang) => void;
  onBaseMap: (b: BaseMap) => void;
}

/** Title, language, base map and the layer list with each layer's legend, count and source. */
export function SidePanel(props: SidePanelProps) {
  const { lang, t } = useT();
  const [open, setOpen] = useState(true);
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
        <fieldset className="lang-switch">
          <legend>{t('lang.label')}</legend>
          {LANGS.map((l) => (
            <label key={l} className={l === lang ? 'is-active' : ''}>
              <input
                type="radio"
                name="lang"
                value={l}
                checked={l === lang}
                onChange={() => props.onLang(l)}
              />
              {t(`lang.${l}`)}
            </label>
          ))}
        </fieldset>

        <fieldset className="basemap-switch">
          <legend>{t('basemap.heading')}</legend>
          {(['embedded', 'osm'] as const).map((b) => (
            <label key={b}>
              <input
                type="radio"
                name="basemap"
                value={b}
                checked={props.baseMap === b}
                onChange={() => props.onBaseMap(b)}
              />
              {t(`basemap.${b}`)}
            </label>
          ))}
        </fieldset>

        <h2 className="section-title">{t('layers.heading')}</h2>
        {GROUPS.map((g) => {
          const defs = props.catalog.filter((d) => d.group === g);
          if (defs.length === 0) return null;
          return (
            <section key={g} className="layer-group" aria-labelledby={`group-${g}`}>
              <h3 id={`group-${g}`} className="group-title">
                {t(`group.${g}`)}
              </h3>
              <ul className="layer-list">
                {defs.map((def) => (
                  <LayerRow key={def.id} def={def} {...props} />
                ))}
              </ul>
            </section>
          );
        })}
      </div>
    </aside>
  );
}

function LayerRow({ def, visible, status, onToggleLayer }: { def: LayerDef } & SidePanelProps) {
  const { lang, t } = useT();
  const on = visible.has(def.id);
  const st = status[def.id];
  const inputId = `layer-${def.id}`;
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
          {st?.state === 'ok' && t('layers.count', { n: st.count })}
          {st?.state === 'loading' && t('layers.loading')}
          {st?.state === 'failed' && t('layers.failed')}
        </span>
      </div>
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
      <p className="layer-source">{t('layers.source', { text: def.provenance[lang] })}</p>
    </li>
  );
}
