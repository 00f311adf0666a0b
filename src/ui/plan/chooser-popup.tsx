import type { IndexedFeature } from '../../data/plan-index';
import { useT } from '../../i18n/lang-context';

/** Where several plan features lie under one click: a list to pick the one meant. */
export function ChooserPopup({
  features,
  onChoose,
}: {
  features: IndexedFeature[];
  onChoose: (id: string) => void;
}) {
  const { lang, t } = useT();
  return (
    <div className="popup chooser" data-chooser={features.length}>
      <h2 className="popup-name">{t('popup.choose', { n: features.length })}</h2>
      <ul>
        {features.map(({ feature }) => (
          <li key={feature.id}>
            <button type="button" className="feature-choice" onClick={() => onChoose(feature.id)}>
              {feature.properties.name[lang]}
            </button>{' '}
            <span className="chooser-kind">{t(`kind.${feature.properties.kind}`)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
