// Industrial parks (KCN) and clusters (CCN): research §3–§4.
import { at, fact, range, T } from './helpers.mjs';

const notInOfficialList = T(
  'Danh sách chính thức 7 KCN (2.055 ha) của Quy hoạch tỉnh chưa có trong nguồn; KCN này có trong danh sách đó hay không chưa xác nhận.',
  'The official list of the plan’s 7 industrial parks (2,055 ha) is not in our sources; whether this park is on it is unconfirmed.',
);
const notInCcnList = T(
  'Danh sách 23 CCN của Quy hoạch tỉnh (QĐ 609/QĐ-UBND) chưa có trong nguồn; thông tin cụm này chưa được đối chiếu.',
  'The plan’s list of 23 clusters (Decision 609/QĐ-UBND) is not in our sources; this cluster has not been checked against it.',
);
const S25_HOA_SON =
  'Dự án có quy mô 74,9 ha, tổng mức đầu tư gần 725 tỷ đồng, do Liên danh Công ty TNHH Đầu tư xây dựng Tân Đại Nam và CTCP Xây dựng công nghiệp và Phát triển hạ tầng làm chủ đầu tư.';
const S29_MINH_SON =
  'Theo quyết định, CCN Minh Sơn có tổng diện tích 55 ha, tổng mức đầu tư dự kiến hơn 457,6 tỷ đồng.';
const VNF_CAPITAL =
  'Tổng vốn đầu tư của dự án là 6.361 tỷ đồng, tương đương 274,7 triệu USD; trong đó vốn góp của nhà đầu tư là 954 tỷ đồng, tương đương 41,2 triệu USD.';
/** The six pages of the research row on VSIP Lạng Sơn; each fact cites only those that carry it. */
const VSIP = ['S19', 'S20', 'S21', 'S22', 'S23', 'S17'];
/** The pages of that row with no stored copy to read again (Vietnammoi, Lao Động ×2). */
const VSIP_UNREAD = ['S21', 'S22', 'S17'];
/**
 * The words of the aggregator list (S18) for each site it sizes: a THIRD-PARTY list, quoted so that a
 * reader sees exactly what it claims.
 */
const S18 = {
  'kcn-hong-phong':
    'Khu công nghiệp Hồng Phong • Vị trí: Thuộc Khu kinh tế cửa khẩu Đồng Đăng, huyện Cao Lộc, tỉnh Lạng Sơn • Quy mô: 400 ha',
  'kcn-dong-banh': 'Khu công nghiệp Đồng Bành • Quy mô: 162 ha (Ban đầu là 321,76 ha)',
  'ccn-hop-thanh-1': 'Cụm công nghiệp Hợp Thành 1 • Quy mô: 8,5 ha',
  'ccn-dinh-lap-1': 'Cụm công nghiệp Đình Lập 1 • Quy mô: 8,5 ha',
  'ccn-dinh-lap-2': 'Cụm công nghiệp Đình Lập 2 • Quy mô: 75 ha',
  'ccn-na-duong': 'Cụm công nghiệp Na Dương • Quy mô: 270ha',
};
/** Tài chính Plus (S20) on the park's land use, read again in the stored page. */
const S20_LAND_USE =
  'Dự án sẽ bố trí khoảng 428ha đất xây dựng các công trình nhà máy kho tàng; 69 ha đất dành cho cây xanh mặt nước; 7ha làm công trình hành chính, dịch vụ; đất giao thông sẽ chiếm hơn 86ha và còn lại là đất hạ tầng kỹ thuật.';

