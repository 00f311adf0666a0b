import type { AppState } from './app-state';
import { setMeasure } from './measure-actions';
import { closePanel, closeSheet, closeSites, setKeysOpen, setListOpen, setShareOpen } from './panel-actions';
import { closePopups } from './popup-actions';

/** Where Back closes what is open instead of leaving the app: a phone or a touch screen. */
export const BACK_CLOSES_WHERE = '(max-width: 700px), (pointer: coarse)';

/**
 * Whether something is open that a phone's Back button should close (a dialog, a panel, the
 * measurement, the popup, the list, the site table) rather than leave the app.
 */
export function backCloses(s: AppState): boolean {
  return (
    s.keysOpen ||
    s.shareOpen ||
    s.panel !== null ||
    s.measure !== null ||
    s.popup !== null ||
    s.listOpen ||
    s.investor.open
  );
}

/** Back on a phone: closes the topmost thing open (a site's sheet goes back to its details). */
export function pressBack(s: AppState): AppState {
  if (s.keysOpen) return setKeysOpen(s, false);
  if (s.shareOpen) return setShareOpen(s, false);
  if (s.panel) return s.panel.kind === 'sheet' ? closeSheet(s) : closePanel(s);
  if (s.measure) return setMeasure(s, null);
  if (s.popup) return closePopups(s);
  if (s.listOpen) return setListOpen(s, false);
  if (s.investor.open) return closeSites(s);
  return s;
}
