import type { Lang } from '../types/core';
import { formatNumber } from './translate';

/**
 * UI strings of the drawing tools and the sketch list. Apart from the main table (strings.ts):
 * they load with the tools, when the user first presses "Draw".
 */
export const sketchVi = {
  'sketch.heading': 'Vẽ và ghi chú',
  'sketch.intro':
    'Bấm (hoặc chạm) lên bản đồ để đặt điểm. Vùng: bấm lại điểm đầu hoặc Enter để khép. Esc bỏ hình đang vẽ. Các phác thảo lưu trên trình duyệt này và đi kèm liên kết chia sẻ.',
  'sketch.modes': 'Công cụ vẽ',
  'sketch.point': 'Điểm',
  'sketch.line': 'Đường',
  'sketch.polygon': 'Vùng',
  'sketch.select': 'Chọn, di chuyển, sửa đỉnh',
  'sketch.undo': 'Hoàn tác',
  'sketch.done': 'Xong',
  'sketch.list': 'Các phác thảo',
  'sketch.empty': 'Chưa có phác thảo nào. Chọn công cụ rồi bấm lên bản đồ.',
  'sketch.label': 'Tên',
  'sketch.note': 'Ghi chú',
  'sketch.labelOf': 'Tên của phác thảo {n}',
  'sketch.noteOf': 'Ghi chú của phác thảo {n}',
  'sketch.zoom': 'Phóng tới',
  'sketch.edit': 'Sửa trên bản đồ',
  'sketch.remove': 'Xoá',
  'sketch.removeOf': 'Xoá phác thảo “{name}”',
  'sketch.zoomOf': 'Phóng tới phác thảo “{name}”',
  'sketch.editOf': 'Chọn phác thảo “{name}” để di chuyển hoặc sửa đỉnh trên bản đồ',
  'sketch.plan': 'Quy hoạch nói gì ở đây?',
  'sketch.planOf': 'Quy hoạch nói gì ở phác thảo “{name}”?',
  'sketch.kind.point': 'Điểm',
  'sketch.kind.line': 'Đường',
  'sketch.kind.polygon': 'Vùng',
  'sketch.area': 'Diện tích {m2} m² ({ha} ha) · chu vi {perimeter} m',
  'sketch.length': 'Dài {m} m',
  'sketch.position': '{lat}, {lng}',
  'sketch.defaultName': '{kind} {n}',
  'sketch.layerName': 'Phác thảo',
  'sketch.export': 'Xuất phác thảo:',
  'sketch.geojson': 'GeoJSON',
  'sketch.kml': 'KML (Google Earth)',
  'sketch.added': 'Đã thêm “{name}”.',
  'sketch.removed': 'Đã xoá “{name}”.',
  'sketch.nothingToUndo': 'Không còn gì để hoàn tác.',
  'sketch.linkDamaged':
    'Phần phác thảo của liên kết bị hỏng (có thể bị cắt bớt khi gửi) nên không mở được; phần còn lại của liên kết vẫn được mở.',
  'sketch.notInLink':
    'Liên kết này không kèm các phác thảo: {n} đỉnh sẽ làm liên kết dài quá {max} ký tự. Hãy xuất phác thảo thành tệp GeoJSON và gửi kèm.',
  'sketch.inLink': 'Liên kết có kèm {n} phác thảo của bạn ({chars} ký tự).',
  'sketch.exportGeojson': 'Xuất phác thảo (GeoJSON)',
  'sketch.count': '{n} phác thảo',
};

export type SketchKey = keyof typeof sketchVi;

export const sketchEn: Record<SketchKey, string> = {
  'sketch.heading': 'Draw and annotate',
  'sketch.intro':
    'Click (or tap) the map to place points. Polygon: click the first point again or press Enter to close it. Esc drops the shape being drawn. Sketches are kept in this browser and travel in the share link.',
  'sketch.modes': 'Drawing tools',
  'sketch.point': 'Point',
  'sketch.line': 'Line',
  'sketch.polygon': 'Polygon',
  'sketch.select': 'Select, move, edit vertices',
  'sketch.undo': 'Undo',
  'sketch.done': 'Done',
  'sketch.list': 'Sketches',
  'sketch.empty': 'No sketches yet. Pick a tool, then click the map.',
  'sketch.label': 'Label',
  'sketch.note': 'Note',
  'sketch.labelOf': 'Label of sketch {n}',
  'sketch.noteOf': 'Note of sketch {n}',
  'sketch.zoom': 'Zoom to',
  'sketch.edit': 'Edit on map',
  'sketch.remove': 'Delete',
  'sketch.removeOf': 'Delete sketch “{name}”',
  'sketch.zoomOf': 'Zoom to sketch “{name}”',
  'sketch.editOf': 'Select sketch “{name}” to move it or edit its vertices on the map',
  'sketch.plan': 'What does the plan say here?',
  'sketch.planOf': 'What does the plan say at sketch “{name}”?',
  'sketch.kind.point': 'Point',
  'sketch.kind.line': 'Line',
  'sketch.kind.polygon': 'Polygon',
  'sketch.area': 'Area {m2} m² ({ha} ha) · perimeter {perimeter} m',
  'sketch.length': 'Length {m} m',
  'sketch.position': '{lat}, {lng}',
  'sketch.defaultName': '{kind} {n}',
  'sketch.layerName': 'Sketches',
  'sketch.export': 'Export sketches:',
  'sketch.geojson': 'GeoJSON',
  'sketch.kml': 'KML (Google Earth)',
  'sketch.added': 'Added “{name}”.',
  'sketch.removed': 'Deleted “{name}”.',
  'sketch.nothingToUndo': 'Nothing left to undo.',
  'sketch.linkDamaged':
    'The sketches part of the link is damaged (perhaps cut short on the way), so it could not be opened; the rest of the link was.',
  'sketch.notInLink':
    'This link does not carry your sketches: {n} vertices would make it longer than {max} characters. Export the sketches as a GeoJSON file and send it along.',
  'sketch.inLink': 'The link carries your {n} sketches ({chars} characters).',
  'sketch.exportGeojson': 'Export sketches (GeoJSON)',
  'sketch.count': '{n} sketches',
};

/** A string of the drawing tools, with its placeholders filled (numbers in the language's format). */
export function sketchText(lang: Lang, key: SketchKey, params: Record<string, string | number> = {}): string {
  return (lang === 'vi' ? sketchVi : sketchEn)[key].replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = params[name];
    if (v === undefined) return `{${name}}`;
    return typeof v === 'number' ? formatNumber(lang, v) : v;
  });
}
