import { lazy, Suspense, useEffect, useState } from 'react';
import type { IndexedFeature } from '../data/plan-index';
import { translate } from '../i18n/translate';
import type { ImportedLayer } from '../import/imported-store';
import type { PopupSpec } from '../map/map-view';
import { parseUserFeatureKey } from '../map/user-layers';
import type { AppState } from '../state/app-state';
import { openPanel } from '../state/panel-actions';
import { select } from '../state/selection-actions';
import type { Store } from '../state/store';
import { ChooserPopup } from '../ui/plan/chooser-popup';

const loadFeaturePopup = () => import('../ui/plan/feature-popup');
const loadUserPopup = () => import('../ui/your-data/user-feature-popup');
/** A project's popup (facts, badges, sources) and an imported feature's load when first opened, not with the page. */
const FeaturePopup = lazy(() => loadFeaturePopup().then((m) => ({ default: m.FeaturePopup })));
const UserFeaturePopup = lazy(() => loadUserPopup().then((m) => ({ default: m.UserFeaturePopup })));
// Loaded with the first click on an archive's feature (archives load their code when opened).
const ArchivePopup = lazy(() =>
  import('../ui/your-data/archive-popup').then((m) => ({ default: m.ArchivePopup })),
);

/**
 * Where a plan feature's popup points and what the map flies to (analysis/anchor.ts, with turf's
 * point-on-feature and its helpers): loaded with the first plan popup, not with the page.
 */
type Anchors = typeof import('../analysis/anchor');
const loadAnchors = () => import('../analysis/anchor');

/** The anchor code once loaded; asked for when `needed` (a plan popup is wanted) and not yet in. */
export function useAnchors(needed: boolean): Anchors | null {
  const [anchors, setAnchors] = useState<Anchors | null>(null);
  useEffect(() => {
    if (needed && !anchors) void loadAnchors().then(setAnchors);
  }, [needed, anchors]);
  return anchors;
}

/** Fetches the popups' code ahead of the first click (called a while after the first view is drawn). */
export function preloadPopups(): void {
  void loadFeaturePopup();
  void loadUserPopup();
  void loadAnchors();
}

/** While a popup's code loads: its name, so the popup is never empty. */
const Loading = ({ name }: { name: string }) => (
  <div className="popup">
    <h2 className="popup-name">{name}</h2>
  </div>
);

type PopupState = Pick<AppState, 'popup' | 'panel' | 'lang' | 'archives'>;

/**
 * The one popup the map shows, from the state's popup: the chooser when a click hit several plan
 * features, a feature of the user's own data or of an archive, a searched place, or the selected
 * plan feature. Null when what it names is gone (a removed layer, a feature not in the data), and
 * for a plan feature chosen off the map until the anchor code is in (`useAnchors`: milliseconds).
 */
export function popupOf(
  s: PopupState,
  index: ReadonlyMap<string, IndexedFeature>,
  imported: readonly ImportedLayer[],
  store: Store<AppState>,
  anchors: Anchors | null,
): PopupSpec | null {
  const { popup, lang } = s;
  switch (popup?.kind) {
    case undefined:
      return null;
    case 'choice': {
      const features = popup.ids.map((id) => index.get(id)).filter((f) => f !== undefined);
      return {
        key: `choose@${popup.at.join()}`,
        at: popup.at,
        label: translate(lang, 'popup.choose', { n: features.length }),
        content: (
          <ChooserPopup features={features} onChoose={(id) => store.update((x) => select(x, id, popup.at))} />
        ),
      };
    }
    case 'user': {
      const key = parseUserFeatureKey(popup.key);
      const layer = imported.find((l) => l.id === key?.layerId);
      if (!layer || !key || key.n >= layer.data.count) return null;
      return {
        key: `user@${popup.key}@${popup.at.join()}`,
        at: popup.at,
        label: layer.name,
        content: (
          <Suspense fallback={<Loading name={layer.name} />}>
            <UserFeaturePopup data={layer.data} n={key.n} layerName={layer.name} />
          </Suspense>
        ),
      };
    }
    case 'archive': {
      const archive = s.archives.find((a) => a.id === popup.layerId);
      if (!archive) return null;
      return {
        key: `archive@${popup.layerId}@${popup.at.join()}`,
        at: popup.at,
        label: archive.name,
        content: (
          <Suspense fallback={<Loading name={archive.name} />}>
            <ArchivePopup pick={popup} layerName={archive.name} />
          </Suspense>
        ),
      };
    }
    case 'place':
      return {
        key: `place@${popup.id}`,
        at: popup.at,
        label: popup.label,
        content: (
          <div className="popup" data-place={popup.id}>
            <h2 className="popup-name">{popup.label}</h2>
            <p className="plan-badges">
              <span className="badge badge-kind">{popup.kindLabel}</span>
            </p>
          </div>
        ),
      };
    case 'plan': {
      const f = index.get(popup.id)?.feature;
      if (!f) return null;
      const at = popup.at ?? anchors?.anchorOf(f);
      if (!at || (popup.fly && !anchors)) return null;
      return {
        key: `${popup.id}@${popup.at?.join() ?? 'anchor'}`,
        at,
        flyTo: popup.fly ? anchors?.boundsOf(f) : undefined,
        label: f.properties.name[lang],
        content: (
          <Suspense fallback={<Loading name={f.properties.name[lang]} />}>
            <FeaturePopup
              feature={f}
              onDetails={() => store.update((x) => openPanel(x, { kind: 'detail', id: f.id }))}
              brief={s.panel !== null && 'id' in s.panel && s.panel.id === f.id}
            />
          </Suspense>
        ),
      };
    }
  }
}