export const industrialParks = {
  title: T('Khu công nghiệp', 'Industrial parks'),
  description: T(
    'QĐ 236 (theo báo chí): 7 KCN, 2.055 ha giai đoạn 2021–2030 và thêm 8 KCN khi được bổ sung vào kế hoạch sử dụng đất (tiêu đề cùng bài lại ghi "5 KCN"). Danh sách chính thức chưa có trong nguồn. Giữa năm 2025: 1 KCN (VSIP) đang triển khai; một bài khác ghi 2 KCN.',
    'Decision 236 (as reported): 7 industrial parks, 2,055 ha in 2021–2030, plus 8 more once added to land-use plans (the same outlet’s headline says "5"). The official list is not in our sources. Mid-2025: 1 park (VSIP) under way; another report says 2.',
  ),
  descriptionSources: ['S7', 'S17', 'S25'],
  facts: [
    fact('other', T('7 KCN giai đoạn 2021–2030', '7 industrial parks in 2021–2030'), ['S7'], {
      note: T('QĐ 236 theo báo chí', 'Decision 236 as reported'),
    }),
    fact('area_ha', 2055, ['S7'], {
      unit: 'ha',
      note: T('tổng diện tích 7 KCN 2021–2030', 'total of the 7 parks, 2021–2030'),
      quote: {
        S7: 'Trong giai đoạn 2021-2030, tỉnh dự kiến phát triển 7 khu công nghiệp với tổng diện tích 2.055ha.',
      },
    }),
    fact(
      'other',
      T('Thêm 8 KCN khi được bổ sung vào kế hoạch sử dụng đất', '8 more parks once added to land-use plans'),
      ['S7'],
    ),
    fact('other', T('"5 khu công nghiệp, 23 cụm công nghiệp"', '"5 industrial parks, 23 clusters"'), ['S7'], {
      note: T(
        'tiêu đề của cùng bài báo, không khớp con số 7 KCN trong bài',
        'headline of the same article; does not match the 7 parks in its text',
      ),
    }),
    fact(
      'other',
      T('Hồ sơ dự thảo: 15 KCN, 4.125,2 ha', 'Draft dossier: 15 industrial parks, 4,125.2 ha'),
      ['S18'],
      { label: 'THIRD-PARTY' },
    ),
    fact('status_detail', T('1 KCN (VSIP) đang triển khai', '1 industrial park (VSIP) under way'), ['S17'], {
      date: '2025',
      note: T('giữa năm 2025, Sở Công Thương', 'mid-2025, Department of Industry and Trade'),
    }),
    fact('status_detail', T('2 KCN', '2 industrial parks'), ['S25'], {
      date: '2025',
      note: T(
        'một bài báo khác năm 2025; không khớp con số trên',
        'another 2025 report; does not match the above',
      ),
    }),
  ],
  features: [
    {
      id: 'kcn-vsip-huu-lung',
      name: T('KCN Hữu Lũng (VSIP Lạng Sơn)', 'Hữu Lũng Industrial Park (VSIP Lạng Sơn)'),
      kind: 'kcn',
      status: 'under_construction',
      status_date: '2024-06',
      phase: '2030',
      summary: T(
        'Khu công nghiệp VSIP tại Hữu Lũng, khu công nghiệp đầu tiên đang triển khai của tỉnh; giáp tuyến đường sắt Hà Nội – Đồng Đăng ở phía đông.',
        'The VSIP industrial park at Hữu Lũng, the province’s first park under way; the Hà Nội – Đồng Đăng railway runs along its east side.',
      ),
      location_pre2025: 'Xã Hồ Sơn và xã Hòa Thắng, huyện Hữu Lũng',
      commune_2025: ['Hữu Lũng', 'Tuấn Sơn'],
      geometry: at.communes('Hữu Lũng', 'Tuấn Sơn'),
      facts: [
        // Tài chính Plus (S20), read again, gives "khoảng 600ha", not 599.76, nor the 6,361 bn.
        fact('area_ha', 599.76, ['S19', 'VNF-VSIP'], {
          unit: 'ha',
          quote: {
            S19: 'It will be located in Hồ Sơn and Hòa Thắng communes in Hữu Lũng District, covering a total area of 599.76 hectares, including about 200ha in the first phase, around 250ha in the second phase and 149.76ha in the third phase.',
            'VNF-VSIP':
              'Quy mô dự án là 599,76ha; trong đó, giai đoạn 1 với quy mô sử dụng đất khoảng 200ha; giai đoạn 2 với quy mô sử dụng đất khoảng 250ha và giai đoạn 3 với quy mô sử dụng đất khoảng 149,76ha.',
          },
        }),
        fact('capital', 6361, ['S23', 'VNF-VSIP'], {
          unit: 'bn VND',
          note: T(
            'theo biên bản ghi nhớ (MOU) và quyết định chấp thuận chủ trương 15/5/2023',
            'per the memorandum of understanding and the investment-policy approval of 15 May 2023',
          ),
          quote: {
            S23: 'Chủ tịch UBND tỉnh Lạng Sơn đã trao MOU cho đại diện CTCP Phát triển Đô thị và Khu công nghiệp Việt Nam - Singapore (VSIP) đầu tư Dự án xây dựng và kinh doanh kết cấu hạ tầng Khu công nghiệp Hữu Lũng với tổng mức đầu tư dự kiến 6.361 tỷ đồng.',
            'VNF-VSIP': VNF_CAPITAL,
          },
        }),
        // VNS (S19) writes "over VNĐ6.36 trillion (US$274.7 million)"; VietnamFinance gives the exact
        // 6,361 bn with the same conversion, so the figure needs no "over".
        fact('capital', 274.7, ['VNF-VSIP'], {
          unit: 'm USD',
          note: T(
            'tương đương 6.361 tỷ đồng, tổng vốn đầu tư',
            'equivalent to VND 6,361 bn, total investment',
          ),
          quote: { 'VNF-VSIP': VNF_CAPITAL },
        }),
        // Named as the pages read again name it; "Công ty TNHH VSIP Lạng Sơn" (the research notes) is in
        // none of them.
        fact(
          'investor',
          'CTCP Phát triển Đô thị và Khu công nghiệp Việt Nam - Singapore (VSIP)',
          ['S20', 'S23'],
          {
            quote: {
              S20: 'Chủ sở hữu của VSIP Lạng Sơn là CTCP Phát triển Đô thị và Khu công nghiệp Việt Nam - Singapore (VSIP).',
              S23: 'Chủ tịch UBND tỉnh Lạng Sơn đã trao MOU cho đại diện CTCP Phát triển Đô thị và Khu công nghiệp Việt Nam - Singapore (VSIP) đầu tư Dự án xây dựng và kinh doanh kết cấu hạ tầng Khu công nghiệp Hữu Lũng với tổng mức đầu tư dự kiến 6.361 tỷ đồng.',
            },
          },
        ),
        fact(
          'legal_basis',
          T(
            'Chấp thuận chủ trương đầu tư của Thủ tướng ngày 15/5/2023; thời hạn 50 năm',
            'Prime Minister’s investment-policy approval of 15 May 2023; 50-year term',
          ),
          ['S19'],
          {
            date: '2023-05-15',
            quote: {
              S19: [
                'Deputy Prime Minister Lê Minh Khái on Monday signed a decision approving an investment policy for the construction and operation of infrastructure at VSIP Lạng Sơn Industrial Park',
                "The project's operating period is 50 years, starting from May 15, 2023.",
              ],
            },
          },
        ),
        fact(
          'legal_basis',
          T('Quy hoạch chi tiết 1/500 ngày 10/10/2023', 'Detailed 1/500 plan of 10 Oct 2023'),
          VSIP_UNREAD,
          {
            date: '2023-10-10',
            note: T(
              'Ba trang đọc lại được của nhóm nguồn (VNS, Tài chính Plus, Nhịp sống nhà đất) không nêu ngày này; ghi chép tra cứu gán cho cả nhóm, nên còn lại ba trang không có bản lưu — chưa rõ trang nào nêu.',
              'The three pages of the research row that could be read again (VNS, Tài chính Plus, Nhịp sống nhà đất) do not give this date; the notes gave it to the whole row, so the three pages with no stored copy remain — which of them gives it is unknown.',
            ),
          },
        ),
        fact(
          'timeline',
          T(
            'Khởi công 6/2024; các giai đoạn hoàn thành dự kiến Q3/2025, 2026, 2027',
            'Construction began June 2024; phases due Q3/2025, 2026 and 2027',
          ),
          ['VNS-VSIP-2024'],
          {
            date: '2024-06',
            quote: {
              'VNS-VSIP-2024': [
                'The Lạng Sơn Provincial People’s Committee and the Việt Nam Singapore Industrial Park and Township Development Joint Stock Company (VSIP JSC) on Friday commenced the construction of VSIP Lạng Sơn project',
                'The first phase of the project is expected to be completed and go into operation in the third quarter of 2025 while the second phase will complete in September 2026 and the third phase in September 2027.',
              ],
            },
          },
        ),
        fact(
          'status_detail',
          T(
            'Đã giao 97 ha (48,5% giai đoạn 1); bồi thường hơn 564 tỷ đồng cho 1.006 hộ trên hơn 218 ha',
            '97 ha allocated (48.5% of phase 1); over VND 564 bn paid to 1,006 households for over 218 ha',
          ),
          ['S17'],
          { date: '2025' },
        ),
        // VNS at the groundbreaking says "about 40,000 jobs" (the research notes had "over"); of the six
        // pages of the research row, the four read again do not give the figure.
        fact('jobs', 40000, ['VNS-VSIP-2024'], {
          unit: 'jobs',
          qualifier: 'about',
          note: T('dự kiến khi hoàn thành', 'expected upon completion'),
          quote: {
            'VNS-VSIP-2024': 'The industrial park is expected to create about 40,000 jobs upon completion.',
          },
        }),
        fact('capital', 275, ['S21'], { unit: 'm USD' }),
        fact(
          'other',
          T(
            'Phân kỳ (theo VNS): khoảng 200 ha + khoảng 250 ha + 149,76 ha',
            'Phasing (per VNS): about 200 ha + about 250 ha + 149.76 ha',
          ),
          ['S19'],
          {
            quote: {
              S19: 'It will be located in Hồ Sơn and Hòa Thắng communes in Hữu Lũng District, covering a total area of 599.76 hectares, including about 200ha in the first phase, around 250ha in the second phase and 149.76ha in the third phase.',
            },
          },
        ),
        fact(
          'other',
          T(
            'Phân kỳ (theo Tài chính Plus): giai đoạn 1 (2022–2027) khoảng 402 ha đất nhà xưởng; giai đoạn 2 (2027–2032) khoảng 197,5 ha',
            'Phasing (per Tài chính Plus): phase 1 (2022–2027) about 402 ha of factory land; phase 2 (2027–2032) about 197.5 ha',
          ),
          ['S20'],
          {
            note: T('khác với cách chia của VNS', 'differs from the VNS split'),
            quote: {
              S20: [
                'Giai đoạn này sẽ đầu tư xây dựng nhà điều hành, khu dịch vụ, nhà máy xử lý nước thải, trạm cấp nước, trạm biến áp, một số khu cây xanh cảnh quan và khoảng 402 ha đất xây dựng nhà máy, xí nghiệp.',
                'Phân kỳ 2 (2027 - 2032) sẽ đầu tư phần phía bắc dự án, bao gồm 10 lô đất công nghiệp, 1 trung tâm hành chính dịch vụ, tổng diện tích khoảng 197,5 ha.',
              ],
            },
          },
        ),
        fact(
          'other',
          T(
            'Sử dụng đất: khoảng 428 ha nhà xưởng, kho; 69 ha cây xanh, mặt nước; 7 ha điều hành, dịch vụ; hơn 86 ha đường',
            'Land use: about 428 ha factories and warehouses; 69 ha green space and water; 7 ha administration and services; over 86 ha roads',
          ),
          ['S20'],
          { quote: { S20: S20_LAND_USE } },
        ),
        fact(
          'other',
          T(
            'Đường nối KCN Hữu Lũng với ĐT245, QL31 và cảng Mỹ An (Bắc Ninh): khoảng 5 km, khoảng 148 tỷ đồng, đường miền núi cấp III 60 km/h; chủ đầu tư Ban QLDA ĐTXD tỉnh; khởi công 8/8/2025',
            'Road from Hữu Lũng park to ĐT245, QL31 and Mỹ An port (Bắc Ninh): about 5 km, about VND 148 bn, mountain road grade III at 60 km/h; investor the provincial construction-investment project board; groundbreaking 8 Aug 2025',
          ),
          ['S31'],
          { date: '2025-08-08' },
        ),
        fact(
          'other',
          T('Mục tiêu đón nhà đầu tư thứ cấp quý IV/2025', 'Secondary investors targeted for Q4/2025'),
          ['S17'],
        ),
      ],
      sources: VSIP,
    },
    {
      id: 'kcn-hong-phong',
      name: T('KCN Hồng Phong', 'Hồng Phong Industrial Park'),
      kind: 'kcn',
      status: 'unknown',
      phase: '2030',
      summary: T(
        'Khu công nghiệp nằm trong Khu kinh tế cửa khẩu Đồng Đăng – Lạng Sơn (theo trang tổng hợp).',
        'Industrial park inside the Đồng Đăng – Lạng Sơn border-gate economic zone (per an aggregator site).',
      ),
      location_pre2025: 'Huyện Cao Lộc, trong KKTCK Đồng Đăng – Lạng Sơn',

      geometry: at.communes('Đồng Đăng'),
      accuracy: 'schematic',
      accuracy_note: T(
        'Nguồn chỉ nêu "trong KKTCK, Cao Lộc". SUY LUẬN từ tên: đặt tại điểm xã Đồng Đăng (2025), nơi nhập xã Hồng Phong cũ của Cao Lộc. Không nhầm với xã Hồng Phong mới (Bình Gia cũ). Sai số có thể vài km.',
        'The source says only "inside the border-gate economic zone, Cao Lộc". INFERENCE from the name: placed at the Đồng Đăng commune point (2025), which took in the former Hồng Phong commune of Cao Lộc. Not the new Hồng Phong commune (former Bình Gia). May be off by several km.',
      ),
      provisional: true,
      provisional_note: notInOfficialList,
      facts: [
        fact('area_ha', 400, ['S18'], {
          unit: 'ha',
          label: 'THIRD-PARTY',
          quote: { S18: S18['kcn-hong-phong'] },
        }),
      ],
      sources: ['S18'],
    },
    {
      id: 'kcn-dong-banh',
      name: T('KCN Đồng Bành', 'Đồng Bành Industrial Park'),
      kind: 'kcn',
      // A trade page (THIRD-PARTY) and an undated inspection report are no dated source for "operating".
      status: 'unknown',
      phase: 'existing',
      summary: T(
        'Khu công nghiệp do Ban quản lý KKTCK Đồng Đăng – Lạng Sơn quản lý; tỉnh đã kiểm tra tình hình hoạt động.',
        'Industrial park managed by the Đồng Đăng – Lạng Sơn border-gate economic zone board; the province has inspected its operation.',
      ),
      location_pre2025: 'Xã Hòa Lạc (Hữu Lũng) và TT Chi Lăng (Chi Lăng)',
      commune_2025: ['Tân Thành', 'Chi Lăng'],
      geometry: at.communes('Chi Lăng'),
      accuracy_note: T(
        'Đặt tại điểm đại diện xã Chi Lăng (2025). Điểm xã Tân Thành trong dữ liệu nền bị đặt nhầm chỗ nên không dùng.',
        'Placed at the representative point of Chi Lăng commune (2025). The base data’s Tân Thành point is misplaced, so it is not used.',
      ),
      provisional: true,
      provisional_note: notInOfficialList,
      facts: [
        fact('area_ha', 162, ['S18'], {
          unit: 'ha',
          label: 'THIRD-PARTY',
          note: T('ban đầu 321,76 ha', 'originally 321.76 ha'),
          quote: { S18: S18['kcn-dong-banh'] },
        }),
        fact(
          'operator',
          T('Ban quản lý KKTCK Đồng Đăng – Lạng Sơn', 'Đồng Đăng – Lạng Sơn border-gate economic zone board'),
          ['S24'],
        ),
      ],
      sources: ['S18', 'S24'],
    },
  ],
};

