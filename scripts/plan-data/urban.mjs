// The urban system to 2030 (Decision 236 as reported [S7]) and key projects without a layer
// (research §11–§12). Towns sit at their GeoNames point (approximate); what the sources do not
// place is not drawn, and the layer says so.
import { at, fact, T, UNSTORED } from './helpers.mjs';

const URBAN_QUOTE = {
  S7: 'Đến năm 2030, toàn tỉnh sẽ có 17 đô thị, bao gồm: 1 đô thị loại II (TP. Lạng Sơn mở rộng), 3 đô thị loại IV (Hữu Lũng, Đồng Mỏ, Lộc Bình), và 13 đô thị loại V (Chi Lăng, Vạn Linh, Na Sầm, Tân Thanh, Thất Khê, Văn Quan, Bình Gia, Bắc Sơn, Ngả Hai, Na Dương, Chi Ma, Đình Lập, Nông trường Thái Bình).',
};
const CLASS = {
  II: T('Đô thị loại II', 'Class II urban area'),
  IV: T('Đô thị loại IV', 'Class IV urban area'),
  V: T('Đô thị loại V', 'Class V urban area'),
};

/**
 * What has happened to the list since Decision 236 (2024): towns and districts ceased to be units on
 * 1 July 2025, and Decision 339 (28/2/2026) adjusted the plan. What 339 changed for the urban system
 * is not in our sources (research §14.7), so every urban area says so.
 */
const REFORM = [
  fact(
    'status_detail',
    T(
      'Danh sách 17 đô thị theo QĐ 236/QĐ-TTg (2024), như báo chí đưa tin. Từ 1/7/2025 cấp huyện và thị trấn không còn là đơn vị hành chính (các thị trấn nhập vào xã mới); tên đô thị ở đây là tên trong quy hoạch, không phải đơn vị hiện nay.',
      'The 17 urban areas of Decision 236/QĐ-TTg (2024), as the press reported them. Since 1 July 2025 districts and towns are no longer administrative units (towns were merged into new communes); the names here are the plan’s, not today’s units.',
    ),
    ['S13'],
    { date: '2025-07-01', unquoted: UNSTORED },
  ),
  fact(
    'status_detail',
    T(
      'Quy hoạch tỉnh đã được điều chỉnh theo QĐ 339/QĐ-UBND ngày 28/02/2026; điều chỉnh đó có thay đổi hệ thống đô thị hay không: chưa rõ (văn bản chưa có trong nguồn).',
      'The provincial plan was adjusted by Decision 339/QĐ-UBND of 28 Feb 2026; whether that changed the urban system is unknown (its text is not in our sources).',
    ),
    ['seed:002'],
    {
      date: '2026-02-28',
      quote: {
        'seed:002':
          'Quyết định số 339/QĐ-UBND ngày 28/02/2026 của Chủ tịch Ủy ban nhân dân tỉnh phê duyệt điều chỉnh Quy hoạch tỉnh Lạng Sơn thời kỳ 2021 - 2030, tầm nhìn đến năm 2050.',
      },
    },
  ),
];

/** One urban area of 2030: its class is the plan's (as reported); its point is a town's or a commune's. */
const town = (slug, vi, en, cls, geometry, extra = {}) => ({
  id: `urban-${slug}`,
  name: T(vi, en),
  kind: 'urban_area',
  status: 'planned',
  phase: '2030',
  summary: T(
    `${CLASS[cls].vi} đến năm 2030 trong hệ thống 17 đô thị của Quy hoạch tỉnh.`,
    `${CLASS[cls].en} by 2030, one of the plan’s 17 urban areas.`,
  ),
  geometry,
  facts: [fact('urban_class', CLASS[cls], ['S7'], { date: '2030', quote: URBAN_QUOTE }), ...REFORM],
  sources: ['S7', 'S13', 'seed:002'],
  ...extra,
});

