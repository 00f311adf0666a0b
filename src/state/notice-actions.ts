import type { AppState, Notice } from './app-state';
import { unknownNotice } from './app-state';

/** Shows a notice, replacing one with the same id (a newer message about the same thing). */
export function notify(s: AppState, n: Notice): AppState {
  return { ...s, notices: [...s.notices.filter((x) => x.id !== n.id), n] };
}

/** Closes the notice with this id (or exactly this notice, when one is given: a timer's own). */
export function dismissNotice(s: AppState, id: string, only?: Notice): AppState {
  const notices = s.notices.filter((n) => n.id !== id || (only !== undefined && n !== only));
  return notices.length === s.notices.length ? s : { ...s, notices };
}

/** Names ids a link held that this version does not know: all of them, from the first link on, in one notice. */
export function notifyUnknown(s: AppState, ids: readonly string[]): AppState {
  const unknownIds = [...new Set([...s.unknownIds, ...ids])];
  return notify({ ...s, unknownIds }, unknownNotice(unknownIds));
}
