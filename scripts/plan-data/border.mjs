// Border gates, the smart gate, logistics and cross-border cooperation: research §5–§6.
import { at, fact, T } from './helpers.mjs';

const HUU_NGHI = at.point(106.7112, 21.97515, 'S35');

export const borderGates = {
  title: T('Cửa khẩu', 'Border gates'),
  description: T(
    'Biên giới dài hơn 231 km; 2 cửa khẩu quốc tế (Hữu Nghị, ga đường sắt quốc tế Đồng Đăng), 1 cửa khẩu chính (Chi Ma) và 9 cửa khẩu phụ. Cửa khẩu Cốc Nam và các cửa khẩu phụ khác chưa có vị trí trong nguồn nên không vẽ.',
    'Over 231 km of border; 2 international gates (Hữu Nghị, Đồng Đăng international railway station), 1 main gate (Chi Ma) and 9 secondary gates. Cốc Nam and the other secondary gates have no position in our sources and are not drawn.',
  ),
  descriptionSources: ['seed:003', 'S33'],
  features: [
    {
      id: 'gate-huu-nghi',
      name: T('Cửa khẩu quốc tế Hữu Nghị', 'Hữu Nghị international border gate'),
      kind: 'border_gate',
      status: 'operating',
      phase: 'existing',
      summary: T(
        'Cửa khẩu đường bộ quốc tế, cặp với Hữu Nghị Quan (Bằng Tường, Trung Quốc); thí điểm mô hình cửa khẩu thông minh đầu tiên của cả nước.',
        'International road gate, paired with Youyi Guan (Pingxiang, China); pilot of the country’s first smart border gate.',
      ),
      location_pre2025: 'Huyện Cao Lộc',
      commune_2025: ['Đồng Đăng'],
      geometry: HUU_NGHI,
      accuracy_note: T(
        'Toạ độ đồn biên phòng Hữu Nghị trên GeoNames (8522374).',
        'Coordinates of the Hữu Nghị border post on GeoNames (8522374).',
      ),
      facts: [
        fact('trade', 86.14, ['seed:000'], {
          unit: 'bn USD',
          date: '2025-11-30',
          note: T(
            'tổng kim ngạch qua các cửa khẩu của tỉnh đến 30/11/2025, tăng 44,6%',
            'total trade through all the province’s gates to 30 Nov 2025, +44.6%',
          ),
        }),
        fact(
          'capacity',
          T(
            'khoảng 1.700 xe/ngày, cao điểm hơn 2.000 xe (toàn tỉnh)',
            'about 1,700 vehicles/day, peaks over 2,000 (whole province)',
          ),
          ['seed:000'],
        ),
        fact(
          'other',
          T(
            'Đồn biên phòng Hữu Nghị quản lý 3,91 km biên giới và 19 cột mốc',
            'The Hữu Nghị border post oversees 3.91 km of border and 19 markers',
          ),
          ['S37'],
        ),
      ],
      sources: ['S35', 'seed:003', 'seed:001', 'seed:000'],
    },
    {
      id: 'smart-gate-huu-nghi',
      name: T('Cửa khẩu thông minh Hữu Nghị – Hữu Nghị Quan', 'Hữu Nghị – Youyi Guan smart border gate'),
      kind: 'smart_gate',
      status: 'operating',
      status_date: '2025-11-27',
      phase: '2030',
      summary: T(
        'Thí điểm cửa khẩu số với các đường chuyên dụng vận chuyển hàng hoá tại mốc 1119–1120 và 1088/2–1089.',
        'Digital border-gate pilot with dedicated freight roads at markers 1119–1120 and 1088/2–1089.',
      ),
      commune_2025: ['Đồng Đăng'],
      geometry: HUU_NGHI,
      accuracy_note: T(
        'Sơ đồ: đặt tại cửa khẩu Hữu Nghị (GeoNames); vị trí các đường chuyên dụng theo mốc chưa có toạ độ.',
        'Schematic: placed at the Hữu Nghị gate (GeoNames); the freight roads’ positions by boundary marker have no coordinates.',
      ),
      accuracy: 'schematic',
      facts: [
        fact('capital', 174.7, ['S40', 'S41'], {
          unit: 'bn VND',
          qualifier: 'over',
          note: T('đường chuyên dụng mốc 1119–1120', 'the marker 1119–1120 freight road'),
        }),
        fact('investor', 'Ban QLDA đầu tư xây dựng tỉnh Lạng Sơn', ['S40', 'S41']),
        fact(
          'timeline',
          T(
            'Giai đoạn 1 (4 → 6 làn) khánh thành 27/11/2025; giai đoạn 2: 6 → 14 làn',
            'Phase 1 (4 → 6 lanes) inaugurated 27 Nov 2025; phase 2: 6 → 14 lanes',
          ),
          ['S40', 'S41', 'S42'],
          { date: '2025-11-27' },
        ),
        fact(
          'timeline',
          T(
            'Đường chuyên dụng mốc 1088/2–1089 chính thức mở 27/5/2024',
            'Marker 1088/2–1089 freight route officially opened 27 May 2024',
          ),
          ['S43', 'seed:003'],
          { date: '2024-05-27' },
        ),
        fact(
          'legal_basis',
          T(
            'Thoả thuận khung 26/6/2023; biên bản ghi nhớ ký trực tuyến (tin 15/11/2024)',
            'Framework agreement of 26 Jun 2023; MoU signed online (reported 15 Nov 2024)',
          ),
          ['S38'],
        ),
      ],
      sources: ['seed:001', 'seed:003', 'S38', 'S40', 'S41', 'S42'],
    },
    {
      id: 'gate-tan-thanh',
      name: T('Cửa khẩu Tân Thanh', 'Tân Thanh border gate'),
      kind: 'border_gate',
      status: 'operating',
      phase: 'existing',
      summary: T(
        'Cửa khẩu cặp với Pò Chài (Trung Quốc); lối mở mốc 1090–1091 thuộc cặp Hữu Nghị từ 27/5/2024; xuất nhập cảnh nối lại 25/1/2025.',
        'Gate paired with Puzhai (China); the marker 1090–1091 entrance joined the Hữu Nghị pair on 27 May 2024; immigration resumed 25 Jan 2025.',
      ),
      location_pre2025: 'Bản Nà Lầu, xã Tân Thanh, huyện Văn Lãng',
      commune_2025: ['Hoàng Văn Thụ'],
      geometry: at.point(106.68389, 22.00306, 'S45'),
      accuracy_note: T(
        'Toạ độ theo Wikipedia tiếng Việt (GeoNames ghi 22.00310, 106.68250).',
        'Coordinates from Vietnamese Wikipedia (GeoNames gives 22.00310, 106.68250).',
      ),
      facts: [
        fact(
          'timeline',
          T('Lối mở mốc 1090–1091 mở 27/5/2024', 'Marker 1090–1091 entrance opened 27 May 2024'),
          ['S43'],
          { date: '2024-05-27' },
        ),
        fact(
          'timeline',
          T('Nối lại hoạt động xuất nhập cảnh 25/1/2025', 'Immigration resumed 25 Jan 2025'),
          ['S47'],
          { date: '2025-01-25' },
        ),
      ],
      sources: ['S45', 'S46', 'S43', 'S47'],
    },
    {
      id: 'gate-dong-dang-station',
      name: T('Ga đường sắt quốc tế Đồng Đăng', 'Đồng Đăng international railway station'),
      kind: 'border_gate',
      status: 'operating',
      phase: 'existing',
      summary: T(
        'Cửa khẩu đường sắt quốc tế, cách biên giới 4 km, nối Bằng Tường trên tuyến Hành Dương – Bằng Tường; tàu khách Nam Ninh – Gia Lâm chạy lại từ cuối tháng 5/2025.',
        'International rail gate 4 km from the border, linking Pingxiang on the Hengyang–Pingxiang line; the Nanning–Gia Lâm passenger train resumed in late May 2025.',
      ),
      location_pre2025: 'Thị trấn Đồng Đăng, huyện Cao Lộc',
      commune_2025: ['Đồng Đăng'],
      geometry: at.point(106.698, 21.9508, 'S121'),
      accuracy_note: T(
        'Đặt tại toạ độ thị trấn Đồng Đăng (Wikipedia); toạ độ riêng của nhà ga chưa có.',
        'Placed at the coordinates of Đồng Đăng town (Wikipedia); the station’s own coordinates are not known.',
      ),
      facts: [
        fact(
          'other',
          T(
            'Tuyến Hà Nội – Đồng Đăng hiện có dài 167 km, khổ lồng 1.000 và 1.435 mm',
            'The existing Hà Nội – Đồng Đăng line is 167 km long, dual gauge 1,000 and 1,435 mm',
          ),
          ['S50'],
        ),
      ],
      sources: ['S50', 'S51', 'seed:003'],
    },
    {
      id: 'gate-chi-ma',
      name: T('Cửa khẩu Chi Ma', 'Chi Ma border gate'),
      kind: 'border_gate',
      status: 'operating',
      phase: 'existing',
      summary: T(
        'Cửa khẩu chính (song phương) cặp với Ái Điểm (Trung Quốc); việc nâng lên cửa khẩu quốc tế được xem xét năm 2023.',
        'Main (bilateral) gate paired with Ai Dian (China); an upgrade to international status was under consideration in 2023.',
      ),
      location_pre2025: 'Huyện Lộc Bình',
      geometry: at.district('Lộc Bình'),
      accuracy_note: T(
        'Toạ độ chưa có: chỉ đánh dấu trong huyện Lộc Bình cũ, không phải vị trí cửa khẩu trên biên giới.',
        'No coordinates: only marked inside the former Lộc Bình district, not at the gate’s place on the border.',
      ),
      provisional: true,
      provisional_note: T(
        'Vị trí thật của cửa khẩu chưa có trong nguồn.',
        'The gate’s real position is not in our sources.',
      ),
      facts: [
        fact('area_ha', 152, ['S52', 'S53'], { unit: 'ha', note: T('khu cửa khẩu', 'gate area') }),
        fact(
          'legal_basis',
          T(
            'Trung Quốc phê duyệt Ái Điểm là cửa khẩu quốc gia loại 1 (1/2015)',
            'China approved Ai Dian as a national type-1 port (Jan 2015)',
          ),
          ['S53'],
        ),
      ],
      sources: ['S52', 'S53', 'S44'],
    },
    {
      id: 'gate-binh-nghi',
      name: T('Cửa khẩu Bình Nghi', 'Bình Nghi border gate'),
      kind: 'border_gate',
      status: 'unknown',
      phase: '2030',
      summary: T(
        'Cặp cửa khẩu Bình Nghi – Bình Nhi Quan; năm 2023 tỉnh đề nghị nâng cấp và mở chính thức.',
        'The Bình Nghi – Ping’erguan pair; in 2023 the province pushed for its upgrade and formal opening.',
      ),
      location_pre2025: 'Huyện Tràng Định',
      geometry: at.district('Tràng Định'),
      accuracy_note: T(
        'Toạ độ chưa có: chỉ đánh dấu trong huyện Tràng Định cũ, không phải vị trí cửa khẩu.',
        'No coordinates: only marked inside the former Tràng Định district, not at the gate.',
      ),
      provisional: true,
      provisional_note: T(
        'Vị trí và tình trạng hiện nay chưa có trong nguồn.',
        'Its position and current status are not in our sources.',
      ),
      facts: [],
      sources: ['S44'],
    },
  ],
};