/** Placed at the 2025 commune that took in the former town the urban area is named after. */
const byCommune = (commune, former) =>
  T(
    `Đặt tại điểm đại diện xã ${commune} (2025), xã được hợp từ ${former} theo bảng sáp nhập của dữ liệu xã nền (Open Admin Data); sai số có thể vài km, phạm vi đô thị không vẽ.`,
    `Placed at the representative point of ${commune} commune (2025), which took in ${former} per the base communes layer’s merge table (Open Admin Data); may be off by several km; the urban area’s extent is not drawn.`,
  );

export const urbanAreas = {
  title: T('Hệ thống đô thị đến năm 2030', 'Urban areas by 2030'),
  description: T(
    'QĐ 236 (theo báo chí): đến năm 2030 có 17 đô thị — 1 loại II (TP Lạng Sơn mở rộng), 3 loại IV (Hữu Lũng, Đồng Mỏ, Lộc Bình), 13 loại V. Mỗi đô thị đặt tại điểm thị trấn trên GeoNames hoặc điểm xã; phạm vi đô thị không vẽ. Ngả Hai và Chi Ma chưa có vị trí trong nguồn nên không vẽ.',
    'Decision 236 (as reported): 17 urban areas by 2030 — 1 class II (Lạng Sơn city, expanded), 3 class IV (Hữu Lũng, Đồng Mỏ, Lộc Bình), 13 class V. Each is placed at its town’s GeoNames point or a commune point; no urban extent is drawn. Ngả Hai and Chi Ma have no position in our sources and are not drawn.',
  ),
  descriptionSources: ['S7'],
  facts: [
    fact(
      'other',
      T(
        '17 đô thị đến năm 2030: 1 loại II, 3 loại IV, 13 loại V',
        '17 urban areas by 2030: 1 class II, 3 class IV, 13 class V',
      ),
      ['S7'],
      {
        quote: URBAN_QUOTE,
      },
    ),
    fact(
      'other',
      T(
        'Ngả Hai, Chi Ma (đô thị loại V): vị trí chưa có trong nguồn, không vẽ',
        'Ngả Hai, Chi Ma (class V): no position in our sources, not drawn',
      ),
      ['S7'],
      { quote: URBAN_QUOTE },
    ),
  ],
  features: [
    town('lang-son', 'TP Lạng Sơn (mở rộng)', 'Lạng Sơn city (expanded)', 'II', at.place('Lạng Sơn')),
    town('huu-lung', 'Hữu Lũng', 'Hữu Lũng', 'IV', at.place('Hữu Lũng')),
    town('dong-mo', 'Đồng Mỏ', 'Đồng Mỏ', 'IV', at.place('Đồng Mỏ')),
    town('loc-binh', 'Lộc Bình', 'Lộc Bình', 'IV', at.place('Lộc Bình')),
    town('chi-lang', 'Chi Lăng', 'Chi Lăng', 'V', at.place('Chi Lăng')),
    town('van-linh', 'Vạn Linh', 'Vạn Linh', 'V', at.communes('Vạn Linh'), {
      commune_2025: ['Vạn Linh'],
      accuracy_note: byCommune('Vạn Linh', 'xã Vạn Linh cũ / the former Vạn Linh commune'),
    }),
    town('na-sam', 'Na Sầm', 'Na Sầm', 'V', at.place('Na Sầm')),
    town('tan-thanh', 'Tân Thanh', 'Tân Thanh', 'V', at.point(106.6825, 22.0031, 'S46'), {
      commune_2025: ['Hoàng Văn Thụ'],
      accuracy: 'schematic',
      accuracy_note: T(
        'Sơ đồ: đặt tại toạ độ cửa khẩu Tân Thanh (GeoNames 8311182); vị trí và phạm vi của đô thị Tân Thanh chưa có trong nguồn.',
        'Schematic: placed at the Tân Thanh border gate’s GeoNames point (8311182); the position and extent of the Tân Thanh urban area are not in our sources.',
      ),
    }),
    town('that-khe', 'Thất Khê', 'Thất Khê', 'V', at.place('Thất Khê')),
    town('van-quan', 'Văn Quan', 'Văn Quan', 'V', at.place('Văn Quan')),
    town('binh-gia', 'Bình Gia', 'Bình Gia', 'V', at.place('Bình Gia')),
    town('bac-son', 'Bắc Sơn', 'Bắc Sơn', 'V', at.place('Bắc Sơn')),
    town('na-duong', 'Na Dương', 'Na Dương', 'V', at.place('Na Dương')),
    town('dinh-lap', 'Đình Lập', 'Đình Lập', 'V', at.place('Đình Lập')),
    town('nt-thai-binh', 'Nông trường Thái Bình', 'Thái Bình state farm', 'V', at.communes('Thái Bình'), {
      commune_2025: ['Thái Bình'],
      accuracy_note: byCommune(
        'Thái Bình',
        'thị trấn Nông trường Thái Bình cũ / the former Nông trường Thái Bình town',
      ),
    }),
  ],
};

