/** UI strings of the planner tools (imported layers, measuring, export, plan phases). */
export const plannerVi = {
  'user.heading': 'Dữ liệu của bạn',
  'user.import': 'Nhập tệp…',
  'user.hint':
    'Kéo thả tệp vào bản đồ hoặc chọn tệp: GeoJSON, KML/KMZ, GPX, CSV có cột kinh độ/vĩ độ, Shapefile nén .zip. Dữ liệu chỉ lưu trên trình duyệt này, không gửi đi đâu và không có trong liên kết chia sẻ.',
  'user.removed': 'Đã xoá lớp “{name}”.',
  'user.undo': 'Hoàn tác',
  'store.notice': '{text}',
  'store.notKept': '{what}: {why}',
  'store.layerNotKept': 'Lớp “{name}” sẽ không được giữ lại sau khi đóng trang',
  'store.changeNotKept':
    'Thay đổi mới của lớp “{name}” sẽ không được giữ lại sau khi đóng trang (mở lại sẽ thấy bản đã lưu trước đó)',
  'store.why.unavailable':
    'trình duyệt không cho trang này lưu dữ liệu trên máy (thường gặp ở cửa sổ ẩn danh). Lớp vẫn dùng được cho đến khi đóng trang.',
  'store.why.quota':
    'bộ nhớ dành cho trang này trên máy đã đầy. Các lớp đã lưu trước đó vẫn còn nguyên; xoá bớt lớp để có chỗ.',
  'store.why.failed': 'trình duyệt báo lỗi khi lưu. Các lớp đã lưu trước đó vẫn còn nguyên.',
  'store.why.invalid': 'dữ liệu của lớp không hợp lệ để lưu. Các lớp đã lưu trước đó vẫn còn nguyên.',
  'store.unsaved': 'chưa lưu',
  'store.unsavedReport': 'Chưa lưu trên máy.',
  'store.unreadableOne':
    '{n} lớp đã lưu trên máy không đọc được: {names}. Các lớp khác đã được mở; bản ghi này vẫn được giữ nguyên trên máy.',
  'store.unreadable':
    '{n} lớp đã lưu trên máy không đọc được: {names}. Các lớp khác đã được mở; các bản ghi này vẫn được giữ nguyên trên máy.',
  'store.dropOne': 'Xoá bản ghi hỏng',
  'store.drop': 'Xoá các bản ghi hỏng',
  'store.loadFailed':
    'Không đọc được các lớp đã lưu trên máy ({detail}); chúng không bị xoá. Lớp nhập mới vẫn dùng được.',
  'import.drop': 'Thả tệp vào đây để nhập',
  'user.loadingStored': 'Đang tải các lớp của bạn… {done}/{total}',
  'measure.line': 'Đo khoảng cách',
  'measure.area': 'Đo diện tích',
  'measure.startLine': 'Bấm lên bản đồ để đặt các điểm của đường đo.',
  'measure.startArea': 'Bấm lên bản đồ để đặt các đỉnh của vùng đo (ít nhất 3 điểm).',
  'measure.help':
    'Kết thúc bằng nút “Xong”, bấm đúp hoặc Enter; Backspace bỏ điểm cuối, Esc để thoát. Đo theo đường thẳng trên mặt cầu.',
  'measure.lengthResult': 'Chiều dài: {value}',
  'measure.areaResult': 'Diện tích: {ha} ha ({km2} km²) · Chu vi: {perimeter}',
  'measure.addCenter': 'Thêm điểm ở tâm bản đồ',
  'measure.undo': 'Bỏ điểm cuối',
  'measure.finish': 'Xong',
  'measure.done': 'Đã đo xong. Bấm lên bản đồ để bắt đầu phép đo mới.',
  'measure.stop': 'Thoát',
  'export.open': 'Xuất',
  'export.png': 'Ảnh PNG của khung nhìn',
  'export.png2x': 'Ảnh PNG nét gấp đôi (để in)',
  'export.geojson': 'Các lớp đang hiện (GeoJSON)',
  'export.csv': 'Các lớp đang hiện (CSV)',
  'export.busy': 'Đang tạo ảnh…',
  'export.failed': 'Không tạo được ảnh bản đồ.',
  'export.note':
    'Ảnh có chú giải, thước tỷ lệ và nguồn dữ liệu. GeoJSON và CSV gồm các lớp quy hoạch và dữ liệu của bạn đang hiện, theo giai đoạn và bộ lọc đang chọn (không gồm bản đồ nền). GeoJSON giữ hình học đầy đủ; CSV ghi một điểm, diện tích và chiều dài cho mỗi đối tượng.',
  'phase.heading': 'Giai đoạn quy hoạch',
  'phase.swipe': 'So sánh với giai đoạn khác (kéo thanh chia trên bản đồ)',
  'phase.swipeWith': 'Bên phải:',
  'phase.base': 'Chỉ bản đồ nền (không quy hoạch)',
  'phase.handle': 'Thanh chia so sánh: trái {left}, phải {right}. Dùng phím mũi tên để kéo.',
} as const;

