import type { Text } from '../data/plan-schema';
import type { StringKey } from '../i18n/strings';
import { translate } from '../i18n/translate';
import type { StoreFailure } from '../import/imported-store';
import type { Lang } from '../types/core';
import type { AppState, Unsaved } from './app-state';
import { dismissNotice, notify } from './notice-actions';

type Reason = StoreFailure['reason'];

const WHY: Record<Reason, StringKey> = {
  unavailable: 'store.why.unavailable',
  'quota-exceeded': 'store.why.quota',
  failed: 'store.why.failed',
  invalid: 'store.why.invalid',
};

const both = (f: (lang: Lang) => string): Text => ({ vi: f('vi'), en: f('en') });

/**
 * What is lost and why, as one sentence in both languages: the layer (never stored) or its latest
 * changes (an older version is stored and comes back), then the cause. Used by the notice, the
 * layer's "not saved" mark and the import report alike, so they never disagree.
 */
export function notKeptText(name: string, u: Unsaved): Text {
  const what: StringKey = u.olderStored ? 'store.changeNotKept' : 'store.layerNotKept';
  return both((lang) =>
    translate(lang, 'store.notKept', {
      what: translate(lang, what, { name }),
      why: translate(lang, WHY[u.reason]),
    }),
  );
}

/**
 * A write of this imported layer failed: it is marked "not saved" and, the first time this cause
 * comes up in the session, the user is told why. Later failures of the same cause only mark their
 * layer (the notice would otherwise come back on every change). A layer already removed is left alone.
 */
export function layerNotKept(s: AppState, id: string, reason: Reason, olderStored: boolean): AppState {
  const layer = s.imported.find((l) => l.id === id);
  if (!layer) return s;
  const u: Unsaved = { reason, olderStored };
  const same = s.unsaved[id];
  const marked =
    same && same.reason === reason && same.olderStored === olderStored
      ? s
      : { ...s, unsaved: { ...s.unsaved, [id]: u } };
  if (s.storageTold.includes(reason)) return marked;
  return notify(
    { ...marked, storageTold: [...s.storageTold, reason] },
    {
      id: `store-${reason}`,
      key: 'store.notice',
      params: { text: notKeptText(layer.name, u) },
    },
  );
}

/** This layer is now stored as it is on screen: its "not saved" mark goes. */
export function layerKept(s: AppState, id: string): AppState {
  if (!(id in s.unsaved)) return s;
  const { [id]: _kept, ...unsaved } = s.unsaved;
  return { ...s, unsaved };
}

/**
 * Stored records that could not be read as layers, named (by their layer's name where it survived,
 * else by their key); the others are loaded. The records are kept; `drop` deletes them if the user
 * asks, from the notice.
 */
export function storedUnreadable(s: AppState, labels: readonly string[], drop: () => void): AppState {
  if (labels.length === 0) return s;
  return notify(s, {
    id: 'store-unreadable',
    key: labels.length === 1 ? 'store.unreadableOne' : 'store.unreadable',
    params: { n: labels.length, names: labels.map((l) => `“${l}”`).join(', ') },
    action: { label: labels.length === 1 ? 'store.dropOne' : 'store.drop', run: drop },
  });
}

/**
 * The stored layers could not be read at all. Unavailable storage says nothing here: a private
 * window has nothing stored, and the first import will say what it means for the user's data.
 */
export function storedLayersFailed(s: AppState, reason: Reason, detail: string | undefined): AppState {
  if (reason === 'unavailable') return s;
  return notify(s, { id: 'store-load', key: 'store.loadFailed', params: { detail: detail ?? reason } });
}

/**
 * The stored layers are being read (after the first view is drawn): "Loading your layers… 1/2",
 * the record being read of all of them; `null` when reading is over, and the note goes.
 */
export function storedLoading(s: AppState, n: { done: number; total: number } | null): AppState {
  if (!n) return dismissNotice(s, 'store-loading');
  if (n.total === 0) return s;
  return notify(s, {
    id: 'store-loading',
    key: 'user.loadingStored',
    params: { done: n.done, total: n.total },
  });
}