const KEY_4B_18 = 'BLS-KEY-TRANSPORT';
export const keyProjects = {
  title: T('Dự án trọng điểm khác, dự án đường', 'Other key projects, road projects'),
  description: T(
    'Các dự án được nêu là trọng điểm mà chưa có lớp riêng, và đường nối KCN Hữu Lũng – cảng Mỹ An (không được nêu là trọng điểm). Hướng tuyến chưa có trong nguồn: chỉ đánh dấu sơ đồ ở xã/huyện cũ nơi dự án đi qua. Danh sách 22 dự án trọng điểm năm 2025 của tỉnh chưa có trong nguồn.',
    'Projects named as key that have no layer of their own, and the Hữu Lũng park – Mỹ An port road (not called key by its sources). No source gives their alignments: only schematic marks in the commune/former district they cross. The province’s list of 22 key projects of 2025 is not in our sources.',
  ),
  descriptionSources: ['S109', KEY_4B_18, 'seed:000'],
  features: [
    {
      id: 'road-ql4b-ql18',
      name: T('Đường nối Quốc lộ 4B – Quốc lộ 18', 'National Highway 4B – National Highway 18 link road'),
      kind: 'key_project',
      status: 'under_construction',
      status_date: '2025-08-14',
      phase: '2030',
      summary: T(
        'Dự án giao thông trọng điểm trên địa bàn huyện Đình Lập cũ, nối Lạng Sơn với Quảng Ninh; theo kế hoạch hoàn thành năm 2025, giữa tháng 8/2025 chậm tiến độ.',
        'A key transport project in the former Đình Lập district, linking Lạng Sơn with Quảng Ninh; due to be finished in 2025, behind schedule in mid-August 2025.',
      ),
      location_pre2025: 'Huyện Đình Lập',
      geometry: at.communes('Đình Lập'),
      accuracy: 'schematic',
      accuracy_note: T(
        'Sơ đồ: nguồn chỉ nêu "huyện Đình Lập cũ"; đánh dấu tại điểm xã Đình Lập (2025), không phải hướng tuyến.',
        'Schematic: the source says only "the former Đình Lập district"; marked at the Đình Lập commune point (2025), not along the route.',
      ),
      facts: [
        fact('length_km', 10.5, [KEY_4B_18], {
          unit: 'km',
          quote: {
            [KEY_4B_18]:
              'The construction contractors have completed 8.5 out of 10.5 km of grade-II crushed stone foundation, equivalent to 81% of the route; and asphalt surfacing has been completed on 6 out of 10.5 km, or 57.1% of the route length.',
          },
        }),
        fact(
          'status_detail',
          T(
            'Giữa tháng 8/2025: xong mặt bằng; 8,5/10,5 km móng cấp phối đá dăm, 6/10,5 km thảm bê tông nhựa; chậm tiến độ',
            'Mid-August 2025: site clearance done; 8.5 of 10.5 km of crushed-stone base and 6 of 10.5 km of asphalt laid; behind schedule',
          ),
          [KEY_4B_18],
          {
            date: '2025-08-14',
            quote: {
              [KEY_4B_18]:
                'At the project connecting National Highway 4B with National Highway 18 in the former Dinh Lap district, site clearance has been fully completed.',
            },
          },
        ),
        fact(
          'timeline',
          T(
            'Theo kế hoạch hoàn thành, đưa vào sử dụng năm 2025',
            'Planned to be finished and in use in 2025',
          ),
          [KEY_4B_18],
          {
            quote: {
              [KEY_4B_18]:
                'According to the plan, both projects must complete construction, acceptance, and be put into operation in 2025 to enhance connectivity between Lang Son province and Quang Ninh province.',
            },
          },
        ),
        fact(
          'status_detail',
          T(
            'Dự án trọng điểm; đầu năm 2025 chưa có khối lượng giải ngân rõ',
            'A key project; no clear disbursement volume in early 2025',
          ),
          ['S109'],
          {
            date: '2025-04-30',
            quote: {
              S109: 'The transport project connecting National Highway 4B - National Highway 18, and Lang Son Sub-project under Component 3 of the Northeast Basic Infrastructure Project for Comprehensive Development - using ODA capital - also does not have a clear disbursement volume.',
            },
          },
        ),
      ],
      sources: [KEY_4B_18, 'S109'],
    },
    {
      id: 'road-huu-lung-my-an',
      name: T('Đường nối KCN Hữu Lũng – cảng Mỹ An', 'Hữu Lũng industrial park – Mỹ An port road'),
      // Neither cited source calls it a key project: it is a road, shown beside them.
      kind: 'road',
      status: 'under_construction',
      status_date: '2025-08-08',
      phase: '2030',
      summary: T(
        'Tuyến đường gần 5 km nối KCN Hữu Lũng với ĐT245, QL31 và cảng Mỹ An (Bắc Ninh); khởi công 8/8/2025.',
        'A road of nearly 5 km linking the Hữu Lũng industrial park with ĐT245, QL31 and Mỹ An port (Bắc Ninh); groundbreaking 8 Aug 2025.',
      ),
      location_pre2025: 'Huyện Hữu Lũng',
      commune_2025: ['Hữu Lũng'],
      geometry: at.communes('Hữu Lũng'),
      accuracy: 'schematic',
      accuracy_note: T(
        'Sơ đồ: đặt tại điểm xã Hữu Lũng (2025), nơi có KCN Hữu Lũng (VSIP) mà tuyến xuất phát; hướng tuyến chưa có trong nguồn.',
        'Schematic: placed at the Hữu Lũng commune point (2025), home of the Hữu Lũng (VSIP) park the road starts from; the route is not in our sources.',
      ),
      facts: [
        fact('length_km', 5, ['NB-MYAN'], {
          unit: 'km',
          qualifier: 'nearly',
          label: 'THIRD-PARTY',
          quote: {
            'NB-MYAN': 'Tuyến đường gần 5 km nối KCN Hữu Lũng với Cảng Mỹ An (Bắc Ninh) vừa được khởi công',
          },
        }),
        // The headline rounds to "gần 150 tỉ"; the article body gives nearly 148 bn.
        fact('capital', 148, ['S31'], {
          unit: 'bn VND',
          qualifier: 'nearly',
          note: T(
            'thân bài; tít bài làm tròn thành "gần 150 tỉ đồng"',
            'article body; the headline rounds it to "gần 150 tỉ đồng" (nearly 150 bn)',
          ),
          unquoted: T(
            'Chưa có nguyên văn thân bài (bản tiếng Pháp của Lao Động): trang không có trong các bản lưu đọc lại được (đã tìm lại ngày 7/12/2026); con số theo ghi chép khi tra cứu.',
            'No passage from the article body (Lao Động’s French edition): the page is not among the stored copies that can be read again (looked for on 7 Dec 2026); the figure is from the research notes.',
          ),
        }),
        fact('investor', 'Ban QLDA đầu tư xây dựng tỉnh Lạng Sơn', ['S31']),
        fact('other', T('Đường miền núi cấp III, 60 km/h', 'Mountain road grade III, 60 km/h'), ['S31']),
        fact('timeline', T('Khởi công 8/8/2025', 'Groundbreaking 8 Aug 2025'), ['S31'], {
          date: '2025-08-08',
        }),
      ],
      sources: ['S31', 'NB-MYAN'],
    },
  ],
};
