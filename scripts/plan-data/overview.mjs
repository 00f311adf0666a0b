// The plan overview panel: documents and headline indicators (research §0; seeds 000 and 002).
import { line267, range, T } from './helpers.mjs';

/**
 * A value; `extra` is a note (T), a qualifier ('about' | 'over' | 'at_least'), or
 * { qualifier?, note?, quote? } (quote: { tag: passage }, the source's own words for the figure).
 */
const v = (year, kind, value, sources, extra) => ({
  year,
  kind,
  value,
  ...(typeof extra === 'string' ? { qualifier: extra } : extra?.vi ? { note: extra } : (extra ?? {})),
  sources,
});
const said = (tag, text) => ({ quote: { [tag]: text } });
/** Plan 267's own words for a figure: line n of the served text, or a part of it. */
const plan267 = (n, part) => said('seed:002', line267(n, part));

export const overview = {
  documents: [
    {
      id: 'qd-236-2024',
      title: T('Quyết định 236/QĐ-TTg', 'Decision 236/QĐ-TTg'),
      date: '2024-03-19',
      summary: T(
        'Thủ tướng phê duyệt Quy hoạch tỉnh Lạng Sơn thời kỳ 2021–2030, tầm nhìn đến năm 2050 (toàn bộ 831.018 ha).',
        'The Prime Minister approves the Lạng Sơn provincial plan 2021–2030, vision 2050 (all 831,018 ha).',
      ),
      sources: ['seed:004', 'S1', 'S2'],
      ...said(
        'seed:004',
        'tỉnh Lạng Sơn công bố nội dung cơ bản, cốt lõi của Quy hoạch tỉnh Lạng Sơn thời kỳ 2021-2030, tầm nhìn đến năm 2050 đã được Thủ tướng Chính phủ phê duyệt tại Quyết định số 236/QĐ-TTg.',
      ),
    },
    {
      id: 'qd-1371-2024',
      title: T('Quyết định 1371/QĐ-TTg', 'Decision 1371/QĐ-TTg'),
      date: '2024-11-13',
      summary: T(
        'Kế hoạch thực hiện Quy hoạch tỉnh của Thủ tướng.',
        'The Prime Minister’s plan for implementing the provincial plan.',
      ),
      sources: ['S3', 'S4'],
      ...said(
        'S4',
        'Căn cứ Quyết định số 1371/QĐ-TTg ngày 13/11/2024 của Thủ tướng Chính phủ ban hành Kế hoạch thực hiện Quy hoạch tỉnh Lạng Sơn thời kỳ 2021-2030, tầm nhìn đến năm 2050;',
      ),
    },
    {
      id: 'kh-268-2024',
      title: T('Kế hoạch 268/KH-UBND', 'Plan 268/KH-UBND'),
      date: '2024-12-19',
      summary: T(
        'Kế hoạch của UBND tỉnh triển khai Quy hoạch tỉnh; đã được KH 267/KH-UBND (2026) thay thế.',
        'The provincial implementation plan for the provincial plan; replaced by Plan 267/KH-UBND (2026).',
      ),
      sources: ['seed:002', 'S4'],
      ...said(
        'S4',
        'Căn cứ Kế hoạch số 268/KH-UBND ngày 19/12/2024 của UBND tỉnh triển khai thực hiện Quy hoạch tỉnh Lạng Sơn thời kỳ 2021-2030, tầm nhìn đến năm 2050;',
      ),
    },
    {
      id: 'qd-1009-2024',
      title: T('Quyết định 1009/QĐ-TTg', 'Decision 1009/QĐ-TTg'),
      date: '2024-09-19',
      summary: T(
        'Nhiệm vụ điều chỉnh quy hoạch chung xây dựng Khu kinh tế cửa khẩu Đồng Đăng – Lạng Sơn đến năm 2045.',
        'Task for adjusting the general construction plan of the Đồng Đăng – Lạng Sơn border-gate economic zone to 2045.',
      ),
      sources: ['S5'],
    },
    {
      id: 'nq-1672-2025',
      title: T('Nghị quyết 1672/NQ-UBTVQH15', 'Resolution 1672/NQ-UBTVQH15'),
      date: '2025-06-16',
      summary: T(
        'Sắp xếp đơn vị hành chính cấp xã của Lạng Sơn: 65 đơn vị (61 xã, 4 phường), hoạt động từ 1/7/2025; cấp huyện chấm dứt từ 1/7/2025.',
        'Rearranges Lạng Sơn’s commune-level units: 65 units (61 communes, 4 wards), in operation from 1 Jul 2025; the district level ended on 1 Jul 2025.',
      ),
      sources: ['S11', 'S13'],
    },
    {
      id: 'nq-45-2021',
      title: T('Nghị quyết 45-NQ/TU', 'Resolution 45-NQ/TU'),
      date: '2021-09-01',
      summary: T(
        'Nghị quyết chuyên đề của Tỉnh ủy về phát triển công nghiệp 2021–2025, định hướng 2030: đến 2030 mỗi huyện có ít nhất 1 cụm công nghiệp hoạt động, tỷ lệ lấp đầy trên 50%.',
        'The Provincial Party Committee’s resolution on industry 2021–2025, orientation to 2030: by 2030 at least one operating industrial cluster per district, over 50% occupied.',
      ),
      sources: ['seed:003'],
      quote: {
        'seed:003': [
          'Theo Nghị quyết chuyên đề số 45-NQ/TU ngày 01/09/2021 về phát triển công nghiệp giai đoạn 2021-2025, định hướng đến 2030.',
          'Đến năm 2030, tiếp tục thu hút đầu tư, mỗi huyện có ít nhất 1 cụm công nghiệp hoạt động, tỷ lệ lấp đầy đạt trên 50%.',
        ],
      },
    },
    {
      id: 'qd-609-2025',
      title: T('Quyết định 609/QĐ-UBND', 'Decision 609/QĐ-UBND'),
      date: '2025-03-10',
      summary: T(
        'Kế hoạch thực hiện Phương án phát triển cụm công nghiệp 2021–2030 (danh mục cụm chưa có trong nguồn).',
        'Implementation plan for the industrial-cluster development scheme 2021–2030 (its list of clusters is not in our sources).',
      ),
      sources: ['S4'],
      ...said(
        'S4',
        'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện Phương án phát triển cụm công nghiệp tỉnh Lạng Sơn giai đoạn 2021 - 2030.',
      ),
    },
    {
      id: 'qd-339-2026',
      title: T('Quyết định 339/QĐ-UBND', 'Decision 339/QĐ-UBND'),
      date: '2026-02-28',
      summary: T(
        'Chủ tịch UBND tỉnh phê duyệt điều chỉnh Quy hoạch tỉnh (nội dung điều chỉnh chưa có trong nguồn).',
        'The provincial chairman approves the adjusted provincial plan (what changed is not in our sources).',
      ),
      sources: ['seed:002'],
    },
    {
      id: 'kh-267-2026',
      title: T('Kế hoạch 267/KH-UBND', 'Plan 267/KH-UBND'),
      date: '2026-07-08',
      summary: T(
        'Kế hoạch triển khai thực hiện Quy hoạch tỉnh theo Luật Quy hoạch 2025, thay KH 268/KH-UBND (19/12/2024).',
        'Implementation plan under the 2025 Planning Law, replacing Plan 268/KH-UBND (19 Dec 2024).',
      ),
      sources: ['seed:002'],
    },
  ],
  // The plan's 4 breakthroughs, in the words of the announcement (seed 004); ngoisao.vn (S119)
  // reports the same list from the same conference (its stored excerpt breaks off after the first).
  breakthroughs: [
    [
      'digital',
      'Chuyển đổi số và cải thiện mạnh mẽ môi trường đầu tư kinh doanh',
      'Digital transformation and a much better investment and business climate',
    ],
    ['infrastructure', 'Phát triển kết cấu hạ tầng kinh tế – xã hội', 'Socio-economic infrastructure'],
    [
      'border-economy',
      'Phát triển kinh tế cửa khẩu, thương mại, dịch vụ và du lịch',
      'The border-gate economy, trade, services and tourism',
    ],
    [
      'industry',
      'Phát triển công nghiệp theo hướng nâng cao chất lượng, sức cạnh tranh, xanh, an toàn và hiện đại',
      'Industry of higher quality and competitiveness, green, safe and modern',
    ],
  ].map(([id, vi, en]) => ({
    id: `breakthrough-${id}`,
    title: T(vi, en),
    sources: ['seed:004', 'S119'],
    quote: {
      'seed:004':
        '4 khâu đột phá phát triển của Lạng Sơn là: Chuyển đổi số và cải thiện mạnh mẽ môi trường đầu tư kinh doanh; Phát triển kết cấu hạ tầng KT-XH; Phát triển kinh tế cửa khẩu, thương mại, dịch vụ và du lịch; Phát triển công nghiệp theo hướng nâng cao chất lượng, sức cạnh tranh, xanh, an toàn và hiện đại.',
      S119: 'quy hoạch xác định 4 khâu đột phá phát triển của Lạng Sơn',
    },
  })),
  // Projects the sources call key (trọng điểm); those with a map layer say so.
  key_projects: [
    {
      id: 'key-22-projects-2025',
      title: T('22 dự án trọng điểm năm 2025', 'The 22 key projects of 2025'),
      note: T('danh sách chưa có trong nguồn', 'the list is not in our sources'),
      sources: ['seed:000'],
      ...said(
        'seed:000',
        'Về đầu tư công, Lạng Sơn xác định 22 dự án trọng điểm, tập trung cao cho giải phóng mặt bằng và giải ngân.',
      ),
    },
    {
      id: 'key-huu-nghi-chi-lang',
      title: T('Cao tốc cửa khẩu Hữu Nghị – Chi Lăng', 'Hữu Nghị border gate – Chi Lăng expressway'),
      note: T('có trên bản đồ (lớp cao tốc)', 'on the map (expressways layer)'),
      sources: ['S109'],
      ...said(
        'S109',
        "Specifically, the Huu Nghi - Chi Lang Expressway Project (BOT form, public investment capital allocated VND 3,452.9 billion) accounts for 51.7% of the province's total capital plan",
      ),
    },
    {
      id: 'key-sports-complex',
      title: T(
        'Khu liên hợp thể thao tỉnh (sân vận động trung tâm, nhà thi đấu đa năng)',
        'Provincial sports complex (central stadium, multi-purpose gymnasium)',
      ),
      note: T('vị trí chưa có trong nguồn', 'no position in our sources'),
      sources: ['S109'],
      ...said(
        'S109',
        'The Lang Son Provincial Sports Complex project (including a central stadium and a multi-purpose gymnasium) is slow to implement due to the completion of investment procedures.',
      ),
    },
    {
      id: 'key-ql4b-ql18',
      title: T(
        'Đường nối Quốc lộ 4B – Quốc lộ 18 (Đình Lập cũ)',
        'National Highway 4B – National Highway 18 link road (former Đình Lập)',
      ),
      note: T(
        'có trên bản đồ (sơ đồ, lớp dự án trọng điểm khác)',
        'on the map (schematic, other key projects layer)',
      ),
      sources: ['S109', 'BLS-KEY-TRANSPORT'],
      quote: {
        'BLS-KEY-TRANSPORT':
          'two key transport infrastructure projects including the upgrading of the Km No. 18 – Km No. 80 section of National Highway 4B, and the road project connecting National Highway 4B with National Highway 18 in the former Dinh Lap district.',
      },
    },
    {
      id: 'key-ql4b-km18-km80',
      title: T('Nâng cấp Quốc lộ 4B đoạn Km18 – Km80', 'Upgrade of National Highway 4B, Km18 – Km80'),
      note: T('63,3 km; hướng tuyến không vẽ', '63.3 km; the route is not drawn'),
      sources: ['BLS-KEY-TRANSPORT'],
      quote: {
        'BLS-KEY-TRANSPORT': [
          'two key transport infrastructure projects including the upgrading of the Km No. 18 – Km No. 80 section of National Highway 4B, and the road project connecting National Highway 4B with National Highway 18 in the former Dinh Lap district.',
          'the construction unit has completed 38.6 out of 63.3 km of grade-II crushed stone foundation',
        ],
      },
    },
    {
      id: 'key-ly-thai-to-road',
      title: T(
        'Đường Lý Thái Tổ kéo dài và khu dân cư, tái định cư TP Lạng Sơn',
        'Lý Thái Tổ road extension and the Lạng Sơn city residential and resettlement area',
      ),
      note: T('vị trí, hướng tuyến chưa có trong nguồn', 'no position or route in our sources'),
      sources: ['S109', 'S116'],
    },
    {
      id: 'key-northeast-oda',
      title: T(
        'Tiểu dự án Lạng Sơn, Hợp phần 3, Dự án hạ tầng cơ bản phát triển toàn diện các tỉnh Đông Bắc (vốn ODA)',
        'Lạng Sơn sub-project of Component 3, Northeast basic infrastructure project for comprehensive development (ODA)',
      ),
      note: T('vị trí chưa có trong nguồn', 'no position in our sources'),
      sources: ['S109'],
      ...said(
        'S109',
        'Lang Son Sub-project under Component 3 of the Northeast Basic Infrastructure Project for Comprehensive Development - using ODA capital',
      ),
    },
  ],
  indicators: [
    {
      id: 'grdp-growth',
      title: T('Tăng trưởng GRDP', 'GRDP growth'),
      unit: '%/yr',
      values: [
        v(
          2023,
          'result',
          7,
          ['seed:004'],
          said('seed:004', 'tốc độ tăng trưởng kinh tế ở mức khá (GRDP tăng 7%)'),
        ),
        v(2025, 'result', 8.06, ['seed:000'], said('seed:000', 'tốc độ tăng trưởng GRDP của tỉnh đạt 8,06%')),
        v(
          2026,
          'target',
          range(10, 11),
          ['seed:000'],
          said('seed:000', 'Năm 2026, Lạng Sơn đặt mục tiêu tăng trưởng GRDP từ 10-11%'),
        ),
        v(2030, 'target', range(10, 11), ['seed:002'], {
          note: T('bình quân 2026–2030', 'average 2026–2030'),
          ...plan267(51),
        }),
      ],
    },
    {
      id: 'grdp-per-capita',
      title: T('GRDP bình quân đầu người', 'GRDP per capita'),
      unit: 'million VND',
      values: [
        v(2025, 'result', 71, ['seed:000'], {
          qualifier: 'about',
          ...said('seed:000', 'GRDP bình quân đầu người đạt khoảng 71 triệu đồng.'),
        }),
        v(2030, 'target', 130, ['seed:002'], {
          qualifier: 'about',
          note: T(
            'khoảng 5.000 USD; KH 267 (2026), sau điều chỉnh Quy hoạch',
            'about US$5,000; Plan 267 (2026), after the plan’s adjustment',
          ),
          ...said(
            'seed:002',
            'Tổng sản phẩm trên địa bàn bình quân đầu người đến năm 2030 đạt khoảng 130 triệu đồng, tương đương khoảng 5.000 USD.',
          ),
        }),
        v(2030, 'target', 150, ['seed:003'], {
          qualifier: 'about',
          note: T(
            'theo bài của Gia Định Group (2025), không nêu văn bản gốc; khác KH 267',
            'per a Gia Định Group article (2025), which names no document; differs from Plan 267',
          ),
          ...said(
            'seed:003',
            'Phấn đấu đến năm 2030, tỉnh Lạng Sơn có quy mô kinh tế và GRDP bình quân đầu người đạt khoảng 150 triệu đồng',
          ),
        }),
      ],
    },
    {
      id: 'grdp',
      title: T('Tổng sản phẩm trên địa bàn (GRDP)', 'Gross regional domestic product, GRDP'),
      unit: 'bn VND',
      values: [v(2030, 'target', 111100, ['seed:002'], { qualifier: 'about', ...plan267(49) })],
    },
    {
      id: 'share-agriculture',
      title: T('Tỷ trọng nông, lâm nghiệp, thuỷ sản', 'Agriculture, forestry, fishery share'),
      unit: '%',
      values: [
        v(
          2025,
          'result',
          20.28,
          ['seed:000'],
          said(
            'seed:000',
            'Cơ cấu kinh tế tiếp tục chuyển dịch đúng hướng với nông - lâm nghiệp chiếm 20,28%, công nghiệp - xây dựng 28,33% và dịch vụ chiếm hơn 47%.',
          ),
        ),
        v(2030, 'target', range(14, 15), ['seed:002'], {
          note: T('KH 267 (2026)', 'Plan 267 (2026)'),
          ...plan267(53, 'Khu vực nông, lâm nghiệp và thủy sản 14 - 15%'),
        }),
        v(2030, 'target', range(12, 13), ['seed:003'], {
          note: T(
            'theo bài của Gia Định Group (2025); khác KH 267',
            'per a Gia Định Group article (2025); differs from Plan 267',
          ),
          ...said(
            'seed:003',
            'Với ngành Dịch vụ chiếm 50- 51%, Công nghiệp- xây dựng chiếm 32- 33%, và Lĩnh vực nông, lâm nghiệp và thủy sản chiếm 12- 13%.',
          ),
        }),
      ],
    },
    {
      id: 'share-industry',
      title: T('Tỷ trọng công nghiệp – xây dựng', 'Industry and construction share'),
      unit: '%',
      values: [
        v(
          2025,
          'result',
          28.33,
          ['seed:000'],
          said(
            'seed:000',
            'Cơ cấu kinh tế tiếp tục chuyển dịch đúng hướng với nông - lâm nghiệp chiếm 20,28%, công nghiệp - xây dựng 28,33% và dịch vụ chiếm hơn 47%.',
          ),
        ),
        v(2030, 'target', range(32, 33), ['seed:002', 'seed:003'], {
          note: T(
            'KH 267 và bài của Gia Định Group cùng ghi',
            'Plan 267 and the Gia Định Group article agree',
          ),
          quote: {
            'seed:002': line267(53, 'khu vực công nghiệp - xây dựng 32 - 33%'),
            'seed:003':
              'Với ngành Dịch vụ chiếm 50- 51%, Công nghiệp- xây dựng chiếm 32- 33%, và Lĩnh vực nông, lâm nghiệp và thủy sản chiếm 12- 13%.',
          },
        }),
      ],
    },
    {
      id: 'share-services',
      title: T('Tỷ trọng dịch vụ', 'Services share'),
      unit: '%',
      values: [
        v(2025, 'result', 47, ['seed:000'], {
          qualifier: 'over',
          ...said(
            'seed:000',
            'Cơ cấu kinh tế tiếp tục chuyển dịch đúng hướng với nông - lâm nghiệp chiếm 20,28%, công nghiệp - xây dựng 28,33% và dịch vụ chiếm hơn 47%.',
          ),
        }),
        v(2030, 'target', range(49, 50), ['seed:002'], {
          note: T('KH 267 (2026)', 'Plan 267 (2026)'),
          ...plan267(53, 'khu vực dịch vụ 49 - 50%'),
        }),
        v(2030, 'target', range(50, 51), ['seed:003'], {
          note: T(
            'theo bài của Gia Định Group (2025); khác KH 267',
            'per a Gia Định Group article (2025); differs from Plan 267',
          ),
          ...said(
            'seed:003',
            'Với ngành Dịch vụ chiếm 50- 51%, Công nghiệp- xây dựng chiếm 32- 33%, và Lĩnh vực nông, lâm nghiệp và thủy sản chiếm 12- 13%.',
          ),
        }),
      ],
    },
    {
      id: 'share-taxes',
      title: T('Thuế sản phẩm trừ trợ cấp sản phẩm', 'Product taxes less subsidies'),
      unit: '%',
      values: [
        v(
          2030,
          'target',
          range(3, 4),
          ['seed:002'],
          plan267(53, 'Thuế sản phẩm trừ trợ cấp sản phẩm 3 - 4%'),
        ),
      ],
    },
    {
      id: 'border-trade',
      title: T('Kim ngạch xuất nhập khẩu qua các cửa khẩu', 'Import–export through the border gates'),
      unit: 'bn USD',
      values: [
        {
          ...v(
            2025,
            'result',
            86.14,
            ['seed:000'],
            T('đến 30/11/2025, tăng 44,6%', 'to 30 Nov 2025, +44.6%'),
          ),
          qualifier: 'over',
          ...said(
            'seed:000',
            'Tính đến 30/11/2025, tổng kim ngạch xuất nhập khẩu hàng hóa đạt hơn 86,14 tỷ USD, tăng 44,6% so với cùng kỳ năm 2024.',
          ),
        },
      ],
    },
    {
      id: 'tourists',
      title: T('Khách du lịch', 'Tourists'),
      unit: 'million visitors',
      values: [
        v(2025, 'result', 4.44, ['seed:000'], {
          qualifier: 'about',
          ...said('seed:000', 'Du lịch đón khoảng 4,44 triệu lượt khách, tổng doanh thu ước 4.500 tỷ đồng.'),
        }),
        v(2030, 'target', 6, ['seed:002'], {
          qualifier: 'about',
          ...plan267(65, 'Lượng khách du lịch đến năm 2030 đạt khoảng 6.000.000 lượt người'),
        }),
      ],
    },
    {
      id: 'international-tourists',
      title: T('Khách du lịch quốc tế', 'International tourists'),
      unit: 'visitors',
      values: [
        v(
          2025,
          'result',
          305000,
          ['seed:001'],
          said(
            'seed:001',
            'Năm 2025, tổng số khách đến với Lạng Sơn đạt hơn 4,4 triệu lượt, trong đó khách quốc tế đạt 305.000 lượt',
          ),
        ),
      ],
    },
    {
      id: 'tourism-revenue',
      title: T('Tổng thu từ khách du lịch', 'Tourism revenue'),
      unit: 'bn VND',
      values: [
        v(2025, 'result', 4500, ['seed:000'], {
          qualifier: 'about',
          note: T('"ước 4.500 tỷ đồng"', '"an estimated VND 4,500 bn"'),
          ...said('seed:000', 'Du lịch đón khoảng 4,44 triệu lượt khách, tổng doanh thu ước 4.500 tỷ đồng.'),
        }),
        v(2030, 'target', 10000, ['seed:002'], {
          qualifier: 'at_least',
          ...plan267(65, 'tổng thu từ khách du lịch đạt từ 10.000 tỷ đồng trở lên'),
        }),
      ],
    },
    {
      id: 'forest-cover',
      title: T('Tỷ lệ che phủ rừng', 'Forest cover'),
      unit: '%',
      values: [
        v(2025, 'result', 64.3, ['seed:000'], said('seed:000', 'Tỉnh duy trì tỷ lệ che phủ rừng 64,3%')),
        v(2030, 'target', 65, ['seed:002'], { note: T('duy trì', 'maintained'), ...plan267(103) }),
      ],
    },
    {
      id: 'urbanisation',
      title: T('Tỷ lệ đô thị hoá', 'Urbanisation'),
      unit: '%',
      values: [v(2030, 'target', 40, ['seed:002'], { qualifier: 'about', ...plan267(73) })],
    },
    {
      id: 'social-investment',
      title: T('Tổng vốn đầu tư xã hội 2026–2030', 'Social investment 2026–2030'),
      unit: 'trillion VND',
      values: [
        v(2030, 'target', range(250, 270), ['seed:002'], {
          note: T('cả giai đoạn', 'whole period'),
          ...plan267(61),
        }),
      ],
    },
  ],
};
