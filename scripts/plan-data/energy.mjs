// Wind power: research §7. Every named project is at the proposal/survey stage (2020–2022) and
// whether it is among the 22 projects of the PDP8 implementation plan is unknown.
import { at, fact, range, T } from './helpers.mjs';

const notInPdp8 = T(
  'Đề xuất/khảo sát 2020–2022. Dự án có thuộc 22 dự án điện gió của Kế hoạch thực hiện QHĐ8 hay không, và tình trạng cột đo gió riêng của dự án: chưa rõ.',
  'Proposed/surveyed in 2020–2022. Whether it is among the 22 wind projects of the PDP8 implementation plan, and its own mast status: unknown.',
);
const atDistrict = (d) =>
  T(
    `Nguồn chỉ nêu huyện ${d}: đánh dấu ở cấp huyện cũ.`,
    `The source gives only the district (${d}): marked at the former district level.`,
  );
const byName = (commune, name) =>
  commune === name
    ? T(
        `Nguồn không nêu vị trí; đặt tại xã ${commune} (2025) vì dự án mang tên này — đây là suy luận.`,
        `The source gives no location; placed at ${commune} commune (2025) because the project bears its name — an inference.`,
      )
    : T(
        `Nguồn không nêu vị trí; đặt tại xã ${commune} (2025), nơi có xã ${name} cũ mà dự án mang tên — đây là suy luận.`,
        `The source gives no location; placed at ${commune} commune (2025), which took in the former ${name} commune the project is named after — an inference.`,
      );

const wind = (o) => ({
  kind: 'wind',
  status: 'proposed',
  phase: '2030',
  provisional: true,
  provisional_note: notInPdp8,
  ...o,
});
// US$388 m is VNS's conversion of "over VNĐ9 trillion" (S63), so it keeps the "over".
const BAYWA_CAPITAL = fact('capital', 388, ['S63'], {
  unit: 'm USD',
  qualifier: 'over',
  shared: true,
  note: T(
    'hơn 9.000 tỷ đồng cho cả 3 dự án BayWa',
    'over VND 9,000 bn for the three BayWa projects together',
  ),
  quote: {
    S63: 'With a combined capacity of 240MW, these plants in the districts of Văn Quán, Cao Lộc and Lộc Bình are set to feature 48 wind turbine towers and cost over VNĐ9 trillion (US$388 million) in total.',
  },
});
const VESTAS_CAPITAL = fact('capital', 1.9, ['S69'], {
  unit: 'bn USD',
  shared: true,
  note: T(
    '"lên tới", cho cả 3 dự án của Wind Power Development',
    '"up to", for the three Wind Power Development projects together',
  ),
  quote: {
    S69: 'xin phép khảo sát tiềm năng điện gió và chọn vị trí dựng cột đo gió để lập hồ sơ cho 3 dự án điện gió trên địa bàn tỉnh với tổng mức đầu tư lên tới 1,9 tỷ USD.',
  },
});
const VESTAS_MW =
  'Ba dự án đó là nhà máy điện gió Bắc Sơn (công suất 450 MW), nhà máy điện gió Hải Yến (công suất 168MW), nhà máy điện gió Kiên Mộc (công suất 528MW).';
const BAYWA_MW =
  'Hiện, doanh nghiệp này đang thực hiện các bước cần thiết để chuẩn bị triển khai đầu tư xây dựng 3 dự án điện gió tại huyện Cao Lộc (55MW), Văn Quan (30MW) và Lộc Bình (155MW).';
const GE_CHI_LANG =
  'Dự án Nhà máy Điện gió Chi Lăng tổng công suất dự kiến 165 MW, diện tích đất sử dụng dự kiến 41 ha (xã Hữu Kiên, Quan Sơn, Liên Sơn - huyện Chi Lăng và xã Hữu Lan - huyện Lộc Bình) với mức đầu tư dự kiến là 280,5 triệu USD (tương đương 6.451 tỉ đồng).';
const GE_AI_QUOC =
  'Dự án Nhà máy Điện gió Ái Quốc tổng công suất dự kiến 253 MW, diện tích đất sử dụng dự kiến 63 ha (xã Xuân Dương, Nam Quan, Đông Quan, Ái Quốc - huyện Lộc Bình và xã Thái Bình - huyện Đình Lập) với mức đầu tư dự kiến 430,1 triệu USD (tương đương 12.903 tỉ đồng).';
