import type { Lang } from '../types/core';
import { formatNumber } from './translate';

/**
 * UI strings of the list view (the map as text) and of the keyboard help. Apart from the main
 * table (strings.ts) because they load with those views, not with every page.
 */
export const listVi = {
  'list.heading': 'Các đối tượng trên bản đồ',
  'list.intro':
    'Mọi đối tượng bản đồ đang vẽ, theo lớp, với cùng bộ lọc. Mũi tên để di chuyển, gõ chữ để nhảy tới tên, Enter để xem trên bản đồ, Enter lần nữa để mở chi tiết.',
  'list.introTouch':
    'Mọi đối tượng bản đồ đang vẽ, theo lớp, với cùng bộ lọc. Chạm vào một tên để xem nó trên bản đồ cùng chi tiết; đóng chi tiết để quay lại danh sách.',
  'list.close': 'Đóng danh sách',
  'list.empty': 'Bản đồ đang không vẽ đối tượng nào: hãy bật một lớp quy hoạch.',
  'list.layers': '{n} lớp đang hiện',
  'list.layersOne': '{n} lớp đang hiện',
  'list.rows': '{n} địa điểm',
  'list.rowsOne': '{n} địa điểm',
  'list.selected': 'đang chọn: {name}',
  'list.userStatus': 'Dữ liệu của bạn',
  'list.userAccuracy': 'Chưa kiểm chứng',
  'list.userKind': 'Lớp của bạn: {name}',
  'list.count': '{n} đối tượng',
  'list.countOne': '{n} đối tượng',
  'list.more':
    'Danh sách chỉ nêu {shown} đối tượng đầu tiên của lớp này; bản đồ vẽ thêm {n} đối tượng nữa (bấm vào bản đồ để xem từng đối tượng).',
  'keys.heading': 'Phím tắt',
  'keys.close': 'Đóng',
  'keys.anywhere': 'Ở bất kỳ đâu (trừ khi đang gõ trong ô nhập)',
  'keys.onMap': 'Khi bản đồ có tiêu điểm (nhấn Tab tới bản đồ, hoặc phím M)',
  'keys.inList': 'Trong danh sách đối tượng',
  'keys.help': 'Mở bảng phím tắt này',
  'keys.next': 'Đối tượng tiếp theo / trước đó (theo thứ tự của danh sách)',
  'keys.details': 'Mở chi tiết đối tượng đang chọn',
  'keys.focusMap': 'Đưa tiêu điểm tới bản đồ',
  'keys.list': 'Mở/đóng danh sách đối tượng',
  'keys.report': 'Tra cứu quy hoạch tại tâm bản đồ (phiếu tra cứu)',
  'keys.escape': 'Đóng danh sách, bảng, hộp thoại hoặc cửa sổ bật lên',
  'keys.pan': 'Dịch bản đồ',
  'keys.zoom': 'Phóng to / thu nhỏ (Shift: gấp đôi)',
  'keys.move': 'Sang dòng sau / trước',
  'keys.ends': 'Dòng đầu / dòng cuối',
  'keys.page': 'Nhảy 10 dòng',
  'keys.typeAhead': 'Nhảy tới tên bắt đầu bằng các chữ đã gõ (không cần dấu: "huu lung")',
  'keys.choose': 'Xem trên bản đồ; lần nữa: mở chi tiết',
  'keys.letters': 'chữ cái',
} as const;

export type ListKey = keyof typeof listVi;

export const listEn: Record<ListKey, string> = {
  'list.heading': 'Features on the map',
  'list.intro':
    'Every feature the map draws, by layer, with the same filters. Arrows move, letters jump to a name, Enter shows it on the map, Enter again opens its details.',
  'list.introTouch':
    'Every feature the map draws, by layer, with the same filters. Tap a name to see it on the map with its details; close the details to come back to the list.',
  'list.close': 'Close the list',
  'list.empty': 'The map draws no features now: turn on a plan layer.',
  'list.layers': '{n} layers shown',
  'list.layersOne': '{n} layer shown',
  'list.rows': '{n} sites',
  'list.rowsOne': '{n} site',
  'list.selected': 'selected: {name}',
  'list.userStatus': 'Your own data',
  'list.userAccuracy': 'Not checked',
  'list.userKind': 'Your layer: {name}',
  'list.count': '{n} features',
  'list.countOne': '{n} feature',
  'list.more':
    'Only the first {shown} features of this layer are listed; the map draws {n} more (click them on the map to see each one).',
  'keys.heading': 'Keyboard shortcuts',
  'keys.close': 'Close',
  'keys.anywhere': 'Anywhere (except while typing in a box)',
  'keys.onMap': 'When the map has the focus (Tab to the map, or press M)',
  'keys.inList': 'In the feature list',
  'keys.help': 'Open this list of shortcuts',
  'keys.next': 'Next / previous feature (in the order of the list)',
  'keys.details': 'Open the details of the selected feature',
  'keys.focusMap': 'Move the focus to the map',
  'keys.list': 'Open or close the feature list',
  'keys.report': 'What does the plan say at the map centre (the land report)',
  'keys.escape': 'Close the list, a panel, a dialog or the popup',
  'keys.pan': 'Pan the map',
  'keys.zoom': 'Zoom in / out (with Shift: twice as far)',
  'keys.move': 'Next / previous row',
  'keys.ends': 'First / last row',
  'keys.page': 'Jump 10 rows',
  'keys.typeAhead': 'Jump to a name starting with the letters typed (no marks needed: "huu lung")',
  'keys.choose': 'Show on the map; again: open the details',
  'keys.letters': 'letters',
};

/** A string of the list view or the keyboard help, with `{name}` placeholders filled. */
export function listText(lang: Lang, key: ListKey, params: Record<string, string | number> = {}): string {
  return (lang === 'vi' ? listVi : listEn)[key].replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = params[name];
    if (v === undefined) return `{${name}}`;
    return typeof v === 'number' ? formatNumber(lang, v) : v;
  });
}
