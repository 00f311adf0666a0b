import type { LayerDef } from '../data/catalog-types';
import { legendOf } from '../data/legend';
import { useT } from '../i18n/lang-context';
import { type MapDraws, userDrawn } from '../state/map-draws';
import { drawnLayers } from '../state/selectors';
import { Swatch } from './swatch';

/** In embed mode: the title, a compact legend of what is drawn, and a link to the full viewer. */
export function EmbedBar({ catalog, draws }: { catalog: readonly LayerDef[]; draws: MapDraws }) {
  const { lang, t } = useT();
  const full = new URL(window.location.href);
  full.searchParams.delete('embed');
  const defs = drawnLayers(catalog, draws.plan).filter((d) => d.group !== 'base');
  return (
    <section className="embed-bar" aria-label={t('legend.heading')}>
      <h1 className="embed-title">{t('app.title')}</h1>
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
      <a className="embed-full" href={full.href} target="_blank" rel="noopener noreferrer">
        {t('embed.full')}
      </a>
    </section>
  );
}
