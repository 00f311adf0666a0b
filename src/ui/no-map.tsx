import { pictureLayers } from 'virtual:province-picture';
import { CATALOG } from '../../geodata/catalog';
import { ATTRIBUTIONS } from '../data/catalog-types';
import { legendOf } from '../data/legend';
import { useT } from '../i18n/lang-context';
import { type NomapKey, nomapText } from '../i18n/strings-nomap';
import type { MapFailure } from '../state/app-state';
import { ProvincePicture } from './province-picture';
import { Swatch } from './swatch';
import './no-map.css';

const DRAWN = CATALOG.filter((d) => pictureLayers.includes(d.id));
/** The picture's key: each plan layer's sourced symbol, top of the drawing first (the note explains the hollow ones). */
const KEY = DRAWN.filter((d) => d.plan)
  .reverse()
  .flatMap((d) => legendOf(d).slice(0, 1));
/** Every dataset the picture draws, once. */
const CREDITS = [...new Set(DRAWN.flatMap((d) => ATTRIBUTIONS[d.attribution].split(' · ')))];

/**
 * In place of the map when the browser cannot draw it: why (in Vietnamese, then English, whatever
 * the interface language, so nobody is left guessing), what still works with a button to each, how
 * to get the map, and a static picture of the province.
 */
export function NoMap({
  failure,
  onSearch,
  onSites,
  onOverview,
  embed = false,
}: {
  failure: MapFailure;
  /** Embedded in another page: no panels to open, the message and the picture only. */
  embed?: boolean;
  onSearch: () => void;
  onSites: () => void;
  onOverview: () => void;
}) {
  const { lang, t } = useT();
  const why: NomapKey = failure.reason === 'no-webgl' ? 'nomap.why' : 'nomap.whyError';
  const say = (key: NomapKey) => nomapText(lang, key);
  return (
    <section className="no-map" aria-labelledby="no-map-title" data-reason={failure.reason}>
      <div className="no-map-text">
        <div lang="vi">
          <h2 id="no-map-title">{nomapText('vi', 'nomap.title')}</h2>
          <p>{nomapText('vi', why)}</p>
        </div>
        <div lang="en" className="no-map-other">
          <h2>{nomapText('en', 'nomap.title')}</h2>
          <p>{nomapText('en', why)}</p>
        </div>
        {!embed && (
          <>
            <p className="no-map-rest">{say('nomap.rest')}</p>
            <div className="no-map-actions">
              <button type="button" onClick={onSearch}>
                {say('nomap.search')}
              </button>
              <button type="button" className="is-primary" onClick={onSites}>
                {t('sites.open')}
              </button>
              <button type="button" onClick={onOverview}>
                {t('overview.open')}
              </button>
            </div>
          </>
        )}
        <p className="no-map-fix">{say('nomap.fix')}</p>
        <details className="no-map-detail">
          <summary>{say('nomap.detail')}</summary>
          <p>
            <code>
              {say(failure.reason === 'no-webgl' ? 'nomap.detailNoWebgl' : 'nomap.detailError')}
              {failure.detail ? ` — ${failure.detail}` : ''}
            </code>
          </p>
        </details>
      </div>
      <figure className="no-map-picture">
        <ProvincePicture alt={say('nomap.pictureAlt')} />
        <figcaption>
          <ul className="legend no-map-key">
            {KEY.map((row) => (
              <li key={row.label.en}>
                <Swatch swatch={row.swatch} />
                <span>{row.label[lang]}</span>
              </li>
            ))}
          </ul>
          <p>
            <strong>{say('nomap.picture')}.</strong> {say('nomap.pictureNote')}
          </p>
          <p className="no-map-credits">
            {say('nomap.credits')}: {CREDITS.join(' · ')}
          </p>
        </figcaption>
      </figure>
    </section>
  );
}