/** TheLEADER (S67), 23/01/2022: the six projects, each in the words of the article. */
const S67 = {
  'tre-huu-lung':
    'Điện gió Hữu Lũng (quy mô khảo sát khoảng 1.000ha tại 3 xã thuộc huyện Hữu Lũng) có quy mô 80-100MW, tổng mức đầu tư khoảng 3.500-4.500 tỷ đồng',
  'tre-chi-lang':
    'điện gió Chi Lăng (1.450ha tại 3 xã thuộc huyện Chi Lăng và Lộc Bình) công suất từ 120-150MW, tổng mức đầu tư 5.500-7.000 tỷ đồng',
  'tre-ai-quoc':
    'điện gió Ái Quốc (3.800ha tại huyện Lộc Bình, Đình Lập), công suất khoảng 180-230MW, tổng mức đầu tư 8.000-10.000 tỷ đồng.',
  'thang-long-1':
    'Điện gió Thăng Long 1 (khoảng 2.917ha tại huyện Lộc Bình, công suất khoảng 100MW, tổng mức đầu tư khoảng 3.200-4.000 tỷ đồng)',
  'thang-long-2':
    'điện gió Thăng Long 2 (khoảng 3.130ha tại huyện Đình Lập, công suất 100MW, tổng mức đầu tư khoảng 3.200-4.000 tỷ đồng',
  'thang-long-3': 'điện gió Thăng Long 3 (khoảng 1.493ha tại huyện Chi Lăng, quy mô 100MW',
};
const S68_TRANG_DINH =
  'Cụ thể, dự án điện gió Tràng Định 1 có công suất khoảng 233MW, diện tích khảo sát khoảng 3.950ha, tổng mức đầu tư gần 9.293 tỷ đồng (tương đương 398 triệu USD).';

