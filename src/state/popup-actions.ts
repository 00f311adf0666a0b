import type { AppState } from './app-state';

/** Closes whatever popup is open (and so lets go of the selected feature). */
export function closePopups(s: AppState): AppState {
  return s.popup ? { ...s, popup: null } : s;
}
