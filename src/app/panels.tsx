import { lazy, Suspense } from 'react';
import type { PlanFeature } from '../data/plan-check';
import { translate } from '../i18n/translate';
import { removeFromCompare, setCompare } from '../state/investor-actions';
import { toggleLayer } from '../state/layer-actions';
import { closePanel, closeSheet, closeSites, openPanel, setShareOpen } from '../state/panel-actions';
import { isPhone } from '../ui/phone';
import { useAppState, useStore } from '../ui/use-store';
import { useMapCatalog } from './map-catalog';
import { useApp } from './use-app-data';
import type { FocusKeeper } from './use-store-effects';

const DetailPanel = lazy(() => import('../ui/plan/detail-panel').then((m) => ({ default: m.DetailPanel })));
const SitesPanel = lazy(() => import('../ui/investor/sites-panel').then((m) => ({ default: m.SitesPanel })));
const CompareDialog = lazy(() =>
  import('../ui/investor/compare-dialog').then((m) => ({ default: m.CompareDialog })),
);
const SiteSheet = lazy(() => import('../ui/investor/site-sheet').then((m) => ({ default: m.SiteSheet })));
const OverviewPanel = lazy(() =>
  import('../ui/plan/overview-panel').then((m) => ({ default: m.OverviewPanel })),
);
const CreditsPanel = lazy(() =>
  import('../ui/plan/credits-panel').then((m) => ({ default: m.CreditsPanel })),
);
const ShareDialog = lazy(() => import('../ui/share-dialog').then((m) => ({ default: m.ShareDialog })));

/** The investor tools' site table, docked under the map (loaded when first opened). */
export function SitesDock({ focus }: { focus: FocusKeeper }) {
  const open = useAppState((s) => s.investor.open);
  return open ? <OpenSites focus={focus} /> : null;
}

/** The site table, open: it reads the visible layers (to offer to show a hidden one) only then. */
function OpenSites({ focus }: { focus: FocusKeeper }) {
  const app = useApp();
  const store = useStore();
  const lang = useAppState((s) => s.lang);
  const visible = useAppState((s) => s.layers.visible);
  return (
    <Suspense
      fallback={
        <section className="sites-panel">
          <p className="sites-loading" role="status">
            {translate(lang, 'sites.loading')}
          </p>
        </section>
      }
    >
      <SitesPanel
        tools={app.tools}
        onChoose={(id) => {
          app.choose(id);
          // On a phone the table covers the popup: the details open at once instead.
          if (isPhone()) store.update((s) => openPanel(s, { kind: 'detail', id }));
        }}
        visible={visible}
        onShowLayer={(id) => store.update((s) => toggleLayer(s, id, true))}
        onCompare={() => store.update((s) => openPanel(s, { kind: 'compare' }))}
        onClose={() => {
          store.update(closeSites);
          focus.fromSites();
        }}
      />
    </Suspense>
  );
}

/** The panel open beside, over or instead of the map: details, overview, comparison, sheet; and the share dialog. */
export function Panels({ focus }: { focus: FocusKeeper }) {
  const app = useApp();
  const store = useStore();
  const panel = useAppState((s) => s.panel);
  const compare = useAppState((s) => s.investor.compare);
  const shareOpen = useAppState((s) => s.shareOpen);
  const mapless = useAppState((s) => s.mapFailure !== null);
  const feature = panel && 'id' in panel ? app.index.get(panel.id)?.feature : undefined;
  // A link's comparison opens before its sites' data has loaded: those not there yet are awaited.
  const compared = compare.map((id) => app.tools.byId.get(id)).filter((x) => x !== undefined);
  const close = () => {
    store.update(closePanel);
    focus.fromPanel();
  };
  return (
    <Suspense fallback={null}>
      {panel?.kind === 'detail' && feature && (
        <DetailPanel
          feature={feature}
          site={app.tools.byId.get(feature.id)}
          kinds={app.tools.measured}
          compare={compare}
          onCompare={(ids) => store.update((s) => setCompare(s, ids))}
          onSheet={() => store.update((s) => openPanel(s, { kind: 'sheet', id: feature.id }))}
          onClose={close}
        />
      )}
      {panel?.kind === 'overview' && <OverviewPanel onClose={close} />}
      {panel?.kind === 'credits' && <CreditsPanel onClose={close} />}
      {panel?.kind === 'compare' && (
        <CompareDialog
          sites={compared}
          loading={compared.length < compare.length}
          kinds={app.tools.measured}
          onRemove={(id) => {
            // The store closes a comparison left with one site; focus goes back as on closing it.
            store.update((s) => removeFromCompare(s, id));
            if (store.get().panel === null) focus.fromPanel();
          }}
          onChoose={(id) => {
            close();
            app.choose(id);
          }}
          onClose={close}
        />
      )}
      {panel?.kind === 'sheet' && feature && <Sheet feature={feature} mapless={mapless} />}
      {shareOpen && (
        <ShareDialog
          onClose={() => store.update((s) => setShareOpen(s, false))}
          userLayers={app.imported.layers.length}
        />
      )}
    </Suspense>
  );
}

/** A site's printable sheet, with its map: it reads the layers it draws. */
function Sheet({ feature, mapless }: { feature: PlanFeature; mapless: boolean }) {
  const app = useApp();
  const store = useStore();
  const catalog = useMapCatalog();
  const layers = useAppState((s) => s.layers);
  return (
    <SiteSheet
      feature={feature}
      site={app.tools.byId.get(feature.id)}
      kinds={app.tools.measured}
      catalog={catalog}
      data={app.data}
      visible={layers.visible}
      order={layers.order}
      mapless={mapless}
      onClose={() => store.update(closeSheet)}
    />
  );
}
