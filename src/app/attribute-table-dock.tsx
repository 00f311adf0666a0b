import { lazy, Suspense } from 'react';
import { translate } from '../i18n/translate';
import { setAttributeTable } from '../state/imported-actions';
import { PartBoundary } from '../ui/part-boundary';
import { useAppState, useStore } from '../ui/use-store';

const AttributeTable = lazy(() =>
  import('../ui/your-data/attribute-table').then((m) => ({ default: m.AttributeTable })),
);
const choosing = () => Promise.all([import('../state/feature-list'), import('../state/list-actions')]);

/**
 * The attribute table of the imported layer it was opened for, over the map, in step with the map:
 * a row chosen shows its feature with its popup (as the list view does), and the feature whose popup
 * is open is the table's chosen row. Its code loads when it is first opened.
 */
export function AttributeTableDock() {
  const store = useStore();
  const layer = useAppState((s) => s.imported.find((l) => l.id === s.attributeTable) ?? null);
  const lang = useAppState((s) => s.lang);
  const popupKey = useAppState((s) => (s.popup?.kind === 'user' ? s.popup.key : null));
  if (!layer) return null;
  const prefix = `${layer.id}/`;
  const chosen = popupKey?.startsWith(prefix) ? Number(popupKey.slice(prefix.length)) : null;
  return (
    <PartBoundary message={translate(lang, 'user.partFailed')}>
      <Suspense fallback={null}>
        <AttributeTable
          key={layer.id}
          layer={layer}
          chosen={chosen !== null && Number.isInteger(chosen) ? chosen : null}
          onChoose={(n) =>
            void choosing().then(([list, actions]) =>
              store.update((s) => {
                const target = list.targetOf(s.imported, `${prefix}${n}`);
                return target.at ? actions.chooseUserFeature(s, target.key, target.at) : s;
              }),
            )
          }
          onClose={() => {
            store.update((s) => setAttributeTable(s, null));
            document.querySelector<HTMLElement>(`[data-open-table="${CSS.escape(layer.id)}"]`)?.focus();
          }}
        />
      </Suspense>
    </PartBoundary>
  );
}
