import type { FeatureCollection } from 'geojson';
import { useEffect, useRef, useState } from 'react';
import type { LayerDef } from '../data/catalog-types';
import { type LayerStatus, loadLayer, peekLayer } from '../data/layer-store';

/**
 * Loads the data of every layer that is, or has been, visible, and of the plan layers and the
 * layers in `always` (which the tools measure against even when hidden) — once each. A failed file
 * is reported through its status and `onFailed`; the other layers are not affected.
 */
export function useLayerData(
  catalog: LayerDef[],
  visible: ReadonlySet<string>,
  onFailed: (def: LayerDef, reason: string) => void,
  always: ReadonlySet<string> = new Set(),
) {
  const needed = (d: LayerDef) => visible.has(d.id) || d.plan === true || always.has(d.id);
  // Layers whose files were loaded before the first render (see main.tsx) are there at once.
  const [data, setData] = useState<ReadonlyMap<string, FeatureCollection>>(() => {
    const m = new Map<string, FeatureCollection>();
    for (const def of catalog) {
      const r = peekLayer(def);
      if (r?.ok && needed(def)) m.set(def.id, r.data);
    }
    return m;
  });
  const [status, setStatus] = useState<Record<string, LayerStatus>>({});
  const started = useRef(new Set<string>());
  const onFailedRef = useRef(onFailed);
  onFailedRef.current = onFailed;

  // biome-ignore lint/correctness/useExhaustiveDependencies: `needed` reads only catalog, visible and always
  useEffect(() => {
    // Plan layers load even when hidden: their features are listed, linked and searched.
    const wanted = catalog.filter((d) => needed(d) && !started.current.has(d.id));
    if (wanted.length === 0) return;
    for (const d of wanted) started.current.add(d.id);
    setStatus((s) => ({
      ...s,
      ...Object.fromEntries(wanted.map((d) => [d.id, { state: 'loading' } as const])),
    }));
    for (const def of wanted) {
      void (async () => {
        const result = await loadLayer(def);
        if (result.ok) {
          const fc = result.data;
          setData((m) => (m.get(def.id) === fc ? m : new Map(m).set(def.id, fc)));
          setStatus((s) => ({ ...s, [def.id]: { state: 'ok', count: fc.features.length } }));
        } else {
          const reason = result.problems.join('; ');
          setStatus((s) => ({ ...s, [def.id]: { state: 'failed', reason } }));
          onFailedRef.current(def, reason);
        }
      })();
    }
  }, [catalog, visible, always]);

  const done = (id: string) => {
    const s = status[id];
    return s !== undefined && s.state !== 'loading';
  };
  /** Every visible layer has loaded or failed. */
  const settled = [...visible].every(done);
  /** …and every plan layer too. */
  const allSettled = settled && catalog.every((d) => !d.plan || done(d.id));
  return { data, status, settled, allSettled };
}
