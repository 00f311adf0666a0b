// Border gates, the smart gate, logistics and cross-border cooperation: research §5–§6.
import { at, fact, T } from './helpers.mjs';

const HUU_NGHI = at.point(106.7112, 21.97515, 'S35');

const SOHA_SMART_GATE =
  'Dự án có tổng mức đầu tư trên 174,7 tỷ đồng, chia làm 2 giai đoạn: giai đoạn 1 mở rộng từ 4 làn lên 6 làn và giai đoạn 2 mở rộng từ 6 làn lên 14 làn.';
const VNS_VIETTEL =
  'Strategically located in the Đồng Đăng Border Gate Economic Zone, Viettel Logistics Park spans 143.7ha with a total investment of VNĐ3.3 trillion (US$129.6 million).';

export const borderGates = {
  title: T('Cửa khẩu', 'Border gates'),
  description: T(
    'Biên giới dài hơn 231 km; 2 cửa khẩu quốc tế (Hữu Nghị, ga đường sắt quốc tế Đồng Đăng), 1 cửa khẩu chính (Chi Ma) và 9 cửa khẩu phụ. Cửa khẩu Cốc Nam và các cửa khẩu phụ khác chưa có vị trí trong nguồn nên không vẽ.',
    'Over 231 km of border; 2 international gates (Hữu Nghị, Đồng Đăng international railway station), 1 main gate (Chi Ma) and 9 secondary gates. Cốc Nam and the other secondary gates have no position in our sources and are not drawn.',
  ),
  descriptionSources: ['seed:003', 'S33'],
  facts: [
    fact('length_km', 231, ['seed:003'], {
      unit: 'km',
      qualifier: 'over',
      note: T('chiều dài biên giới', 'border length'),
      quote: {
        'seed:003': 'Có đường biên giới trên 231km, 2 cửa khẩu quốc tế, 1 cửa khẩu chính và 9 cửa khẩu phụ',
      },
    }),
    // The research notes gave 231.74 km from Báo Quốc tế (S32), a page not among the stored copies; the
    // stored VNA/QĐND report gives 231.7 km, which is the figure kept.
    fact('length_km', 231.7, ['QDND-BORDER'], {
      unit: 'km',
      note: T('chiều dài biên giới', 'border length'),
      quote: {
        'QDND-BORDER': 'Lang Son shares a 231.7km borderline with China’s Guangxi Zhuang Autonomous Region.',
      },
    }),
    fact(
      'other',
      T(
        '2 cửa khẩu quốc tế, 1 cửa khẩu chính, 9 cửa khẩu phụ',
        '2 international gates, 1 main gate, 9 secondary gates',
      ),
      ['seed:003', 'S33'],
      {
        quote: {
          'seed:003': 'Có đường biên giới trên 231km, 2 cửa khẩu quốc tế, 1 cửa khẩu chính và 9 cửa khẩu phụ',
        },
      },
    ),
    // Cốc Nam is not drawn (no position in our sources); where it lies is known to the district only.
    fact(
      'location',
      T('Cửa khẩu Cốc Nam: huyện Văn Lãng (cũ)', 'Cốc Nam border gate: (former) Văn Lãng district'),
      ['TP-COC-NAM'],
      {
        note: T(
          'bài không ghi ngày trong bản lưu; cấp huyện thôi là đơn vị hành chính từ 1/7/2025, và xã (2025) nơi có cửa khẩu chưa có trong nguồn',
          'the stored copy of the article has no date; districts ceased to be administrative units on 1 Jul 2025, and the 2025 commune the gate lies in is not in our sources',
        ),
        quote: {
          'TP-COC-NAM':
            'Tỉnh Lạng Sơn đã đầu tư cơ sở hạ tầng khu kinh tế cửa khẩu: Tân Thanh, Cốc Nam (huyện Văn Lãng), Hữu Nghị (Cao Lộc) và thị trấn Đồng Đăng',
        },
      },
    ),
    fact(
      'status_detail',
      T(
        'Tin 20/2/2026 gọi Hữu Nghị, Cốc Nam và Tân Thanh là ba cửa khẩu quốc tế',
        'Reports of 20 Feb 2026 call Hữu Nghị, Cốc Nam and Tân Thanh three international border gates',
      ),
      ['VNS-EXPWY-2026', 'SGGP-EXPWY-2026'],
      {
        date: '2026-02-20',
        note: T(
          'khác con số "2 cửa khẩu quốc tế" ở trên (Gia Định Group, 2025); quyết định nâng cấp Cốc Nam, Tân Thanh chưa có trong nguồn',
          'unlike the "2 international gates" above (Gia Định Group, 2025); a decision upgrading Cốc Nam and Tân Thanh is not in our sources',
        ),
        quote: {
          'VNS-EXPWY-2026':
            'spans 60km through seven communes and wards in the northern province of Lạng Sơn, directly linking three international border gates – Hữu Nghị, Cốc Nam, and Tân Thanh.',
          'SGGP-EXPWY-2026':
            'this expressway directly connects to three international border gates such as Huu Nghi, Coc Nam, and Tan Thanh.',
        },
      },
    ),
    fact(
      'status_detail',
      T(
        'Đang hoạt động năm 2023: Chi Ma, Hữu Nghị, Tân Thanh, Cốc Nam, ga Đồng Đăng',
        'Operating in 2023: Chi Ma, Hữu Nghị, Tân Thanh, Cốc Nam, Đồng Đăng station',
      ),
      ['S34'],
      { date: '2023-07-10' },
    ),
    fact('trade', 86.14, ['seed:000'], {
      unit: 'bn USD',
      qualifier: 'over',
      date: '2025-11-30',
      note: T('tổng kim ngạch XNK đến 30/11/2025, tăng 44,6%', 'total import–export to 30 Nov 2025, +44.6%'),
      quote: {
        'seed:000':
          'Tính đến 30/11/2025, tổng kim ngạch xuất nhập khẩu hàng hóa đạt hơn 86,14 tỷ USD, tăng 44,6% so với cùng kỳ năm 2024.',
      },
    }),
    fact('trade', 17851.9, ['seed:003'], {
      unit: 'm USD',
      date: '2025-03',
      note: T('quý I/2025, tăng 24%', 'Q1/2025, +24%'),
      quote: {
        'seed:003':
          'tổng kim ngạch xuất nhập khẩu qua địa bàn đạt 17.851,9 triệu USD trong Quý I/2025, tăng 24% so với cùng kỳ năm ngoái',
      },
    }),
    fact('trade', 234.58, ['seed:001'], {
      unit: 'bn USD',
      note: T(
        'tổng kim ngạch qua các cửa khẩu "thời gian qua" (nguồn không nêu giai đoạn); riêng mở tờ khai tại Hải quan Lạng Sơn khoảng 24,2 tỷ USD',
        'total through the gates "in recent years" (the source gives no period); declarations opened at Lạng Sơn customs about US$24.2 bn',
      ),
      quote: {
        'seed:001':
          'thời gian qua, kinh tế cửa khẩu tại Lạng Sơn tiếp tục giữ vai trò động lực chủ đạo, với tổng kim ngạch xuất nhập khẩu qua các cửa khẩu đạt 234,58 tỷ USD.',
      },
    }),
    fact(
      'capacity',
      T(
        'Khoảng 1.700 lượt xe thông quan/ngày, cao điểm hơn 2.000',
        'About 1,700 vehicles cleared a day, peaks over 2,000',
      ),
      ['seed:000'],
      {
        date: '2025',
        quote: {
          'seed:000': 'Trung bình mỗi ngày có khoảng 1.700 lượt xe thông quan, cao điểm vượt 2.000 lượt.',
        },
      },
    ),
    fact(
      'timeline',
      T(
        'Từ 27/5/2024 vận hành chính thức các lối thông quan, đường chuyên dụng thuộc cặp cửa khẩu quốc tế Hữu Nghị – Hữu Nghị Quan',
        'From 27 May 2024 the entrances and dedicated roads of the Hữu Nghị – Youyi Guan international pair operate officially',
      ),
      ['seed:003', 'S43'],
      {
        date: '2024-05-27',
        quote: {
          'seed:003':
            'Từ ngày 27/5/2024, Việt Nam và Trung Quốc đã chính thức vận hành các lối thông quan, đường chuyên dụng thuộc cặp cửa khẩu quốc tế Hữu Nghị - Hữu Nghị Quan',
        },
      },
    ),
  ],
  features: [
    {
      id: 'gate-huu-nghi',
      name: T('Cửa khẩu quốc tế Hữu Nghị', 'Hữu Nghị international border gate'),
      kind: 'border_gate',
      status: 'operating',
      status_date: '2023-07-10',
      phase: 'existing',
      summary: T(
        'Cửa khẩu đường bộ quốc tế, cặp với Hữu Nghị Quan (Bằng Tường, Trung Quốc); được chọn thí điểm mô hình cửa khẩu thông minh đầu tiên của cả nước.',
        'International road gate, paired with Youyi Guan (Pingxiang, China); chosen to pilot the country’s first smart border gate.',
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
          qualifier: 'over',
          date: '2025-11-30',
          note: T(
            'toàn tỉnh, không riêng Hữu Nghị: tổng kim ngạch qua các cửa khẩu đến 30/11/2025, tăng 44,6%',
            'whole province, not Hữu Nghị alone: total trade through the gates to 30 Nov 2025, +44.6%',
          ),
          quote: {
            'seed:000':
              'Tính đến 30/11/2025, tổng kim ngạch xuất nhập khẩu hàng hóa đạt hơn 86,14 tỷ USD, tăng 44,6% so với cùng kỳ năm 2024.',
          },
        }),
        fact(
          'status_detail',
          T('Đang hoạt động (tin 10/7/2023)', 'Operating (report of 10 Jul 2023)'),
          ['S34'],
          { date: '2023-07-10' },
        ),
        fact(
          'other',
          T(
            'Cửa khẩu quốc tế đường bộ; được chọn thí điểm nền tảng cửa khẩu số, mô hình cửa khẩu thông minh đầu tiên của cả nước',
            'International road gate; chosen to pilot the digital border-gate platform, the country’s first smart border gate',
          ),
          ['seed:001'],
          {
            quote: {
              'seed:001':
                'cửa khẩu quốc tế Hữu Nghị được chọn thí điểm xây dựng nền tảng cửa khẩu số, mô hình cửa khẩu thông minh đầu tiên trên cả nước.',
            },
          },
        ),
        fact(
          'location',
          T(
            'Nhà hải quan "Friendship Pass" trên GeoNames: 21,97507; 106,71147',
            'The "Friendship Pass" customs house on GeoNames: 21.97507, 106.71147',
          ),
          ['S36'],
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
      // The pilot is still being built (seed 000, Jan 2026; Plan 267, Jul 2026): only its freight
      // roads are open, so the gate itself is not "operating".
      status: 'under_construction',
      status_date: '2026-07-08',
      phase: '2030',
      summary: T(
        'Đề án thí điểm cửa khẩu thông minh tại cặp Hữu Nghị – Hữu Nghị Quan, còn đang triển khai (KH 267, 7/2026: "tập trung hoàn thành đầu tư thí điểm và vận hành"). Mới thông các đường chuyên dụng chở hàng: mốc 1119–1120 (giai đoạn 1 khánh thành 27/11/2025) và mốc 1088/2–1089.',
        'The smart border-gate pilot at the Hữu Nghị – Youyi Guan pair, still being built (Plan 267, Jul 2026: "finish the pilot investment and operate it"). Only its dedicated freight roads are open: markers 1119–1120 (phase 1 inaugurated 27 Nov 2025) and 1088/2–1089.',
      ),
      commune_2025: ['Đồng Đăng'],
      geometry: HUU_NGHI,
      accuracy_note: T(
        'Sơ đồ: đặt tại toạ độ đồn biên phòng Hữu Nghị (GeoNames), vì đường mốc 1119–1120 thuộc cửa khẩu Hữu Nghị; vị trí các cột mốc chưa có toạ độ trong nguồn.',
        'Schematic: placed at the Hữu Nghị border post’s coordinates (GeoNames), since the marker 1119–1120 road belongs to Hữu Nghị gate; no source gives the markers’ coordinates.',
      ),
      accuracy: 'schematic',
      facts: [
        fact('capital', 174.7, ['S40', 'S41'], {
          unit: 'bn VND',
          qualifier: 'over',
          note: T('đường chuyên dụng mốc 1119–1120', 'the marker 1119–1120 freight road'),
          quote: { S40: SOHA_SMART_GATE },
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
        fact('lanes', 6, ['S40', 'S41'], {
          unit: 'lanes',
          note: T(
            'sau giai đoạn 1 (trước đó 4 làn); giai đoạn 2: 14 làn',
            'after phase 1 (4 before); phase 2: 14',
          ),
          quote: { S40: SOHA_SMART_GATE },
        }),
        fact(
          'legal_basis',
          T(
            'Thoả thuận khung 26/6/2023; biên bản ghi nhớ ký trực tuyến (tin 15/11/2024)',
            'Framework agreement of 26 Jun 2023; MoU signed online (reported 15 Nov 2024)',
          ),
          ['S38'],
        ),
        fact(
          'other',
          T(
            'Phía Trung Quốc (Quảng Tây) khởi công phần của mình ngày 15/9 (năm không có trong trích đoạn; có lẽ 2023 — suy luận); công nghệ định vị vệ tinh, 5G, xe tự hành AGV, cẩu tự động',
            'The Chinese side (Guangxi) began its part on 15 September (year not in the excerpt; probably 2023 — an inference); satellite positioning, 5G, AGVs and automated cranes',
          ),
          ['S39'],
          { label: 'INFERENCE' },
        ),
        fact(
          'other',
          T(
            'KH 267: hoàn thành đầu tư thí điểm và vận hành cửa khẩu thông minh; nghiên cứu khu thương mại tự do/khu hợp tác kinh tế qua biên giới',
            'Plan 267: finish the pilot investment and operate the smart gate; study a free-trade / cross-border economic cooperation zone',
          ),
          ['seed:002'],
          {
            date: '2026-07-08',
            quote: {
              'seed:002':
                'Tập trung hoàn thành đầu tư thí điểm và vận hành cửa khẩu thông minh. Nghiên cứu xây dựng khu thương mại tự do/khu hợp tác kinh tế qua biên giới.',
            },
          },
        ),
        fact(
          'status_detail',
          T(
            'Đang triển khai thí điểm mô hình cửa khẩu thông minh (họp báo UBND tỉnh 16/1/2026)',
            'The smart border-gate model is being piloted (provincial press conference, 16 Jan 2026)',
          ),
          ['seed:000'],
          {
            date: '2026-01-16',
            quote: { 'seed:000': 'Lạng Sơn đang triển khai thí điểm mô hình cửa khẩu thông minh' },
          },
        ),
        fact(
          'timeline',
          T(
            '27/11/2025: hoàn thành đường chuyên dụng vận chuyển hàng hoá mốc 1119–1120',
            '27 Nov 2025: the marker 1119–1120 dedicated freight road completed',
          ),
          ['seed:001'],
          {
            date: '2025-11-27',
            quote: {
              'seed:001':
                'Ngày 27/11/2025, công trình đường chuyên dụng vận chuyển hàng hóa khu vực mốc 1119-1120 cửa khẩu thông minh Hữu Nghị (Việt Nam)-Hữu Nghị Quan (Trung Quốc) đã được hoàn thành.',
            },
          },
        ),
      ],
      sources: ['seed:001', 'seed:003', 'seed:000', 'seed:002', 'S38', 'S40', 'S41', 'S42'],
    },
    {
      id: 'smart-gate-road-1088-1089',
      name: T(
        'Đường chuyên dụng vận chuyển hàng hoá mốc 1088/2–1089',
        'Dedicated freight road at markers 1088/2–1089',
      ),
      kind: 'smart_gate',
      status: 'operating',
      status_date: '2024-05-27',
      phase: 'existing',
      summary: T(
        'Đường chuyên dụng thuộc cặp cửa khẩu quốc tế Hữu Nghị – Hữu Nghị Quan, chính thức mở 27/5/2024; nằm trong đề án thí điểm cửa khẩu thông minh.',
        'Dedicated freight road of the Hữu Nghị – Youyi Guan international pair, officially opened 27 May 2024; part of the smart border-gate pilot.',
      ),
      commune_2025: ['Hoàng Văn Thụ'],
      geometry: at.point(106.6825, 22.0031, 'S46'),
      accuracy_note: T(
        'Báo SGGP/TTXVN ghi đường chuyên dụng mốc 1088/2–1089 là "Tân Thanh – Pò Chài": đặt tại toạ độ cửa khẩu Tân Thanh trên GeoNames (8311182); toạ độ riêng của con đường chưa có, sai số có thể vài trăm mét.',
        'SGGP/VNA name the marker 1088/2–1089 dedicated road "Tan Thanh – Puzhai": placed at the Tân Thanh gate’s GeoNames point (8311182); the road’s own coordinates are not known and may be a few hundred metres off.',
      ),
      facts: [
        fact(
          'timeline',
          T('Chính thức mở 27/5/2024', 'Officially opened 27 May 2024'),
          ['SGGP-ROUTES', 'S43', 'seed:003'],
          {
            date: '2024-05-27',
            quote: {
              'seed:003':
                'Từ ngày 27/5/2024, Việt Nam và Trung Quốc đã chính thức vận hành các lối thông quan, đường chuyên dụng thuộc cặp cửa khẩu quốc tế Hữu Nghị - Hữu Nghị Quan',
              'SGGP-ROUTES':
                'The routes include a specialized freight transport route through the area of border markers No.1088/2 – 1089',
            },
          },
        ),
        fact(
          'location',
          T(
            'Đường chuyên dụng khu vực mốc 1088/2–1089 (Tân Thanh – Pò Chài)',
            'Dedicated road at markers 1088/2–1089 (Tan Thanh – Puzhai)',
          ),
          ['SGGP-2WAY'],
          {
            quote: {
              'SGGP-2WAY':
                'dedicated roads for transporting goods in the areas of border markers 1119 – 1120 (Huu Nghi – Youyi Guan), and 1088/2–1089 (Tan Thanh – Puzhai)',
            },
          },
        ),
        fact(
          'other',
          T(
            'Năm 2023 tỉnh đề nghị công nhận là lối thông quan chính thức trước 1/6/2023',
            'In 2023 the province pushed to make it an official passage before 1 Jun 2023',
          ),
          ['S44'],
          { date: '2023-04-04' },
        ),
      ],
      sources: ['SGGP-ROUTES', 'seed:003', 'S43', 'S44', 'SGGP-2WAY', 'S46'],
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
      status_date: '2025-01-25',
      location_pre2025: 'Bản Nà Lầu, xã Tân Thanh, huyện Văn Lãng',
      commune_2025: ['Hoàng Văn Thụ'],
      // Wikipedia's 22.00306, 106.68389 lies about 125 m across the drawn border; GeoNames' point is inside.
      geometry: at.point(106.6825, 22.0031, 'S46'),
      accuracy_note: T(
        'Toạ độ cửa khẩu Tân Thanh trên GeoNames (8311182). Toạ độ Wikipedia tiếng Việt (22,00306; 106,68389) nằm bên kia đường biên giới vẽ trên bản đồ khoảng 125 m nên không dùng.',
        'Coordinates of Tân Thanh gate on GeoNames (8311182). Vietnamese Wikipedia’s (22.00306, 106.68389) falls about 125 m across the border as drawn, so it is not used.',
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
        fact(
          'location',
          T(
            'Cách TP Lạng Sơn khoảng 28 km về phía bắc – tây bắc theo đường bộ',
            'About 28 km NNW of Lạng Sơn city by road',
          ),
          ['S45'],
        ),
        fact(
          'location',
          T(
            'Wikipedia tiếng Việt ghi toạ độ 22,00306; 106,68389',
            'Vietnamese Wikipedia gives 22.00306, 106.68389',
          ),
          ['S45'],
        ),
        fact(
          'status_detail',
          T('Đang hoạt động (tin 10/7/2023)', 'Operating (report of 10 Jul 2023)'),
          ['S34'],
          { date: '2023-07-10' },
        ),
        fact(
          'other',
          T(
            'Năm 2023 hai bên bàn hợp tác du lịch Tân Thanh – Pò Chài',
            'Tourism cooperation between Tân Thanh and Pò Chài discussed in 2023',
          ),
          ['S44', 'S48'],
        ),
      ],
      sources: ['S46', 'S45', 'S43', 'S47', 'S34'],
    },
    {
      id: 'gate-dong-dang-station',
      name: T('Ga đường sắt quốc tế Đồng Đăng', 'Đồng Đăng international railway station'),
      kind: 'border_gate',
      status: 'operating',
      status_date: '2025-05',
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
        fact(
          'timeline',
          T(
            'Tàu khách quốc tế Nam Ninh – Gia Lâm chạy lại từ cuối tháng 5/2025',
            'The Nanning – Gia Lâm international passenger train resumed in late May 2025',
          ),
          ['S50', 'S51'],
          { date: '2025-05' },
        ),
      ],
      sources: ['S50', 'S51', 'S34', 'seed:003'],
    },
    {
      id: 'gate-chi-ma',
      name: T('Cửa khẩu Chi Ma', 'Chi Ma border gate'),
      kind: 'border_gate',
      status: 'operating',
      status_date: '2023-07-10',
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
        // VCN (S53), read again, does not give the area; VNA (S52) does.
        fact('area_ha', 152, ['S52'], {
          unit: 'ha',
          note: T('khu cửa khẩu', 'gate area'),
          quote: {
            S52: 'Covering 152 hectares, Chi Ma gate has seen the construction of checkpoints and roads linking the gate and Ai Dian gate in China, making it easier for industry and trade activities in the area.',
          },
        }),
        fact(
          'legal_basis',
          T(
            'Trung Quốc phê duyệt Ái Điểm là cửa khẩu quốc gia loại 1 (1/2015)',
            'China approved Ai Dian as a national type-1 port (Jan 2015)',
          ),
          ['S53'],
        ),
        fact(
          'status_detail',
          T(
            'Cặp cửa khẩu chính (song phương) Chi Ma – Ái Điểm; năm 2023 đang xem xét nâng lên cửa khẩu quốc tế',
            'Chi Ma – Ai Dian main (bilateral) pair; an upgrade to international status was under consideration in 2023',
          ),
          ['S44', 'S53'],
          { date: '2023' },
        ),
        fact(
          'status_detail',
          T('Đang hoạt động (tin 10/7/2023)', 'Operating (report of 10 Jul 2023)'),
          ['S34'],
          { date: '2023-07-10' },
        ),
      ],
      sources: ['S52', 'S53', 'S44', 'S34'],
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
      facts: [
        fact(
          'status_detail',
          T(
            'Năm 2023 tỉnh thúc đẩy nâng cấp và mở chính thức cặp cửa khẩu; tình trạng hiện nay chưa rõ',
            'In 2023 the province pushed for the pair’s upgrade and formal opening; current status unknown',
          ),
          ['S44'],
          { date: '2023-04-04' },
        ),
      ],
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
        // Tuổi Trẻ News (S57), read again, says "143-hectare", not 143.7.
        fact('area_ha', 143.7, ['S54', 'S56'], {
          unit: 'ha',
          quote: {
            S54: 'Dự án có quy mô 143,7ha với tổng mức đầu tư gần 3.300 tỷ đồng, dự kiến khai trương vào ngày 11/12/2024.',
            S56: VNS_VIETTEL,
          },
        }),
        fact('capital', 3300, ['S54', 'S56'], {
          unit: 'bn VND',
          qualifier: 'nearly',
          quote: {
            S54: 'Dự án có quy mô 143,7ha với tổng mức đầu tư gần 3.300 tỷ đồng, dự kiến khai trương vào ngày 11/12/2024.',
            S56: VNS_VIETTEL,
          },
        }),
        fact('capital', 130, ['S57'], {
          unit: 'm USD',
          qualifier: 'nearly',
          note: T('"gần 3.300 tỷ đồng (130 triệu USD)"', '"nearly VND3.3 trillion (US$130 million)"'),
          quote: {
            S57: 'inaugurated its 143-hectare Viettel Logistics Park, built at a cost of nearly VND3.3 trillion (US$130 million), in Lang Son Province',
          },
        }),
        fact('operator', 'Viettel Post (Tổng Công ty CP Bưu chính Viettel)', ['S55']),
        fact(
          'timeline',
          T(
            'Thuê toàn bộ hạ tầng 8/11/2024; khai trương 11/12/2024',
            'Leased the whole infrastructure 8 Nov 2024; opened 11 Dec 2024',
          ),
          ['S54', 'S55', 'S56'],
          { date: '2024-12-11' },
        ),
        fact('capacity', 1500, ['S56', 'S58'], {
          unit: 'vehicles/day',
          note: T('một nguồn ghi "đến năm 2034"', 'one report says "by 2034"'),
          quote: {
            S56: 'The project is designed to handle 1,500 vehicles daily, effectively doubling Lạng Sơn’s current border clearance capacity, which is crucial during peak agricultural harvest seasons.',
          },
        }),
        fact('capacity', 600000, ['S56'], {
          unit: 'parcels/day',
          note: T('khu thương mại điện tử, robot AGV', 'e-commerce area, AGV robots'),
          quote: {
            S56: 'It features an e-commerce and express delivery area equipped with an autonomous AGV robot system, which, combined with the DWS (Dynamic Weighing and Sorting) system, processes up to 600,000 parcels daily.',
          },
        }),
        fact(
          'other',
          T(
            'Thời gian thông quan giảm từ 4–5 ngày xuống dưới 24 giờ, chi phí giảm 30–40% (Phó Giám đốc Nguyễn Văn Chiến)',
            'Clearance time from 4–5 days to under 24 h, costs down 30–40% (deputy director Nguyễn Văn Chiến)',
          ),
          ['seed:001'],
          {
            quote: {
              'seed:001': 'giảm thời gian thông quan từ 4-5 ngày xuống dưới 24 giờ, giảm chi phí từ 30-40%.',
            },
          },
        ),
        fact(
          'other',
          T(
            'Xây trên hạ tầng khu trung chuyển hàng hoá của KKTCK; Viettel thuê toàn bộ từ Công ty CP Khu trung chuyển Lạng Sơn',
            'Built on the infrastructure of the border-gate economic zone’s goods-transit area, leased in full from Công ty CP Khu trung chuyển Lạng Sơn',
          ),
          ['S54'],
          { date: '2024-11-08' },
        ),
        fact('other', T('Hơn 2.000 camera AI', 'Over 2,000 AI cameras'), ['S56']),
        fact(
          'other',
          T(
            'Một trong 10 sự kiện logistics nổi bật năm 2024 của Bộ Công Thương',
            'One of the Ministry of Industry and Trade’s 10 outstanding logistics events of 2024',
          ),
          ['S59'],
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
      status_date: '2026-01-16',
      phase: '2030',
      summary: T(
        'Tỉnh đôn đốc nhà đầu tư hoàn thiện hạ tầng khu hợp tác thương mại biên giới Tân Thanh – Pò Chài.',
        'The province is pushing investors to finish the infrastructure of the Tân Thanh – Pò Chài cross-border trade cooperation zone.',
      ),
      commune_2025: ['Hoàng Văn Thụ'],
      geometry: at.point(106.6825, 22.0031, 'S46'),
      accuracy: 'schematic',
      accuracy_note: T(
        'Sơ đồ: chỉ đánh dấu tại toạ độ cửa khẩu Tân Thanh (GeoNames 8311182); vị trí và phạm vi khu chưa có trong nguồn.',
        'Schematic: only marked at the Tân Thanh gate’s coordinates (GeoNames 8311182); the zone’s position and extent are not in our sources.',
      ),
      provisional: true,
      provisional_note: T(
        'Phạm vi, diện tích, nhà đầu tư và vốn của khu: chưa rõ.',
        'The zone’s extent, area, investor and capital: unknown.',
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
        fact(
          'status_detail',
          T(
            'Tỉnh đôn đốc các nhà đầu tư hoàn thiện hạ tầng khu (họp báo 16/1/2026)',
            'The province is pushing the investors to finish the zone’s infrastructure (press conference, 16 Jan 2026)',
          ),
          ['seed:000'],
          {
            date: '2026-01-16',
            quote: {
              'seed:000':
                'đôn đốc các nhà đầu tư hoàn thiện hạ tầng khu trung chuyển hàng hóa, khu chế xuất, công viên logistics và khu hợp tác thương mại biên giới Tân Thanh - Pò Chài.',
            },
          },
        ),
      ],
      sources: ['seed:000', 'S49'],
    },
  ],
};
