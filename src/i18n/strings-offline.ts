/**
 * UI strings of the installed, offline app (service worker updates, network state), loaded with
 * the service worker's client after the first view; the notices carry them in both languages.
 */
export const offlineVi = {
  'update.ready':
    'Đã có phiên bản mới của bản đồ. Tải lại khi bạn sẵn sàng; trang này vẫn dùng được đến lúc đó.',
  'offline.ready': 'Bản đồ đã được lưu trên thiết bị này: lần sau mở được cả khi không có mạng.',
  'offline.now':
    'Không có mạng: đang dùng bản đã lưu trên thiết bị. Bản đồ nền OpenStreetMap chỉ có những vùng bạn đã xem.',
} as const;

export const offlineEn: Record<keyof typeof offlineVi, string> = {
  'update.ready':
    'A new version of the map is ready. Reload when it suits you; this page keeps working until then.',
  'offline.ready': 'The map is saved on this device: next time it opens without a network too.',
  'offline.now':
    'No network: using the copy saved on this device. The OpenStreetMap base map has only the areas you have seen.',
};