export const logistics = {
  title: T('Logistics, hợp tác biên giới', 'Logistics and cross-border cooperation'),
  features: [
    {
      id: 'logistics-viettel-lang-son',
      name: T('Công viên Logistics Viettel Lạng Sơn', 'Viettel Lạng Sơn Logistics Park'),
      kind: 'logistics',
      status: 'operating',
      status_date: '2024-12-11',
      phase: 'existing',
      summary: T(
        'Công viên logistics trong KKTCK Đồng Đăng – Lạng Sơn, cách biên giới khoảng 5 km, trên hạ tầng khu trung chuyển hàng hoá; khai trương 11/12/2024.',
        'Logistics park in the Đồng Đăng – Lạng Sơn border-gate economic zone, about 5 km from the border, on the goods-transit zone’s infrastructure; opened 11 Dec 2024.',
      ),
      location_pre2025: 'Xã Phú Xá và Thụy Hùng, huyện Cao Lộc',
      commune_2025: ['Đồng Đăng'],
      geometry: at.communes('Đồng Đăng'),
      facts: [
        fact('area_ha', 143.7, ['S54', 'S56', 'S57'], { unit: 'ha' }),
        fact('capital', 3300, ['S54', 'S56'], { unit: 'bn VND', qualifier: 'about' }),
        fact('capital', 130, ['S57'], { unit: 'm USD', qualifier: 'about' }),
        fact('operator', 'Viettel Post (Tổng Công ty CP Bưu chính Viettel)', ['S55']),
        fact(
          'timeline',
          T(
            'Thuê toàn bộ hạ tầng 8/11/2024; khai trương 11/12/2024',
            'Leased the whole infrastructure 8 Nov 2024; opened 11 Dec 2024',
          ),
          ['S54', 'S55', 'S56'],
        ),
        fact('capacity', 1500, ['S56', 'S58'], {
          unit: 'vehicles/day',
          note: T('một nguồn ghi "đến năm 2034"', 'one report says "by 2034"'),
        }),
        fact('capacity', 600000, ['S56'], {
          unit: 'parcels/day',
          note: T('khu thương mại điện tử, robot AGV', 'e-commerce area, AGV robots'),
        }),
        fact(
          'other',
          T(
            'Thời gian thông quan giảm từ 4–5 ngày xuống dưới 24 giờ, chi phí giảm 30–40% (Phó Giám đốc Nguyễn Văn Chiến)',
            'Clearance time from 4–5 days to under 24 h, costs down 30–40% (deputy director Nguyễn Văn Chiến)',
          ),
          ['seed:001'],
        ),
      ],
      sources: ['S54', 'S55', 'S56', 'S57', 'seed:001'],
    },
    {
      id: 'coop-tan-thanh-po-chai',
      name: T(
        'Khu hợp tác thương mại biên giới Tân Thanh – Pò Chài',
        'Tân Thanh – Pò Chài cross-border trade cooperation zone',
      ),
      kind: 'cooperation_zone',
      status: 'under_construction',
      phase: '2030',
      summary: T(
        'Tỉnh đôn đốc nhà đầu tư hoàn thiện hạ tầng khu hợp tác thương mại biên giới Tân Thanh – Pò Chài.',
        'The province is pushing investors to finish the infrastructure of the Tân Thanh – Pò Chài cross-border trade cooperation zone.',
      ),
      commune_2025: ['Hoàng Văn Thụ'],
      geometry: at.point(106.68389, 22.00306, 'S45'),
      accuracy_note: T(
        'Đặt tại cửa khẩu Tân Thanh; phạm vi khu chưa có.',
        'Placed at Tân Thanh border gate; the zone’s extent is not known.',
      ),
      provisional: true,
      provisional_note: T(
        'Diện tích, nhà đầu tư và vốn của khu: chưa rõ.',
        'The zone’s area, investor and capital: unknown.',
      ),
      facts: [
        fact(
          'other',
          T(
            'Dự án liên quan: Thang Long Investment JSC và Lirui Group ký hợp đồng hợp tác 26/1/2024 về tổ hợp thương mại, du lịch, tài chính và công nghệ cao gần cửa khẩu Tân Thanh, hơn 350 triệu USD — có phải chính khu này hay không: chưa rõ',
            'Related project: Thang Long Investment JSC and Lirui Group signed a cooperation contract on 26 Jan 2024 for a commercial, tourism, finance and high-tech complex near Tân Thanh gate, over US$350m — whether it is this zone: unknown',
          ),
          ['S49'],
          { date: '2024-01-26' },
        ),
      ],
      sources: ['seed:000', 'S49'],
    },
  ],
};
