// The plan overview panel: documents and headline indicators (research §0; seeds 000 and 002).
import { range, T } from './helpers.mjs';

/** A value; `extra` is a note (T) or a qualifier ('about' | 'over' | 'at_least'). */
const v = (year, kind, value, sources, extra) => ({
  year,
  kind,
  value,
  ...(typeof extra === 'string' ? { qualifier: extra } : extra ? { note: extra } : {}),
  sources,
});

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
    },
    {
      id: 'qd-609-2025',
      title: T('Quyết định 609/QĐ-UBND', 'Decision 609/QĐ-UBND'),
      date: '2025-03-10',
      summary: T(
        'Kế hoạch thực hiện Phương án phát triển cụm công nghiệp 2021–2030.',
        'Implementation plan for the industrial-cluster development scheme 2021–2030.',
      ),
      sources: ['S4'],
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
  indicators: [
    {
      id: 'grdp-growth',
      title: T('Tăng trưởng GRDP', 'GRDP growth'),
      unit: '%/yr',
      values: [
        v(2025, 'result', 8.06, ['seed:000']),
        v(2026, 'target', range(10, 11), ['seed:000']),
        v(2030, 'target', range(10, 11), ['seed:002'], T('bình quân 2026–2030', 'average 2026–2030')),
      ],
    },
    {
      id: 'grdp-per-capita',
      title: T('GRDP bình quân đầu người', 'GRDP per capita'),
      unit: 'million VND',
      values: [
        v(2025, 'result', 71, ['seed:000'], 'about'),
        v(2030, 'target', 130, ['seed:002'], T('khoảng 5.000 USD', 'about US$5,000')),
      ],
    },
    {
      id: 'share-agriculture',
      title: T('Tỷ trọng nông, lâm nghiệp, thuỷ sản', 'Agriculture, forestry, fishery share'),
      unit: '%',
      values: [v(2025, 'result', 20.28, ['seed:000']), v(2030, 'target', range(14, 15), ['seed:002'])],
    },
    {
      id: 'share-industry',
      title: T('Tỷ trọng công nghiệp – xây dựng', 'Industry and construction share'),
      unit: '%',
      values: [v(2025, 'result', 28.33, ['seed:000']), v(2030, 'target', range(32, 33), ['seed:002'])],
    },
    {
      id: 'share-services',
      title: T('Tỷ trọng dịch vụ', 'Services share'),
      unit: '%',
      values: [v(2025, 'result', 47, ['seed:000'], 'over'), v(2030, 'target', range(49, 50), ['seed:002'])],
    },
    {
      id: 'border-trade',
      title: T('Kim ngạch xuất nhập khẩu qua các cửa khẩu', 'Import–export through the border gates'),
      unit: 'bn USD',
      values: [
        v(2025, 'result', 86.14, ['seed:000'], T('đến 30/11/2025, tăng 44,6%', 'to 30 Nov 2025, +44.6%')),
      ],
    },
    {
      id: 'tourists',
      title: T('Khách du lịch', 'Tourists'),
      unit: 'million visitors',
      values: [v(2025, 'result', 4.44, ['seed:000'], 'about'), v(2030, 'target', 6, ['seed:002'], 'about')],
    },
    {
      id: 'tourism-revenue',
      title: T('Tổng thu từ khách du lịch', 'Tourism revenue'),
      unit: 'bn VND',
      values: [
        v(2025, 'result', 4500, ['seed:000'], 'about'),
        v(2030, 'target', 10000, ['seed:002'], 'at_least'),
      ],
    },
    {
      id: 'forest-cover',
      title: T('Tỷ lệ che phủ rừng', 'Forest cover'),
      unit: '%',
      values: [
        v(2025, 'result', 64.3, ['seed:000']),
        v(2030, 'target', 65, ['seed:002'], T('duy trì', 'maintained')),
      ],
    },
    {
      id: 'urbanisation',
      title: T('Tỷ lệ đô thị hoá', 'Urbanisation'),
      unit: '%',
      values: [v(2030, 'target', 40, ['seed:002'], 'about')],
    },
    {
      id: 'social-investment',
      title: T('Tổng vốn đầu tư xã hội 2026–2030', 'Social investment 2026–2030'),
      unit: 'trillion VND',
      values: [v(2030, 'target', range(250, 270), ['seed:002'], T('cả giai đoạn', 'whole period'))],
    },
  ],
};
