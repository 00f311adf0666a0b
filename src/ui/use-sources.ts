import { useEffect, useState } from 'react';
import { loadSources, type SourceRegistry } from '../data/sources';

/** The source registry, once loaded (undefined until then). */
export function useSources(): SourceRegistry | undefined {
  const [reg, setReg] = useState<SourceRegistry>();
  useEffect(() => {
    let live = true;
    void loadSources().then((r) => live && setReg(r));
    return () => {
      live = false;
    };
  }, []);
  return reg;
}
