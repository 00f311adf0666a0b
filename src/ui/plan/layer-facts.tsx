import type { Fact } from '../../data/plan-schema';
import { usePanelT } from '../../i18n/panel-text';
import { FactValue } from './fact-row';
import { SourceList, UnquotedNote } from './source-list';

/**
 * The facts a plan layer gives of itself as a whole (plan-level totals, counts, statuses), each with
 * its label when not official, its sources and the passages quoted from them: the body of the
 * toggle in the layer's row (`layer-facts-toggle.tsx`), loaded (with the source registry) when the
 * toggle is first opened.
 */
export function LayerFacts({ facts }: { facts: readonly Fact[] }) {
  const { t } = usePanelT();
  return (
    <div className="layer-facts-body">
      <ul className="fact-list">
        {facts.map((f) => (
          <li key={`${f.key}-${JSON.stringify(f.value)}-${f.sources[0]}`} data-fact={f.key}>
            <span className="fact-key">{t(`fact.${f.key}`)}: </span>
            <FactValue fact={f} />
          </li>
        ))}
      </ul>
      <SourceList
        refs={[...new Set(facts.flatMap((f) => f.sources))]}
        quotes={facts.flatMap((f) => f.quotes ?? [])}
      />
      <UnquotedNote reasons={facts.map((f) => f.unquoted)} />
    </div>
  );
}
