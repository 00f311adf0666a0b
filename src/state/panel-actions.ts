import type { AppState, Panel } from './app-state';
import { closePopups } from './popup-actions';

/** Opens a panel: a feature's details or sheet, the plan overview, or the comparison. */
export function openPanel(s: AppState, panel: Panel): AppState {
  return { ...s, panel };
}

export function closePanel(s: AppState): AppState {
  return s.panel === null ? s : { ...s, panel: null };
}

/** Goes from a site's sheet back to its details. */
export function closeSheet(s: AppState): AppState {
  return s.panel?.kind === 'sheet' ? { ...s, panel: { kind: 'detail', id: s.panel.id } } : s;
}

/**
 * Escape closes the topmost thing open: the sheet (back to the details), a side panel, or else the
 * popups. The comparison is a dialog, which closes itself.
 */
export function pressEscape(s: AppState): AppState {
  if (s.panel?.kind === 'sheet') return closeSheet(s);
  if (s.panel && s.panel.kind !== 'compare') return closePanel(s);
  return closePopups(s);
}

/**
 * Opens the site table; on a screen too narrow for both (`cramped`) the layer panel folds away,
 * and comes back when the table closes.
 */
export function openSites(s: AppState, cramped: boolean): AppState {
  const opened: AppState = { ...s, investor: { ...s.investor, open: true } };
  if (!cramped) return opened;
  return { ...opened, sidePanelOpen: false, sidePanelFoldedBySites: s.sidePanelOpen };
}

export function closeSites(s: AppState): AppState {
  return {
    ...s,
    investor: { ...s.investor, open: false },
    sidePanelOpen: s.sidePanelFoldedBySites ? true : s.sidePanelOpen,
    sidePanelFoldedBySites: false,
  };
}

export function setSidePanelOpen(s: AppState, open: boolean): AppState {
  return { ...s, sidePanelOpen: open };
}

export function setShareOpen(s: AppState, open: boolean): AppState {
  return { ...s, shareOpen: open };
}

/** Opens or closes the list view. */
export function setListOpen(s: AppState, open: boolean): AppState {
  return s.listOpen === open ? s : { ...s, listOpen: open };
}

/** Opens or closes the help dialog of the keyboard shortcuts. */
export function setKeysOpen(s: AppState, open: boolean): AppState {
  return s.keysOpen === open ? s : { ...s, keysOpen: open };
}
