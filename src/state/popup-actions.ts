import type { AppState } from './app-state';

/** Closes whatever popup is open: a feature's, a chooser, a place, an imported feature. */
export function closePopups(s: AppState): AppState {
  if (!s.choice && !s.place && !s.userPick && !s.selection && !s.archivePick) return s;
  return { ...s, choice: null, place: null, userPick: null, selection: null, archivePick: null };
}
