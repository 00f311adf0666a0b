import { useMemo } from 'react';
import { type MapDraws, mapDraws } from '../state/map-draws';
import { mapStyleOf } from '../state/selectors';
import { useAppState } from '../ui/use-store';

/**
 * What every map, legend and export draws (`state/map-draws.ts`), for a part that shows it: kept
 * while the layers, the imported layers and the archives are the same, so the map's diff of props
 * sees a change of `user` or the look only when there is one.
 */
export function useMapDraws(): MapDraws {
  const layers = useAppState((x) => x.layers);
  const imported = useAppState((x) => x.imported);
  const archives = useAppState((x) => x.archives);
  const sketching = useAppState((x) => x.sketching);
  const contrast = useAppState((x) => mapStyleOf(x) === 'contrast');
  return useMemo(
    () => mapDraws({ layers, imported, archives }, sketching, contrast),
    [layers, imported, archives, sketching, contrast],
  );
}