export const plannerEn: Record<keyof typeof plannerVi, string> = {
  'user.heading': 'Your data',
  'user.import': 'Import a file…',
  'user.hint':
    'Drop a file on the map or choose one: GeoJSON, KML/KMZ, GPX, CSV with longitude/latitude columns, zipped Shapefile. Your data stays in this browser: it is not sent anywhere and not put in share links.',
  'user.removed': 'Layer “{name}” removed.',
  'user.undo': 'Undo',
  'store.notice': '{text}',
  'store.notKept': '{what}: {why}',
  'store.layerNotKept': 'The layer “{name}” will not be kept after this page closes',
  'store.changeNotKept':
    'The latest changes to “{name}” will not be kept after this page closes (the version stored before comes back)',
  'store.why.unavailable':
    'this browser does not let the page store data on the device (common in private windows). The layer works until the page closes.',
  'store.why.quota':
    'this site’s storage space on the device is full. The layers stored before are safe; remove some layers to make room.',
  'store.why.failed': 'the browser reported an error while storing it. The layers stored before are safe.',
  'store.why.invalid': 'its data cannot be stored as it is. The layers stored before are safe.',
  'store.unsaved': 'not saved',
  'store.unsavedReport': 'Not saved on this device.',
  'store.unreadableOne':
    '{n} stored layer could not be read: {names}. The others are loaded; the record is kept on this device as it was.',
  'store.unreadable':
    '{n} stored layers could not be read: {names}. The others are loaded; the records are kept on this device as they were.',
  'store.dropOne': 'Delete the damaged record',
  'store.drop': 'Delete the damaged records',
  'store.loadFailed':
    'The stored layers could not be read ({detail}); nothing was deleted. New imports still work.',
  'import.drop': 'Drop files here to import them',
  'user.loadingStored': 'Loading your layers… {done}/{total}',
  'measure.line': 'Measure distance',
  'measure.area': 'Measure area',
  'measure.startLine': 'Click on the map to place the points of the line.',
  'measure.startArea': 'Click on the map to place the corners of the area (at least 3).',
  'measure.help':
    'Finish with “Done”, a double-click or Enter; Backspace takes the last point back, Esc stops. Straight lines on the sphere.',
  'measure.lengthResult': 'Length: {value}',
  'measure.areaResult': 'Area: {ha} ha ({km2} km²) · Perimeter: {perimeter}',
  'measure.addCenter': 'Add a point at the map centre',
  'measure.undo': 'Take the last point back',
  'measure.finish': 'Done',
  'measure.done': 'Finished. Click on the map to start a new measurement.',
  'measure.stop': 'Stop',
  'export.open': 'Export',
  'export.png': 'PNG picture of this view',
  'export.png2x': 'PNG picture, twice as sharp (for print)',
  'export.geojson': 'Visible layers (GeoJSON)',
  'export.csv': 'Visible layers (CSV)',
  'export.busy': 'Making the picture…',
  'export.failed': 'The map picture could not be made.',
  'export.note':
    'The picture has the legend, a scale bar and the data credits. GeoJSON and CSV hold the visible plan layers and your data, in the phase and with the filters chosen (not the base map). GeoJSON keeps the full shapes; CSV gives one point, the area and the length of each feature.',
  'phase.heading': 'Plan phase',
  'phase.swipe': 'Compare with another phase (drag the divider on the map)',
  'phase.swipeWith': 'Right side:',
  'phase.base': 'Base map only (no plan)',
  'phase.handle': 'Comparison divider: left {left}, right {right}. Use the arrow keys to move it.',
};