export const windProjects = {
  title: T('Dự án điện gió', 'Wind power projects'),
  description: T(
    'Kế hoạch thực hiện QHĐ8: 22 dự án điện gió trên bờ, tổng 1.444 MW (danh sách chưa có). 21/22 dự án đã lắp cột đo gió: 14 đo xong, 6 đang đo, 1 đang dựng cột; 1 dự án đang đề nghị lắp cột. Các điểm dưới đây là các dự án được báo chí nêu tên.',
    'PDP8 implementation plan: 22 onshore wind projects, 1,444 MW in total (the list is not available). 21 of 22 have measurement masts: 14 finished measuring, 6 still measuring, 1 building a mast; 1 more project asks to install one. The points below are the projects named in the press.',
  ),
  descriptionSources: ['seed:001', 'S60'],
  facts: [
    fact('other', T('22 dự án điện gió trên bờ', '22 onshore wind projects'), ['S60'], {
      note: T(
        'theo Kế hoạch thực hiện QHĐ8; danh sách chưa có',
        'per the PDP8 implementation plan; the list is not in our sources',
      ),
    }),
    fact('capacity_mw', 1444, ['S60'], {
      unit: 'MW',
      note: T('tổng 22 dự án', 'total of the 22 projects'),
      quote: {
        S60: 'According to the Plan to implement Power Plan VIII, Lang Son province is planned to develop 22 onshore wind power projects with a total capacity of 1,444 MW.',
      },
    }),
    fact(
      'status_detail',
      T(
        '21/22 dự án đã lắp cột đo gió: 14 đã đo xong, 6 đang đo, 1 đang dựng cột; 1 dự án đang đề nghị lắp cột đo',
        '21 of 22 projects have measurement masts: 14 finished measuring, 6 still measuring, 1 building its mast; 1 more project asks to install one',
      ),
      ['seed:001'],
      {
        quote: {
          'seed:001':
            'có 21/22 dự án được lắp đặt cột đo gió (trong đó có 14 dự án đo gió hoàn thành, sáu dự án đang tiếp tục đo gió, một dự án đang thi công xây dựng cột đo gió); một dự án điện gió đang đề nghị xem xét lắp đặt cột đo gió',
        },
      },
    ),
    fact('capacity_mw', 27500, ['S60'], {
      quote: {
        S60: 'Lang Son is one of the provinces with the best wind potential in the Northern region with a total theoretical wind power potential of over 27,500 MW.',
      },
      unit: 'MW',
      qualifier: 'over',
      note: T(
        'tiềm năng lý thuyết (Viện Năng lượng, 2020)',
        'theoretical potential (Institute of Energy, 2020)',
      ),
    }),
    fact(
      'legal_basis',
      T(
        'Thành lập Ban Chỉ đạo phát triển điện lực (QĐ số 2072 ngày 23/11/2024)',
        'Steering Committee for Power Development set up (Decision No. 2072 of 23 Nov 2024)',
      ),
      ['seed:001', 'S60'],
      {
        date: '2024-11-23',
        quote: { 'seed:001': 'tỉnh Lạng Sơn đã thành lập Ban Chỉ đạo phát triển điện lực' },
      },
    ),
    fact(
      'other',
      T(
        'Năm 2022 tỉnh xin bổ sung khoảng 4.600 MW vào QHĐ8 (15 nhà đầu tư, 32 dự án)',
        'In 2022 the province asked to add about 4,600 MW to PDP8 (15 investors, 32 projects)',
      ),
      ['S61'],
      {
        date: '2022-05-04',
        quote: {
          S61: 'Tỉnh Lạng Sơn đã xem xét, chấp thuận cho 15 nhà đầu tư nghiên cứu, khảo sát, lập hồ sơ đề xuất 32 dự án điện gió với tổng công suất khoảng 4.600MW.',
        },
      },
    ),
    fact(
      'other',
      T(
        '6/2022: đề xuất đấu thầu 27 dự án (khoảng 3.600 MW)',
        'June 2022: 27 projects (about 3,600 MW) proposed for tender',
      ),
      ['S62'],
      { date: '2022-06' },
    ),
  ],
  features: [
    wind({
      id: 'wind-baywa-cao-loc',
      name: T('Điện gió BayWa Cao Lộc', 'BayWa Cao Lộc wind project'),
      summary: T('Một trong 3 dự án BayWa r.e. đề xuất.', 'One of the three projects proposed by BayWa r.e.'),
      location_pre2025: 'Huyện Cao Lộc',
      geometry: at.district('Cao Lộc'),
      accuracy_note: atDistrict('Cao Lộc'),
      facts: [
        fact('capacity_mw', 55, ['S64'], { unit: 'MW', quote: { S64: BAYWA_MW } }),
        BAYWA_CAPITAL,
        fact('investor', 'BayWa r.e. Wind Projects Vietnam', ['S64', 'S63']),
        fact(
          'other',
          T(
            'Tốc độ gió đo tại cột Cao Lộc 1 (6/2021–6/2022): 6,6 m/s',
            'Wind speed at mast Cao Lộc 1 (Jun 2021–Jun 2022): 6.6 m/s',
          ),
          ['S64', 'S70'],
        ),
      ],
      sources: ['S64', 'S63', 'S70'],
    }),
    wind({
      id: 'wind-baywa-van-quan',
      name: T('Điện gió BayWa Văn Quan', 'BayWa Văn Quan wind project'),
      summary: T('Một trong 3 dự án BayWa r.e. đề xuất.', 'One of the three projects proposed by BayWa r.e.'),
      location_pre2025: 'Huyện Văn Quan',
      geometry: at.district('Văn Quan'),
      accuracy_note: atDistrict('Văn Quan'),
      facts: [
        fact('capacity_mw', 30, ['S64'], { unit: 'MW', quote: { S64: BAYWA_MW } }),
        BAYWA_CAPITAL,
        fact('investor', 'BayWa r.e. Wind Projects Vietnam', ['S64']),
        fact(
          'other',
          T(
            'Tốc độ gió đo tại cột Văn Quan (6/2021–6/2022): 6,4 m/s',
            'Wind speed at the Văn Quan mast (Jun 2021–Jun 2022): 6.4 m/s',
          ),
          ['S64', 'S70'],
        ),
      ],
      sources: ['S64', 'S63', 'S70'],
    }),
    wind({
      id: 'wind-baywa-loc-binh',
      name: T('Điện gió BayWa Lộc Bình', 'BayWa Lộc Bình wind project'),
      summary: T('Một trong 3 dự án BayWa r.e. đề xuất.', 'One of the three projects proposed by BayWa r.e.'),
      location_pre2025: 'Huyện Lộc Bình (cuộc họp năm 2020 nêu cả Chi Lăng)',
      geometry: at.district('Lộc Bình'),
      accuracy_note: atDistrict('Lộc Bình'),
      facts: [
        fact('capacity_mw', 155, ['S64'], { unit: 'MW', quote: { S64: BAYWA_MW } }),
        BAYWA_CAPITAL,
        fact('investor', 'BayWa r.e. Wind Projects Vietnam', ['S64']),
        fact(
          'other',
          T(
            'Tốc độ gió đo tại cột Lộc Bình 1 (6/2021–6/2022): 5,9 m/s',
            'Wind speed at mast Lộc Bình 1 (Jun 2021–Jun 2022): 5.9 m/s',
          ),
          ['S64', 'S70'],
        ),
        fact(
          'other',
          T(
            'Phương án năm 2020 (Chi Lăng, Lộc Bình, Cao Lộc, Văn Quan): 49 tua-bin, 260,4 MW, 788,2 GWh/năm, 85,78 ha',
            '2020 version (Chi Lăng, Lộc Bình, Cao Lộc, Văn Quan): 49 turbines, 260.4 MW, 788.2 GWh/yr, 85.78 ha',
          ),
          ['S65'],
          { date: '2020-07-14' },
        ),
      ],
      sources: ['S64', 'S63', 'S65', 'S70'],
    }),
    wind({
      id: 'wind-ge-chi-lang',
      name: T('Điện gió GE Chi Lăng', 'GE Chi Lăng wind project'),
      summary: T('Dự án do GE Việt Nam đề xuất.', 'Project proposed by GE Vietnam.'),
      location_pre2025: 'Xã Hữu Kiên, Quan Sơn, Liên Sơn (Chi Lăng); xã Hữu Lân (Lộc Bình)',
      commune_2025: ['Quan Sơn', 'Chiến Thắng', 'Thống Nhất'],
      geometry: at.communes('Quan Sơn', 'Thống Nhất'),
      accuracy_note: T(
        'Trung bình điểm xã Quan Sơn và Thống Nhất (2025); điểm xã Chiến Thắng trong dữ liệu nền bị đặt nhầm nên không dùng.',
        'Mean of the Quan Sơn and Thống Nhất commune points (2025); the base data’s Chiến Thắng point is misplaced, so it is not used.',
      ),
      facts: [
        fact('capacity_mw', 165, ['S66'], { unit: 'MW', quote: { S66: GE_CHI_LANG } }),
        fact('capital', 280.5, ['S66'], {
          unit: 'm USD',
          note: T('6.451 tỷ đồng', 'VND 6,451 bn'),
          quote: { S66: GE_CHI_LANG },
        }),
        fact('area_ha', 41, ['S66'], { unit: 'ha', quote: { S66: GE_CHI_LANG } }),
        fact('investor', 'GE Vietnam', ['S66']),
      ],
      sources: ['S66'],
    }),
    wind({
      id: 'wind-ge-ai-quoc',
      name: T('Điện gió GE Ái Quốc', 'GE Ái Quốc wind project'),
      summary: T('Dự án do GE Việt Nam đề xuất.', 'Project proposed by GE Vietnam.'),
      location_pre2025: 'Xã Xuân Dương, Nam Quan, Đông Quan, Ái Quốc (Lộc Bình); xã Thái Bình (Đình Lập)',
      commune_2025: ['Xuân Dương', 'Na Dương', 'Thái Bình'],
      geometry: at.communes('Xuân Dương', 'Na Dương', 'Thái Bình'),
      facts: [
        fact('capacity_mw', 253, ['S66'], { unit: 'MW', quote: { S66: GE_AI_QUOC } }),
        fact('capital', 430.1, ['S66'], {
          unit: 'm USD',
          note: T(
            'nguồn cũng ghi "12.903 tỷ đồng", không khớp',
            'the source also says "VND 12,903 bn", which does not match',
          ),
          quote: { S66: GE_AI_QUOC },
        }),
        fact('area_ha', 63, ['S66'], { unit: 'ha', quote: { S66: GE_AI_QUOC } }),
        fact('investor', 'GE Vietnam', ['S66']),
      ],
      sources: ['S66'],
    }),
    wind({
      id: 'wind-tre-huu-lung',
      name: T('Điện gió TRE Hữu Lũng', 'TRE Hữu Lũng wind project'),
      summary: T('Một trong các dự án do TRE đề xuất năm 2022.', 'One of the projects TRE proposed in 2022.'),
      location_pre2025: 'Ba xã của huyện Hữu Lũng',
      geometry: at.district('Hữu Lũng'),
      accuracy_note: atDistrict('Hữu Lũng'),
      facts: [
        fact('capacity_mw', range(80, 100), ['S67'], { unit: 'MW', quote: { S67: S67['tre-huu-lung'] } }),
        fact('capital', range(3500, 4500), ['S67'], {
          unit: 'bn VND',
          qualifier: 'about',
          quote: { S67: S67['tre-huu-lung'] },
        }),
        fact('area_ha', 1000, ['S67'], {
          unit: 'ha',
          qualifier: 'about',
          note: T('diện tích khảo sát', 'surveyed area'),
          quote: { S67: S67['tre-huu-lung'] },
        }),
        fact('investor', 'Công ty CP Công nghệ Tài nguyên Năng lượng (TRE)', ['S67']),
      ],
      sources: ['S67'],
    }),
    wind({
      id: 'wind-tre-chi-lang',
      name: T('Điện gió TRE Chi Lăng', 'TRE Chi Lăng wind project'),
      summary: T('Một trong các dự án do TRE đề xuất năm 2022.', 'One of the projects TRE proposed in 2022.'),
      location_pre2025: 'Huyện Chi Lăng và Lộc Bình',
      geometry: at.district('Chi Lăng'),
      accuracy_note: atDistrict('Chi Lăng (và Lộc Bình)'),
      facts: [
        fact('capacity_mw', range(120, 150), ['S67'], { unit: 'MW', quote: { S67: S67['tre-chi-lang'] } }),
        fact('capital', range(5500, 7000), ['S67'], { unit: 'bn VND', quote: { S67: S67['tre-chi-lang'] } }),
        fact('area_ha', 1450, ['S67'], { unit: 'ha', quote: { S67: S67['tre-chi-lang'] } }),
        fact('investor', 'Công ty CP Công nghệ Tài nguyên Năng lượng (TRE)', ['S67']),
      ],
      sources: ['S67'],
    }),
    wind({
      id: 'wind-tre-ai-quoc',
      name: T('Điện gió TRE Ái Quốc', 'TRE Ái Quốc wind project'),
      summary: T('Một trong các dự án do TRE đề xuất năm 2022.', 'One of the projects TRE proposed in 2022.'),
      location_pre2025: 'Huyện Lộc Bình và Đình Lập',
      geometry: at.district('Đình Lập'),
      accuracy_note: atDistrict('Đình Lập (và Lộc Bình)'),
      facts: [
        fact('capacity_mw', range(180, 230), ['S67'], {
          unit: 'MW',
          qualifier: 'about',
          quote: { S67: S67['tre-ai-quoc'] },
        }),
        fact('capital', range(8000, 10000), ['S67'], { unit: 'bn VND', quote: { S67: S67['tre-ai-quoc'] } }),
        fact('area_ha', 3800, ['S67'], { unit: 'ha', quote: { S67: S67['tre-ai-quoc'] } }),
        fact('investor', 'Công ty CP Công nghệ Tài nguyên Năng lượng (TRE)', ['S67']),
      ],
      sources: ['S67'],
    }),
    ...[
      ['1', 'Lộc Bình', 2917, 100, range(3200, 4000)],
      ['2', 'Đình Lập', 3130, 100, range(3200, 4000)],
      ['3', 'Chi Lăng', 1493, 100, undefined],
    ].map(([n, district, area, mw, capital]) =>
      wind({
        id: `wind-thang-long-${n}`,
        name: T(`Điện gió Thăng Long ${n}`, `Thăng Long ${n} wind project`),
        summary: T(
          'Dự án do liên danh Thăng Long đề xuất năm 2022.',
          'Project proposed by the Thăng Long partners in 2022.',
        ),
        location_pre2025: `Huyện ${district}`,
        geometry: at.district(district),
        accuracy_note: atDistrict(district),
        facts: [
          fact('capacity_mw', mw, ['S67'], {
            unit: 'MW',
            ...(n === '1' ? { qualifier: 'about' } : {}),
            quote: { S67: S67[`thang-long-${n}`] },
          }),
          ...(capital
            ? [
                fact('capital', capital, ['S67'], {
                  unit: 'bn VND',
                  qualifier: 'about',
                  quote: { S67: S67[`thang-long-${n}`] },
                }),
              ]
            : []),
          fact('area_ha', area, ['S67'], {
            unit: 'ha',
            qualifier: 'about',
            quote: { S67: S67[`thang-long-${n}`] },
          }),
          // The partners as the article names them (the research notes had "Năng lượng tái tạo Thăng Long").
          fact(
            'investor',
            'Công ty CP Đầu tư xây dựng và phát triển nhà Sài Gòn – Hà Nội và Công ty CP Đầu tư thương mại và kinh doanh bất động sản Thăng Long',
            ['S67'],
          ),
        ],
        sources: ['S67'],
      }),
    ),
    wind({
      id: 'wind-trang-dinh-1',
      name: T('Điện gió Tràng Định 1', 'Tràng Định 1 wind project'),
      summary: T('Dự án do Goldwind và Toàn Cầu khảo sát.', 'Project surveyed by Goldwind and Toàn Cầu.'),
      location_pre2025: 'Huyện Tràng Định',
      geometry: at.district('Tràng Định'),
      accuracy_note: atDistrict('Tràng Định'),
      facts: [
        fact('capacity_mw', 233, ['S68'], { unit: 'MW', qualifier: 'about', quote: { S68: S68_TRANG_DINH } }),
        fact('capital', 9293, ['S68'], {
          unit: 'bn VND',
          qualifier: 'nearly',
          note: T('tương đương 398 triệu USD', 'equivalent to US$398m'),
          quote: { S68: S68_TRANG_DINH },
        }),
        fact('area_ha', 3950, ['S68'], {
          unit: 'ha',
          qualifier: 'about',
          note: T('diện tích khảo sát', 'surveyed area'),
          quote: { S68: S68_TRANG_DINH },
        }),
        fact('investor', 'Goldwind International (HK) và Công ty Năng lượng và Môi trường Toàn Cầu', ['S68']),
        fact('timeline', T('Dự kiến vận hành 2026–2027', 'Operation planned for 2026–2027'), ['S68']),
      ],
      sources: ['S68'],
    }),
    wind({
      id: 'wind-binh-gia-1',
      name: T('Điện gió Bình Gia 1', 'Bình Gia 1 wind project'),
      summary: T('Địa điểm được Goldwind và Toàn Cầu khảo sát.', 'Site surveyed by Goldwind and Toàn Cầu.'),
      location_pre2025: 'Huyện Bình Gia',
      geometry: at.district('Bình Gia'),
      accuracy_note: atDistrict('Bình Gia'),
      facts: [fact('investor', 'Goldwind và Công ty Năng lượng và Môi trường Toàn Cầu', ['S68'])],
      sources: ['S68'],
    }),
    ...[
      ['bac-son', 'Bắc Sơn', 450],
      ['hai-yen', 'Hải Yến', 168, 'Công Sơn'],
      ['kien-moc', 'Kiên Mộc', 528],
    ].map(([slug, name, mw, commune = name]) =>
      wind({
        id: `wind-wpd-${slug}`,
        name: T(`Điện gió ${name} (Wind Power Development)`, `${name} wind project (Wind Power Development)`),
        summary: T(
          'Một trong 3 dự án do Wind Power Development A/S (công ty con của Vestas) khảo sát.',
          'One of three projects surveyed by Wind Power Development A/S (a Vestas subsidiary).',
        ),
        geometry: at.communes(commune),
        accuracy: 'schematic',
        accuracy_note: byName(commune, name),
        facts: [
          fact('capacity_mw', mw, ['S69'], { unit: 'MW', quote: { S69: VESTAS_MW } }),
          VESTAS_CAPITAL,
          fact('investor', 'Wind Power Development A/S (Vestas)', ['S69']),
        ],
        sources: ['S69'],
      }),
    ),
  ],
};
