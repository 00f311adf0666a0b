import { lazy, Suspense } from 'react';
import { anchorOf, boundsOf } from '../analysis/anchor';
import type { IndexedFeature } from '../data/plan-index';
import { translate } from '../i18n/translate';
import type { ImportedLayer } from '../import/imported-store';
import type { PopupSpec } from '../map/map-view';
import { parseUserFeatureKey } from '../map/user-layers';
import type { AppState } from '../state/app-state';
import { openPanel } from '../state/panel-actions';
import { select } from '../state/selection-actions';
import type { Store } from '../state/store';
import { ChooserPopup } from '../ui/chooser-popup';

const loadFeaturePopup = () => import('../ui/feature-popup');
const loadUserPopup = () => import('../ui/user-feature-popup');
/** A project's popup (facts, badges, sources) and an imported feature's load when first opened, not with the page. */
const FeaturePopup = lazy(() => loadFeaturePopup().then((m) => ({ default: m.FeaturePopup })));
const UserFeaturePopup = lazy(() => loadUserPopup().then((m) => ({ default: m.UserFeaturePopup })));
// Loaded with the first click on an archive's feature (archives load their code when opened).
const ArchivePopup = lazy(() => import('../ui/archive-popup').then((m) => ({ default: m.ArchivePopup })));

/** Fetches the popups' code ahead of the first click (called a while after the first view is drawn). */
export function preloadPopups(): void {
  void loadFeaturePopup();
  void loadUserPopup();
}

/** While a popup's code loads: its name, so the popup is never empty. */
const Loading = ({ name }: { name: string }) => (
  <div className="popup">
    <h2 className="popup-name">{name}</h2>
  </div>
);

type PopupState = Pick<
  AppState,
  'choice' | 'userPick' | 'place' | 'selection' | 'panel' | 'lang' | 'archives' | 'archivePick'
>;

/**
 * The one popup the map shows, from the state: the chooser when a click hit several plan
 * features, else a feature of the user's own data, a searched place, or the selected plan feature.
 */
export function popupOf(
  s: PopupState,
  index: ReadonlyMap<string, IndexedFeature>,
  imported: readonly ImportedLayer[],
  store: Store<AppState>,
): PopupSpec | null {
  const { choice, userPick, place, selection, lang } = s;
  if (choice) {
    const features = choice.ids.map((id) => index.get(id)).filter((f) => f !== undefined);
    return {
      key: `choose@${choice.at.join()}`,
      at: choice.at,
      label: translate(lang, 'popup.choose', { n: features.length }),
      content: (
        <ChooserPopup features={features} onChoose={(id) => store.update((x) => select(x, id, choice.at))} />
      ),
    };
  }
  if (userPick) {
    const key = parseUserFeatureKey(userPick.key);
    const layer = imported.find((l) => l.id === key?.layerId);
    if (layer && key && key.n < layer.data.count)
      return {
        key: `user@${userPick.key}@${userPick.at.join()}`,
        at: userPick.at,
        label: layer.name,
        content: (
          <Suspense fallback={<Loading name={layer.name} />}>
            <UserFeaturePopup data={layer.data} n={key.n} layerName={layer.name} />
          </Suspense>
        ),
      };
  }
  const pick = s.archivePick;
  const archive = pick && s.archives.find((a) => a.id === pick.layerId);
  if (pick && archive)
    return {
      key: `archive@${pick.layerId}@${pick.at.join()}`,
      at: pick.at,
      label: archive.name,
      content: (
        <Suspense fallback={<Loading name={archive.name} />}>
          <ArchivePopup pick={pick} layerName={archive.name} />
        </Suspense>
      ),
    };
  if (place) {
    return {
      key: `place@${place.id}`,
      at: place.at,
      label: place.label,
      content: (
        <div className="popup" data-place={place.id}>
          <h2 className="popup-name">{place.label}</h2>
          <p className="plan-badges">
            <span className="badge badge-kind">{place.kindLabel}</span>
          </p>
        </div>
      ),
    };
  }
  const f = selection ? index.get(selection.id)?.feature : undefined;
  if (!selection || !f) return null;
  return {
    key: `${selection.id}@${selection.at?.join() ?? 'anchor'}`,
    at: selection.at ?? anchorOf(f),
    flyTo: selection.fly ? boundsOf(f) : undefined,
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
