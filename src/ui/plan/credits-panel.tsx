import { useEffect, useRef } from 'react';
import { DATASET_CREDITS, MIT_NOTICE } from '../../data/credits';
import { usePanelT } from '../../i18n/panel-text';
import './credits-panel.css';

/** Credits and licences: each dataset, its licence with the licence's address, what was changed. */
export function CreditsPanel({ onClose }: { onClose: () => void }) {
  const { lang, t } = usePanelT();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <aside className="detail credits" aria-labelledby="credits-title">
      <header className="detail-head">
        <h2 id="credits-title" tabIndex={-1} ref={heading}>
          {t('credits.heading')}
        </h2>
        <button type="button" className="detail-close" onClick={onClose} aria-label={t('credits.close')}>
          ×
        </button>
      </header>
      <div className="detail-body">
        <p>{t('credits.intro')}</p>
        <ul className="credits-list">
          {DATASET_CREDITS.map((c) => (
            <li key={c.id} data-credit={c.id}>
              <a href={c.source} target="_blank" rel="noopener noreferrer">
                {c.name}
              </a>
              <dl>
                <dt>{t('credits.licence')}</dt>
                <dd>
                  <a href={c.licenceUrl} target="_blank" rel="noopener noreferrer">
                    {c.licence}
                  </a>
                </dd>
                <dt>{t('credits.changes')}</dt>
                <dd>{c.changes[lang]}</dd>
              </dl>
            </li>
          ))}
        </ul>
        <h3 className="detail-subtitle">{t('credits.plan')}</h3>
        <p>{t('credits.planText')}</p>
        <h3 className="detail-subtitle">{t('credits.mit')}</h3>
        <pre className="credits-mit" lang="en">
          {MIT_NOTICE}
        </pre>
      </div>
    </aside>
  );
}