export const industrialClusters = {
  title: T('Cụm công nghiệp', 'Industrial clusters'),
  description: T(
    'Giữa năm 2025 (Sở Công Thương): 10 CCN khoảng 418 ha; chỉ CCN địa phương số 2 (Cao Lộc, 8,5 ha) hoạt động, 6 CCN vướng thủ tục, 3 CCN mới làm hạ tầng. Mục tiêu NQ 45-NQ/TU: đến 2030 mỗi huyện ít nhất 1 CCN hoạt động.',
    'Mid-2025 (Department of Industry and Trade): 10 clusters of about 418 ha; only local cluster No. 2 (Cao Lộc, 8.5 ha) operating, 6 held up in procedures, 3 at the infrastructure stage. Resolution 45-NQ/TU: by 2030 at least one operating cluster per district.',
  ),
  descriptionSources: ['S17', 'seed:003'],
  facts: [
    fact('other', T('23 CCN trong Quy hoạch tỉnh', '23 industrial clusters in the provincial plan'), ['S7'], {
      note: T('theo tiêu đề bài báo; danh sách chưa có', 'per a headline; the list is not in our sources'),
    }),
    fact(
      'other',
      T('Hồ sơ dự thảo: 37 CCN, 1.904,7 ha', 'Draft dossier: 37 industrial clusters, 1,904.7 ha'),
      ['S18'],
      { label: 'THIRD-PARTY' },
    ),
    fact('area_ha', 418, ['S17'], {
      unit: 'ha',
      qualifier: 'about',
      date: '2025',
      note: T('10 CCN đã thành lập, giữa năm 2025', '10 established clusters, mid-2025'),
    }),
    fact('area_ha', 450, ['S25'], {
      unit: 'ha',
      qualifier: 'about',
      quote: {
        S25: 'Tính đến nay, tỉnh Lạng Sơn đã thành lập được 10 cụm công nghiệp với tổng diện tích khoảng 450ha và 2 khu công nghiệp.',
      },
      date: '2025',
      note: T(
        '10 CCN theo một bài báo khác; không khớp con số trên',
        '10 clusters per another report; does not match the above',
      ),
    }),
    fact(
      'status_detail',
      T(
        'Chỉ CCN địa phương số 2 (Cao Lộc cũ, 8,5 ha) hoạt động; 6 CCN vướng thủ tục pháp lý; 3 CCN mới làm hạ tầng',
        'Only local cluster No. 2 (former Cao Lộc, 8.5 ha) operating; 6 held up in legal procedures; 3 at the infrastructure stage',
      ),
      ['S17'],
      { date: '2025' },
    ),
    fact(
      'other',
      T(
        'NQ 45-NQ/TU (01/9/2021): đến 2025 ít nhất 1 KCN và 3–4 CCN có hạ tầng, lấp đầy trên 30%; đến 2030 mỗi huyện ít nhất 1 CCN hoạt động, lấp đầy trên 50%',
        'Resolution 45-NQ/TU (1 Sep 2021): by 2025 at least 1 park and 3–4 clusters with infrastructure, over 30% occupied; by 2030 at least one operating cluster per district, over 50% occupied',
      ),
      ['seed:003'],
      {
        quote: {
          'seed:003': [
            'Đến năm 2025, tỉnh hoàn thành hạ tầng ít nhất 1 khu công nghiệp, 3-4 cụm công nghiệp với tỷ lệ lấp đầy trên 30%.',
            'Đến năm 2030, tiếp tục thu hút đầu tư, mỗi huyện có ít nhất 1 cụm công nghiệp hoạt động, tỷ lệ lấp đầy đạt trên 50%.',
          ],
        },
      },
    ),
  ],
  features: [
    {
      id: 'ccn-ho-son-1',
      name: T('CCN Hồ Sơn 1', 'Hồ Sơn 1 Industrial Cluster'),
      kind: 'ccn',
      status: 'under_construction',
      status_date: '2024-05',
      phase: '2030',
      summary: T(
        'Cụm công nghiệp lớn ở Hữu Lũng do Gia Định Group đầu tư hạ tầng.',
        'A large industrial cluster at Hữu Lũng, infrastructure by Gia Định Group.',
      ),
      location_pre2025: 'Xã Cai Kinh và xã Hồ Sơn, huyện Hữu Lũng',
      commune_2025: ['Cai Kinh', 'Hữu Lũng'],
      geometry: at.communes('Cai Kinh', 'Hữu Lũng'),
      facts: [
        fact('area_ha', 73.76, ['S26'], {
          unit: 'ha',
          quote: {
            S26: 'Cụm công nghiệp Hồ Sơn 1 có tổng diện tích đất đầu tư xây dựng 73,76 ha, tại xã Cai Kinh và xã Hồ Sơn, huyện Hữu Lũng, tỉnh Lạng Sơn.',
          },
        }),
        // S26, read again, gives the area and the decision but no capital: the figure stands on S27 alone.
        fact('capital', 814, ['S27'], { unit: 'bn VND', qualifier: 'over' }),
        // Seed 003 (Gia Định Group's own article) names neither the company nor the start date.
        // S26 (the founding decision) does not name the investor; S27 does.
        fact('investor', 'Công ty CP Đầu tư Công nghiệp Gia Định Miền Bắc (Gia Định Group)', ['S27']),
        fact(
          'legal_basis',
          T(
            'QĐ 854/QĐ-UBND ngày 02/6/2023 thành lập cụm',
            'Decision 854/QĐ-UBND of 2 Jun 2023 establishing the cluster',
          ),
          ['S26'],
          {
            date: '2023-06-02',
            quote: {
              S26: 'UBND tỉnh Lạng Sơn vừa ban hành quyết định số 854/QĐ-UBND, ngày 02/6/2023, về việc thành lập Cụm công nghiệp Hồ Sơn 1 tại huyện Hữu Lũng.',
            },
          },
        ),
        fact('timeline', T('Khởi công tháng 5/2024', 'Construction started May 2024'), ['S27'], {
          date: '2024-05',
        }),
      ],
      sources: ['S26', 'S27', 'seed:003'],
    },
    {
      id: 'ccn-hoa-son-1',
      name: T('CCN Hòa Sơn I', 'Hòa Sơn I Industrial Cluster'),
      kind: 'ccn',
      status: 'under_construction',
      status_date: '2025-08-02',
      phase: '2030',
      summary: T(
        'Cụm công nghiệp ở phía nam tỉnh, khởi công tháng 8/2025.',
        'Industrial cluster in the south of the province; groundbreaking August 2025.',
      ),
      location_pre2025: 'Huyện Hữu Lũng',
      commune_2025: ['Tân Thành'],
      geometry: at.district('Hữu Lũng'),
      accuracy_note: T(
        'Chỉ biết thuộc xã Tân Thành (Hữu Lũng cũ); điểm xã này trong dữ liệu nền bị đặt nhầm, nên chỉ đánh dấu ở cấp huyện cũ Hữu Lũng.',
        'Only known to lie in Tân Thành commune (former Hữu Lũng); the base data’s point for it is misplaced, so it is marked at the level of the former Hữu Lũng district only.',
      ),
      facts: [
        fact('area_ha', 74.9, ['S25', 'S28'], { unit: 'ha', quote: { S25: S25_HOA_SON } }),
        // "gần 725 tỷ đồng": nearly.
        fact('capital', 725, ['S25', 'S28'], {
          unit: 'bn VND',
          qualifier: 'nearly',
          quote: { S25: S25_HOA_SON },
        }),
        fact(
          'investor',
          'Liên danh Công ty TNHH ĐTXD Tân Đại Nam và Công ty CP Xây dựng công nghiệp và Phát triển hạ tầng; công ty dự án: Công ty TNHH Cụm CN Hòa Sơn I',
          ['S25', 'S28'],
        ),
        fact('timeline', T('Khởi công 2/8/2025', 'Groundbreaking 2 Aug 2025'), ['S28'], {
          date: '2025-08-02',
        }),
        fact(
          'location',
          T(
            'Có lẽ trên đất xã Hòa Sơn cũ (Hữu Lũng), nay thuộc xã Tân Thành: suy ra từ tên cụm và bảng sáp nhập xã không chính thức; nguồn chỉ nêu xã Tân Thành',
            'Probably on the land of the former Hòa Sơn commune (Hữu Lũng), now in Tân Thành commune: inferred from the cluster’s name and an unofficial commune-merger table; the sources name only Tân Thành commune',
          ),
          ['S25', 'S28'],
          { label: 'INFERENCE' },
        ),
      ],
      sources: ['S25', 'S28'],
    },
    {
      id: 'ccn-minh-son',
      name: T('CCN Minh Sơn', 'Minh Sơn Industrial Cluster'),
      kind: 'ccn',
      status: 'approved',
      status_date: '2025',
      phase: '2030',
      summary: T(
        'Cụm công nghiệp 55 ha ở xã Tuấn Sơn, thành lập năm 2025.',
        'A 55 ha industrial cluster in Tuấn Sơn commune, established in 2025.',
      ),
      location_pre2025: 'Huyện Hữu Lũng',
      commune_2025: ['Tuấn Sơn'],
      geometry: at.communes('Tuấn Sơn'),
      facts: [
        fact('area_ha', 55, ['S29'], { unit: 'ha', quote: { S29: S29_MINH_SON } }),
        // "hơn 457,6 tỷ đồng" in the article (its headline rounds to "gần 460"): over, not about.
        fact('capital', 457.6, ['S29'], { unit: 'bn VND', qualifier: 'over', quote: { S29: S29_MINH_SON } }),
        fact('investor', 'Công ty CP ĐT&PT hạ tầng Phú Hưng Phát và Công ty CP ĐT&PT đô thị Thành Nam', [
          'S29',
        ]),
        fact(
          'legal_basis',
          T('Quyết định thành lập năm 2025; thời hạn 50 năm', 'Establishment decision of 2025; 50-year term'),
          ['S29'],
          { date: '2025' },
        ),
        fact('timeline', T('Hoàn thành dự kiến quý IV/2027', 'Completion due Q4/2027'), ['S29']),
      ],
      sources: ['S29'],
    },
    {
      id: 'ccn-dia-phuong-so-2',
      name: T('CCN địa phương số 2 (Cao Lộc)', 'Local Industrial Cluster No. 2 (Cao Lộc)'),
      kind: 'ccn',
      status: 'operating',
      status_date: '2025',
      phase: 'existing',
      summary: T(
        'Cụm công nghiệp duy nhất đang hoạt động giữa năm 2025.',
        'The only cluster operating in mid-2025.',
      ),
      location_pre2025: 'Huyện Cao Lộc',
      geometry: at.district('Cao Lộc'),
      accuracy_note: T(
        'Nguồn chỉ nêu "Cao Lộc cũ": đánh dấu ở cấp huyện cũ.',
        'The source says only "former Cao Lộc": marked at the former district level.',
      ),
      provisional: true,
      provisional_note: T(
        'Có thể trùng với CCN Hợp Thành 1 (8,5 ha) — chưa xác nhận.',
        'May be the same as Hợp Thành 1 (8.5 ha) — unconfirmed.',
      ),
      facts: [
        fact('area_ha', 8.5, ['S17'], { unit: 'ha' }),
        fact(
          'status_detail',
          T('CCN duy nhất đang hoạt động (giữa năm 2025)', 'The only cluster operating (mid-2025)'),
          ['S17'],
          { date: '2025' },
        ),
      ],
      sources: ['S17'],
    },
    {
      id: 'ccn-hop-thanh-1',
      name: T('CCN Hợp Thành 1', 'Hợp Thành 1 Industrial Cluster'),
      kind: 'ccn',
      status: 'unknown',
      phase: '2030',
      summary: T(
        'Cụm công nghiệp ở xã Hợp Thành cũ (nay thuộc phường Kỳ Lừa).',
        'Industrial cluster in the former Hợp Thành commune (now Kỳ Lừa ward).',
      ),
      location_pre2025: 'Xã Hợp Thành, huyện Cao Lộc',
      commune_2025: ['Kỳ Lừa'],
      geometry: at.communes('Kỳ Lừa'),
      provisional: true,
      provisional_note: T(
        'Chỉ có từ trang tổng hợp; có thể trùng với CCN địa phương số 2.',
        'Only from an aggregator site; may be the same as local cluster No. 2.',
      ),
      facts: [
        fact('area_ha', 8.5, ['S18'], {
          unit: 'ha',
          label: 'THIRD-PARTY',
          quote: { S18: S18['ccn-hop-thanh-1'] },
        }),
      ],
      sources: ['S18'],
    },
    {
      id: 'ccn-bac-son-2',
      name: T('CCN Bắc Sơn 2', 'Bắc Sơn 2 Industrial Cluster'),
      kind: 'ccn',
      status: 'unknown',
      phase: '2030',
      summary: T(
        'Được báo chí giữa năm 2025 nhắc là "điểm sáng hiếm hoi".',
        'Called "a rare bright spot" in mid-2025 press.',
      ),
      location_pre2025: 'Huyện Bắc Sơn',
      geometry: at.district('Bắc Sơn'),
      accuracy_note: T(
        'Nguồn chỉ nêu "Bắc Sơn": đánh dấu ở cấp huyện cũ.',
        'The source says only "Bắc Sơn": marked at the former district level.',
      ),
      provisional: true,
      provisional_note: notInCcnList,
      facts: [],
      sources: ['S17'],
    },
    {
      id: 'ccn-dinh-lap',
      name: T('Dự án CCN Đình Lập', 'Đình Lập Industrial Cluster Project'),
      kind: 'ccn',
      status: 'proposed',
      status_date: '2023',
      phase: '2030',
      summary: T(
        'Dự án cụm công nghiệp đề xuất năm 2023 tại Đình Lập.',
        'Industrial cluster project proposed in 2023 at Đình Lập.',
      ),
      location_pre2025: 'Huyện Đình Lập',

      geometry: at.communes('Đình Lập'),
      accuracy: 'schematic',
      accuracy_note: T(
        'Nguồn chỉ nêu huyện Đình Lập: đặt tại điểm xã Đình Lập (2025), nơi có thị trấn Đình Lập cũ; sai số có thể nhiều km.',
        'The source gives only Đình Lập district: placed at the Đình Lập commune point (2025), home of the former Đình Lập town; may be off by many km.',
      ),
      provisional: true,
      provisional_note: notInCcnList,
      facts: [
        fact('area_ha', 71.39, ['S30'], {
          unit: 'ha',
          note: T('trong đó 48,4 ha đất rừng sản xuất', 'of which 48.4 ha production-forest land'),
          quote: {
            S30: 'Location: Dinh Lap Commune, Dinh Lap District, Lang Son Province • Project scale: 71.39 ha',
          },
        }),
      ],
      sources: ['S30'],
    },
    ...[
      ['1', 8.5],
      ['2', 75],
    ].map(([n, ha]) => ({
      id: `ccn-dinh-lap-${n}`,
      name: T(`CCN Đình Lập ${n}`, `Đình Lập ${n} Industrial Cluster`),
      kind: 'ccn',
      status: 'unknown',
      phase: '2030',
      summary: T(
        `Cụm công nghiệp Đình Lập ${n} được một trang tổng hợp liệt kê.`,
        `Đình Lập ${n} industrial cluster, as listed by an aggregator site.`,
      ),
      location_pre2025: 'Huyện Đình Lập',

      geometry: at.communes('Đình Lập'),
      accuracy: 'schematic',
      accuracy_note: T(
        'Nguồn chỉ nêu "Đình Lập": đặt tại điểm xã Đình Lập (2025), nơi có thị trấn Đình Lập cũ; sai số có thể nhiều km.',
        'The source says only "Đình Lập": placed at the Đình Lập commune point (2025), home of the former Đình Lập town; may be off by many km.',
      ),
      provisional: true,
      provisional_note: T(
        'Chỉ có từ trang tổng hợp; chưa rõ có trùng với dự án CCN Đình Lập 71,39 ha hay không.',
        'Only from an aggregator site; whether it is the same as the 71.39 ha Đình Lập cluster project is unknown.',
      ),
      facts: [
        fact('area_ha', ha, ['S18'], {
          unit: 'ha',
          label: 'THIRD-PARTY',
          quote: { S18: S18[`ccn-dinh-lap-${n}`] },
        }),
      ],
      sources: ['S18'],
    })),
    {
      id: 'ccn-na-duong',
      name: T('CCN Na Dương', 'Na Dương Industrial Cluster'),
      kind: 'ccn',
      status: 'unknown',
      phase: '2030',
      summary: T(
        'Cụm công nghiệp Na Dương (Lộc Bình) được một trang tổng hợp liệt kê.',
        'Na Dương industrial cluster (Lộc Bình), as listed by an aggregator site.',
      ),
      location_pre2025: 'Huyện Lộc Bình',

      geometry: at.communes('Na Dương'),
      accuracy: 'schematic',
      accuracy_note: T(
        'SUY LUẬN từ tên: đặt tại điểm xã Na Dương (2025), nơi có thị trấn Na Dương cũ; sai số có thể vài km.',
        'INFERENCE from the name: placed at the Na Dương commune point (2025), home of the former Na Dương town; may be off by several km.',
      ),
      provisional: true,
      provisional_note: T(
        'Chỉ có từ trang tổng hợp; diện tích 270 ha in như nguồn, lớn bất thường với một CCN và chưa kiểm chứng.',
        'Only from an aggregator site; the 270 ha is printed as the source gives it, unusually large for a cluster and unverified.',
      ),
      facts: [
        fact('area_ha', 270, ['S18'], {
          unit: 'ha',
          label: 'THIRD-PARTY',
          note: T('nguyên văn nguồn, chưa kiểm chứng', 'as printed, unverified'),
          quote: { S18: S18['ccn-na-duong'] },
        }),
      ],
      sources: ['S18'],
    },
    {
      id: 'ccn-na-duong-2',
      name: T('CCN Na Dương 2', 'Na Dương 2 Industrial Cluster'),
      kind: 'ccn',
      status: 'unknown',
      phase: '2030',
      summary: T(
        'Cụm công nghiệp ở xã Đông Quan cũ (nay xã Na Dương).',
        'Industrial cluster in the former Đông Quan commune (now Na Dương).',
      ),
      location_pre2025: 'Xã Đông Quan, huyện Lộc Bình',
      commune_2025: ['Na Dương'],
      geometry: at.communes('Na Dương'),
      accuracy_note: T(
        'Đặt tại điểm xã Na Dương (2025), nơi nhập xã Đông Quan cũ; sai số có thể vài km.',
        'Placed at the Na Dương commune point (2025), which took in the former Đông Quan commune; may be off by several km.',
      ),
      provisional: true,
      provisional_note: T('Chỉ có từ trang tổng hợp.', 'Only from an aggregator site.'),
      facts: [
        fact('investor', 'Công ty CP Điện lực Dầu khí Việt Nam (PV Power)', ['S18'], {
          label: 'THIRD-PARTY',
        }),
      ],
      sources: ['S18'],
    },
  ],
};

export { range };
