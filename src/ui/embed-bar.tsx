import type { LayerDef } from '../data/catalog-types';
import { legendOf } from '../data/legend';
import { useT } from '../i18n/lang-context';
import { type MapDraws, userDrawn } from '../state/map-draws';
import { drawnLayers } from '../state/selectors';
import { Swatch } from './swatch';

/** A frame this small starts with the legend folded (a 640×420 frame in a news page, say). */
const smallFrame = () => window.innerWidth < 720 || window.innerHeight < 520;

/** In embed mode: the title, a compact legend of what is drawn, and a link to the full viewer. */
export function EmbedBar({ catalog, draws }: { catalog: readonly LayerDef[]; draws: MapDraws }) {
  const { lang, t } = useT();
  const full = new URL(window.location.href);
  full.searchParams.delete('embed');
  const defs = drawnLayers(catalog, draws.plan).filter((d) => d.group !== 'base');
  return (
    <section className="embed-bar" aria-label={t('legend.heading')} data-covers-map="">
      {/* Foldable: in a small frame the legend would hide a third of the province and the popup. */}
      <details className="embed-legend" open={!smallFrame() || undefined}>
        <summary>
          <h1 className="embed-title">{t('app.title')}</h1>
          <span className="embed-legend-name">{t('legend.heading')}</span>
        </summary>
        <ul className="legend">
          {userDrawn(draws).map((u) => (
            <li key={u.id}>
              <Swatch swatch={u.swatch} />
              <span>{u.name}</span>
            </li>
          ))}
          {defs.flatMap((def) =>
            legendOf(def)
              .slice(0, 1)
              .map((row) => (
                <li key={def.id}>
                  <Swatch swatch={row.swatch} />
                  <span>{def.title[lang]}</span>
                </li>
              )),
          )}
        </ul>
      </details>
      <a className="embed-full" href={full.href} target="_blank" rel="noopener noreferrer">
        {t('embed.full')}
      </a>
    </section>
  );
}
