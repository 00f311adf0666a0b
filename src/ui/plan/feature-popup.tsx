import type { PlanFeature } from '../../data/plan-check';
import type { PlanKind } from '../../data/plan-schema';
import { usePanelT } from '../../i18n/panel-text';
import { keyFacts } from '../investor/key-facts';
import { FactValue } from './fact-row';
import { AccuracyNote, PlanBadges } from './plan-badges';
import { SourceLinks } from './source-links';

/** Kinds that are investment projects: their popup links to "Investment data". */
const PROJECT_KINDS = new Set<PlanKind>([
  'kcn',
  'ccn',
  'wind',
  'logistics',
  'cooperation_zone',
  'expressway',
  'railway',
  'smart_gate',
  'tourism',
]);

/** The popup of a plan feature: what it is, a few key figures, how exact it is, and its sources. */
export function FeaturePopup({
  feature,
  onDetails,
  brief = false,
}: {
  feature: PlanFeature;
  onDetails: () => void;
  /** Only the name and badges: the details panel beside the map already says the rest. */
  brief?: boolean;
}) {
  const { lang, t } = usePanelT();
  const p = feature.properties;
  if (brief)
    return (
      <div className="popup is-brief" data-feature={feature.id}>
        <h2 className="popup-name">{p.name[lang]}</h2>
        <PlanBadges p={p} />
      </div>
    );
  return (
    <div className="popup" data-feature={feature.id}>
      <h2 className="popup-name">{p.name[lang]}</h2>
      <PlanBadges p={p} />
      {p.provisional && p.provisional_note && <p className="provisional-note">{p.provisional_note[lang]}</p>}
      <dl className="popup-facts">
        {keyFacts(p.facts).map((fact) => (
          <div key={`${fact.key}-${String(fact.value)}`}>
            <dt>{t(`fact.${fact.key}`)}</dt>
            <dd>
              <FactValue fact={fact} compact />
            </dd>
          </div>
        ))}
      </dl>
      <AccuracyNote p={p} />
      <p className="popup-sources">
        {t('popup.sources')}: <SourceLinks refs={p.sources} compact limit={3} />
      </p>
      <button type="button" className="popup-details" onClick={onDetails}>
        {t(PROJECT_KINDS.has(p.kind) ? 'popup.investment' : 'popup.details')} →
      </button>
    </div>
  );
}
