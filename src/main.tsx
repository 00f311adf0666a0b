import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { CATALOG } from '../geodata/catalog';
import { App } from './app/app';
import { loadContrastCatalog, startsHighContrast } from './app/map-catalog';
import { registerUiFonts } from './data/fonts';
import { loadLayer } from './data/layer-store';
import './app/app.css';
import './app/contrast.css';

performance.mark('ls:main');
registerUiFonts();

// Start loading the first view's data before React and MapLibre start, and give it a moment, so
// the map is created with its data and tiles it once (a slow file is added when it arrives).
// A page that opens high contrast loads that style too, so the map is drawn in it from the start.
const contrast = startsHighContrast(location.hash, matchMedia('(prefers-contrast: more)').matches);
const firstData = Promise.allSettled([
  ...CATALOG.filter((d) => d.visible || d.plan).map(loadLayer),
  ...(contrast ? [loadContrastCatalog()] : []),
]);
const patience = new Promise((resolve) => setTimeout(resolve, 1500));

// Not a top-level await: the lazily loaded checking code imports from this entry chunk, and a
// dynamic import waits for the module it imports from to finish evaluating. With an await here the
// checks could not load until the patience ran out, and every first view waited the full 1.5 s.
void Promise.race([firstData, patience]).then(() => {
  const root = document.getElementById('root');
  if (root)
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
});
