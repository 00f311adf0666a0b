import { useEffect, useState } from 'react';
import { loadSourcesAfterFirstView, type SourceRegistry } from '../../data/sources';

/** The source registry, once loaded after the first view (undefined until then). */
export function useSources(): SourceRegistry | undefined {
  const [reg, setReg] = useState<SourceRegistry>();
  useEffect(() => {
    let live = true;
    void loadSourcesAfterFirstView().then((r) => live && setReg(r));
    return () => {
      live = false;
    };
  }, []);
  return reg;
}
