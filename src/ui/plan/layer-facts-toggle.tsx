import { lazy, Suspense, useState } from 'react';
import type { Fact } from '../../data/plan-schema';
import { useT } from '../../i18n/lang-context';

const LayerFacts = lazy(() => import('./layer-facts').then((m) => ({ default: m.LayerFacts })));

/**
 * The toggle of a plan layer's own facts in its row. Folded at first: the facts' code, strings and
 * sources load when it is first opened, not with the first view (they were a sixth of what the
 * first view fetched).
 */
export function LayerFactsToggle({ facts }: { facts: readonly Fact[] }) {
  const { t } = useT();
  const [opened, setOpened] = useState(false);
  return (
    <details className="feature-list layer-facts" onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary>{t('layer.facts', { n: facts.length })}</summary>
      {opened && (
        <Suspense fallback={null}>
          <LayerFacts facts={facts} />
        </Suspense>
      )}
    </details>
  );
}
