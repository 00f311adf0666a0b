import type { AppState } from './app-state';
import type { ArchivePick } from './archive-actions';
import { notify } from './notice-actions';
import { encodeParcel, type ReportParcel } from './report-ref';

// The report reads its link text with the code that writes it: both load as one chunk.
export { decodeParcel } from './report-ref';

/** Where a land report was asked from: a popup, the map (a point), a sketch, a pasted list, an archive feature. */
export type ReportOrigin =
  | { kind: 'popup' | 'map' | 'sketch' | 'paste' }
  | { kind: 'archive'; pick: ArchivePick };

/**
 * Opens the land report ("Phiếu tra cứu quy hoạch") on a parcel, in the panel beside the map (it
 * replaces any other panel there, and the popup it was asked from closes). A shape too big for a
 * link is not opened: the user is told, and nothing else changes.
 */
export function openLandReport(s: AppState, parcel: ReportParcel, origin: ReportOrigin): AppState {
  const ref = encodeParcel(parcel);
  if (!ref)
    return notify(s, {
      id: 'report-too-big',
      // The text is given in both languages: the main table's strings are the first view's.
      key: 'notice.ignoredParams',
      text: {
        vi: 'Thửa đất có quá nhiều đỉnh để tra cứu qua liên kết (tối đa khoảng 300 đỉnh). Hãy giản lược hình rồi thử lại.',
        en: 'The parcel has too many corners for a report link (about 300 at most). Simplify it and try again.',
      },
    });
  return {
    ...s,
    popup: null,
    measure: null,
    panel: origin.kind === 'archive' ? { kind: 'report', ref, pick: origin.pick } : { kind: 'report', ref },
  };
}
