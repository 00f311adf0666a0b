import { sketchText } from '../i18n/strings-sketch';
import type { AppState } from '../state/app-state';
import { SKETCH_LAYER_ID } from '../state/map-draws';
import { notify } from '../state/notice-actions';
import { encodeSketches } from '../state/sketch-link';
import { sketchesOf, sketchesWithLink, toLinkSketch } from '../state/sketches';
import type { Store } from '../state/store';
import { linkRoom, setSketches } from './sketch-commands';

const layerData = (s: AppState) => s.imported.find((l) => l.id === SKETCH_LAYER_ID)?.data;

/** The link's value for the sketches as they are now (null: none, or too many for a link). */
function ownValue(s: AppState): string | null {
  const v = encodeSketches(sketchesOf(s).map(toLinkSketch));
  return v !== '' && v.length <= linkRoom() ? v : null;
}

const damagedNotice = {
  id: 'sketch-link',
  key: 'store.notice',
  params: {
    text: { vi: sketchText('vi', 'sketch.linkDamaged'), en: sketchText('en', 'sketch.linkDamaged') },
  },
} as const;

/**
 * Keeps the link's `sk=` and the sketch layer in step, once the stored layers are loaded: the
 * sketches a link brings (at the start, or pasted later) are added to the user's own, a damaged
 * value is named in a notice and let go (the rest of the link stands), and a sketch layer changed
 * elsewhere (loaded from storage, removed in "Your data") is written into the link again.
 */
export function startSketchSync(store: Store<AppState>): () => void {
  const take = (value: string | null) => {
    const s = store.get();
    if (value === null || value === ownValue(s)) {
      if (s.sketchLink !== ownValue(s)) store.update((x) => ({ ...x, sketchLink: ownValue(x) }));
      return;
    }
    const merged = sketchesWithLink(sketchesOf(s), value);
    if (merged) setSketches(store, merged);
    else
      store.update((x) =>
        notify({ ...x, sketchLink: ownValue(x) }, { ...damagedNotice, params: { ...damagedNotice.params } }),
      );
  };
  take(store.get().sketchLink);
  let seen = layerData(store.get());
  return store.subscribe((next, prev) => {
    if (
      next.sketchLink !== prev.sketchLink &&
      next.sketchLink !== null &&
      next.sketchLink !== ownValue(next)
    ) {
      seen = layerData(next);
      take(next.sketchLink);
    } else if (layerData(next) !== seen) {
      seen = layerData(next);
      if (next.sketchLink !== ownValue(next)) take(null);
    }
  });
}
