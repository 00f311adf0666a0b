import { useEffect, useState } from 'react';
import { CATALOG } from '../../geodata/catalog';
import type { LayerDef } from '../data/catalog-types';
import { mapStyleOf } from '../state/selectors';
import { useAppState } from '../ui/use-store';

let contrast: LayerDef[] | null = null;
let loading: Promise<LayerDef[]> | null = null;

/** The high-contrast catalog, loaded the first time it is wanted (a small chunk of its own). */
export function loadContrastCatalog(): Promise<LayerDef[]> {
  loading ??= import('../../geodata/contrast').then((m) => {
    contrast = m.contrastCatalog(CATALOG);
    return contrast;
  });
  return loading;
}

/**
 * Whether the page opens high contrast: the link says so, or says no style and the system asks for
 * more contrast (as initialState decides). main.tsx then loads the style with the first data.
 */
export function startsHighContrast(hash: string, prefersMore: boolean): boolean {
  const style = /(?:^#|&)style=([a-z]+)/.exec(hash)?.[1];
  return style === 'contrast' || (style === undefined && prefersMore);
}

/**
 * The catalog the maps, legends, site sheet and PNG export draw with: the usual one, or the
 * high-contrast one (the same layers in other colours and widths) once it has loaded.
 */
export function useMapCatalog(): LayerDef[] {
  const style = useAppState(mapStyleOf);
  const [, loaded] = useState(0);
  useEffect(() => {
    if (style === 'contrast' && !contrast) void loadContrastCatalog().then(() => loaded((n) => n + 1));
  }, [style]);
  return style === 'contrast' && contrast ? contrast : CATALOG;
}
