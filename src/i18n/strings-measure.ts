import type { Lang } from '../types/core';

/**
 * UI strings of the measuring panel that the main table (strings.ts) does not hold: they load with
 * the panel, when a measurement starts, not with every page.
 */
export const measureVi = {
  'measure.startLineTouch': 'Chạm lên bản đồ để đặt các điểm của đường đo.',
  'measure.startAreaTouch': 'Chạm lên bản đồ để đặt các đỉnh của vùng đo (ít nhất 3 điểm).',
  'measure.helpTouch': 'Chạm để thêm điểm, kết thúc bằng nút “Xong”. Đo theo đường thẳng trên mặt cầu.',
  'measure.doneTouch': 'Đã đo xong. Chạm lên bản đồ để bắt đầu phép đo mới.',
  'measure.copy': 'Chép',
  'measure.copyLabel': 'Chép kết quả đo (chữ)',
  'measure.copied': 'Đã chép kết quả đo.',
  'measure.copyFailed': 'Trình duyệt không cho chép; hãy chọn dòng kết quả rồi chép.',
  'measure.geojson': 'GeoJSON',
  'measure.geojsonLabel': 'Tải phép đo về (GeoJSON)',
  'measure.points': '{n} điểm (vĩ độ, kinh độ WGS84):',
};

export type MeasureKey = keyof typeof measureVi;

export const measureEn: Record<MeasureKey, string> = {
  'measure.startLineTouch': 'Tap the map to place the points of the line.',
  'measure.startAreaTouch': 'Tap the map to place the corners of the area (at least 3).',
  'measure.helpTouch': 'Tap to add points, finish with “Done”. Straight lines on the sphere.',
  'measure.doneTouch': 'Finished. Tap the map to start a new measurement.',
  'measure.copy': 'Copy',
  'measure.copyLabel': 'Copy the measurement (text)',
  'measure.copied': 'Measurement copied.',
  'measure.copyFailed': 'The browser did not allow copying: select the result line and copy it.',
  'measure.geojson': 'GeoJSON',
  'measure.geojsonLabel': 'Download the measurement (GeoJSON)',
  'measure.points': '{n} points (latitude, longitude, WGS84):',
};

export function measureText(
  lang: Lang,
  key: MeasureKey,
  params: Record<string, string | number> = {},
): string {
  return (lang === 'vi' ? measureVi : measureEn)[key].replace(/\{(\w+)\}/g, (_, name: string) =>
    String(params[name] ?? `{${name}}`),
  );
}
