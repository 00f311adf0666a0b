import type { Lang } from '../types/core';

/**
 * UI strings of the page without a map (no WebGL): why, what still works, and how to get the map.
 * Apart from the main table (strings.ts) because only the views that replace the map use them:
 * they load with those views, not with every page.
 */
export const nomapVi = {
  'nomap.title': 'Trình duyệt này không vẽ được bản đồ',
  'nomap.why':
    'Bản đồ cần WebGL2, khả năng vẽ đồ hoạ của trình duyệt, nhưng trình duyệt này không cung cấp — thường do card đồ hoạ bị chặn, máy được dùng qua truy cập từ xa, hoặc chính sách bảo mật của cơ quan tắt tính năng này.',
  'nomap.whyError': 'Bản đồ không khởi động được trên trình duyệt này.',
  'nomap.rest':
    'Mọi thứ khác vẫn dùng được: tìm kiếm, tổng quan quy hoạch, bảng địa điểm đầu tư với bộ lọc, xếp hạng và so sánh, thông tin chi tiết kèm nguồn, và phiếu thông tin để in.',
  'nomap.fix':
    'Để xem bản đồ: bật “Dùng tăng tốc phần cứng” (hardware acceleration) trong cài đặt trình duyệt rồi mở lại trang, hoặc mở đường link này trên máy khác.',
  'nomap.detail': 'Chi tiết kỹ thuật',
  'nomap.detailNoWebgl': 'WebGL2: không có',
  'nomap.detailError': 'Lỗi bản đồ',
  'nomap.search': 'Tìm kiếm',
  'nomap.picture': 'Sơ đồ tĩnh tỉnh Lạng Sơn',
  'nomap.credits': 'Dữ liệu',
  'nomap.pictureAlt':
    'Sơ đồ tĩnh tỉnh Lạng Sơn: ranh giới tỉnh, biên giới, trục và hành lang kinh tế, cao tốc, đường sắt và các địa điểm đầu tư',
  'nomap.pictureNote':
    'Ảnh cố định, không phóng to được. Chấm đặc, nét liền: vị trí có nguồn; chấm rỗng, nét đứt: vị trí sơ đồ, suy luận hoặc tạm thời.',
  'sheet.picture': 'Sơ đồ tĩnh: trình duyệt này không vẽ được bản đồ chi tiết. Vòng đỏ đánh dấu vị trí.',
} as const;

export const nomapEn: Record<keyof typeof nomapVi, string> = {
  'nomap.title': 'This browser cannot draw the map',
  'nomap.why':
    'The map needs WebGL2, the browser’s graphics drawing, which this browser does not provide — usually because the graphics card is blocked, the computer is used over a remote desktop, or an office security policy turns it off.',
  'nomap.whyError': 'The map could not start in this browser.',
  'nomap.rest':
    'Everything else still works: search, the plan overview, the investment site table with filters, ranking and comparison, details with their sources, and the printable site sheet.',
  'nomap.fix':
    'To see the map: turn on “Use hardware acceleration” in the browser’s settings and reopen the page, or open this link on another device.',
  'nomap.detail': 'Technical details',
  'nomap.detailNoWebgl': 'WebGL2: unavailable',
  'nomap.detailError': 'Map error',
  'nomap.search': 'Search',
  'nomap.picture': 'Static picture of Lạng Sơn',
  'nomap.credits': 'Data',
  'nomap.pictureAlt':
    'Static picture of Lạng Sơn province: provincial boundary, border, development axis and economic corridors, expressways, railway and investment sites',
  'nomap.pictureNote':
    'A fixed image; it cannot be zoomed. Filled dots and solid lines: sourced positions; hollow dots and dashed lines: schematic, inferred or provisional.',
  'sheet.picture':
    'Static picture: this browser cannot draw the detailed map. The red ring marks the position.',
};

export type NomapKey = keyof typeof nomapVi;

/** A string of the page without a map, in a language. */
export const nomapText = (lang: Lang, key: NomapKey): string => (lang === 'vi' ? nomapVi : nomapEn)[key];
