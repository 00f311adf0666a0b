// Plan 267/KH-UBND (seed 002), section II: its general goals, its 2050 vision and every numbered
// 2030 target, grouped as the plan groups them; and, from section III.2, what it prioritises for
// investment and where. The Vietnamese of each item is the plan's own words at that line of the
// served text (line267 checks they are there); the English is ours. `indicators` names the overview
// indicators that hold a baseline for the target ("now → 2030"); `map` says where the item is drawn,
// or that no source places it and it is listed only.
import { line267, T } from './helpers.mjs';

/** One item: the plan's words at `line` (or the part of that line given), with our translation. */
const item = (id, line, en, extra = {}) => {
  const vi = line267(line, extra.part);
  return {
    id,
    line,
    text: T(vi, en),
    sources: ['seed:002'],
    quote: { 'seed:002': vi },
    ...(extra.indicators ? { indicators: extra.indicators } : {}),
    ...(extra.map ? { map: extra.map } : {}),
  };
};
const group = (id, line, vi, en, items) => ({ id, line, title: T(vi, en), items });

const NOT_PLACED = T(
  'Không vẽ: chưa nguồn nào cho vị trí; chỉ liệt kê.',
  'Not drawn: no source gives a place for it; listed only.',
);

export const plan267 = [
  group('goals', 41, 'Mục tiêu phát triển chung', 'General development goals', [
    item(
      'goal-growth-pole',
      41,
      'To make Lạng Sơn a border province with a developed economy, a stable society, assured defence, security and ecological environment, one of the growth poles of the Northern Midlands and Mountains region by 2030, and a fairly developed province by 2035; a hub of economic and trade links between Viet Nam, the ASEAN countries, China and Europe.',
      {
        part: 'Xây dựng Lạng Sơn trở thành tỉnh biên giới có kinh tế phát triển, xã hội ổn định, quốc phòng, an ninh, môi trường sinh thái được bảo đảm, là một trong các cực tăng trưởng của vùng Trung du và miền núi phía Bắc vào năm 2030, trở thành tỉnh phát triển khá vào năm 2035; là trung tâm kết nối kinh tế, thương mại giữa Việt Nam, các nước ASEAN, Trung Quốc và châu Âu.',
      },
    ),
    item(
      'goal-structure',
      41,
      'The economy shifts strongly towards industry, services and tourism as the main drivers of growth; agriculture moves to commodity farm and forest production, linked to concentrated production areas, value chains and technology, with high efficiency.',
      {
        part: 'Cơ cấu kinh tế của tỉnh chuyển dịch mạnh theo hướng các ngành công nghiệp, dịch vụ, du lịch trở thành động lực tăng trưởng chính, ngành nông nghiệp phát triển theo hướng sản xuất nông - lâm sản hàng hóa, được liên kết với tổ chức không gian sản xuất tập trung, phát triển theo chuỗi giá trị, ứng dụng công nghệ, hiệu quả cao.',
      },
    ),
    item(
      'goal-society',
      41,
      'Culture and society develop comprehensively; people’s material and spiritual life and living environment keep improving.',
      {
        part: 'Các lĩnh vực văn hóa, xã hội phát triển toàn diện, đời sống vật chất, tinh thần và môi trường sống của Nhân dân không ngừng được cải thiện.',
      },
    ),
    item(
      'goal-digital',
      41,
      'Infrastructure develops in step, urban areas are modern, human resources of ever higher quality, and digital transformation is effective on all four pillars: digital government, digital economy, digital society and digital border gates.',
      {
        part: 'Hệ thống kết cấu hạ tầng phát triển đồng bộ, hệ thống đô thị hiện đại, nguồn nhân lực chất lượng ngày càng cao và thực hiện chuyển đổi số hiệu quả trên cả bốn trụ cột: Chính phủ số, kinh tế số, xã hội số và cửa khẩu số.',
      },
    ),
    item(
      'goal-environment',
      41,
      'Better environmental protection, halting the loss of biodiversity, an effective response to climate change, meeting the sustainable development goals.',
      {
        part: 'Chất lượng công tác bảo vệ môi trường, ngăn chặn sự suy giảm đa dạng sinh học được nâng cao, ứng phó hiệu quả với biến đổi khí hậu, đạt được các mục tiêu phát triển bền vững.',
      },
    ),
  ]),
  group('vision', 43, 'Tầm nhìn đến năm 2050', 'Vision to 2050', [
    item(
      'vision-economy',
      43,
      'By 2050 Lạng Sơn has a modern, dynamic economy, integrated modern infrastructure well connected to the region and the world, modern, green, smart, safe and efficient border gates; an important hub between South-East Asia, Viet Nam and China, Central Asia and Europe.',
      {
        part: 'Đến năm 2050, Lạng Sơn có nền kinh tế hiện đại, năng động, có hệ thống kết cấu hạ tầng đồng bộ, hiện đại kết nối vùng, quốc tế hiệu quả, hệ thống cửa khẩu hiện đại, xanh, thông minh, an toàn, hiệu quả; là trung tâm kết nối quan trọng giữa các nước Đông Nam Á, Việt Nam với Trung Quốc, Trung Á và châu Âu.',
      },
    ),
    item(
      'vision-green',
      43,
      'Lạng Sơn becomes a GREEN land attractive to foreign investment, above all in clean energy, agriculture, industry and tourism.',
      {
        part: 'Lạng Sơn trở thành vùng đất XANH hấp dẫn đầu tư nước ngoài vào các lĩnh vực, đặc biệt là năng lượng sạch, nông nghiệp, công nghiệp và du lịch.',
      },
    ),
    item(
      'vision-farm-hub',
      43,
      'Lạng Sơn plays an important part in the national brand of Vietnamese farm produce and is an important hub for moving high-quality farm produce and goods of Viet Nam and South-East Asia to regional and world markets.',
      {
        part: 'Lạng Sơn đóng vai trò quan trọng trong việc xác định thương hiệu quốc gia của nông sản Việt Nam và là trung tâm quan trọng trung chuyển nông sản, hàng hóa chất lượng cao của Việt Nam và các nước Đông Nam Á đến thị trường khu vực và thế giới.',
      },
    ),
    item(
      'vision-structure',
      43,
      'Industry and services, above all trade, tourism, logistics and transport, take a large share of the economy.',
      {
        part: 'Cơ cấu kinh tế của tỉnh chuyển dịch theo hướng lĩnh vực công nghiệp, dịch vụ, nhất là dịch vụ thương mại, du lịch, logistics và vận tải chiếm tỷ trọng lớn.',
      },
    ),
    item(
      'vision-culture',
      43,
      'Traditional cultural values are preserved and promoted, contributing substantially to local development.',
      {
        part: 'Các giá trị văn hóa truyền thống được bảo tồn, gìn giữ, phát huy hiệu quả, đóng góp đáng kể vào phát triển kinh tế - xã hội của địa phương.',
      },
    ),
    item(
      'vision-security',
      43,
      'The environment is protected; social security is ensured; public order, border security and national sovereignty are firmly ensured.',
      {
        part: 'Môi trường sinh thái được bảo vệ; an sinh xã hội của người dân được bảo đảm; trật tự an toàn xã hội, an ninh biên giới, chủ quyền quốc gia được bảo đảm vững chắc.',
      },
    ),
  ]),
  group('economy', 47, '2.1. Về kinh tế', '2.1 Economy', [
    item('grdp', 49, 'GRDP reaches about VND 111,100 billion by 2030.'),
    item('grdp-growth', 51, 'Average annual GRDP growth of 10–11% in 2026–2030.', {
      indicators: ['grdp-growth'],
    }),
    item(
      'grdp-structure',
      53,
      'GRDP structure by 2030: agriculture, forestry and fishery 14–15%; industry and construction 32–33%; services 49–50%; product taxes less subsidies 3–4%.',
      { indicators: ['share-agriculture', 'share-industry', 'share-services'] },
    ),
    item('grdp-per-capita', 55, 'GRDP per head about VND 130 million by 2030, about US$5,000.', {
      indicators: ['grdp-per-capita'],
    }),
    item('digital-economy', 57, 'By 2030 the digital economy is over 30% of GRDP.'),
    item('domestic-revenue', 59, 'Domestic revenue grows by 10% a year or more on average.'),
    item('social-investment', 61, 'Total social investment over 2026–2030 about VND 250–270 trillion.'),
    item('investment-ratio', 63, 'By 2030 investment realised in the province is about 50–51% of GRDP.'),
    item(
      'tourism',
      65,
      'About 6,000,000 tourist visits by 2030; tourism revenue of VND 10,000 billion or more.',
      { indicators: ['tourists', 'tourism-revenue'] },
    ),
    item('exports', 67, 'Exports of local goods grow by 10–11% a year on average.'),
  ]),
  group('infrastructure', 69, '2.2. Về kết cấu hạ tầng', '2.2 Infrastructure', [
    item(
      'electricity',
      71,
      '100% of households have electricity; the planned and approved power sources, transmission and distribution grids are completed and in use.',
    ),
    item('urbanisation', 73, 'Urbanisation rate about 40% by 2030.'),
    item(
      'online-services',
      75,
      '100% of provincial-level and about 90% of commune-level administrative files are handled online.',
    ),
  ]),
  group('society', 77, '2.3. Về xã hội', '2.3 Society', [
    item('population', 79, 'Population about 854–856 thousand by 2030.'),
    item(
      'life-expectancy',
      81,
      'Life expectancy at birth 75.5 years, of which at least 68 years in good health.',
    ),
    item('hdi', 83, 'Human Development Index (HDI) 0.7–0.75.'),
    item('employment', 85, 'About 339,000 people in work.'),
    item(
      'employment-structure',
      87,
      'Employment by sector: agriculture, forestry and fishery 36–37%; industry and construction 24–25%; services 38–39%.',
    ),
    item('training', 89, 'Trained workers 76% or more; trained workers with degrees or certificates 35–40%.'),
    item('unemployment', 91, 'Unemployment about 3–3.5%.'),
    item('productivity', 93, 'Labour productivity over VND 320 million per worker.'),
    item(
      'health',
      94,
      'All communes and wards keep meeting the national commune health criteria; by 2030, 13.5 doctors and 37 hospital beds per 10,000 people, and universal health insurance.',
    ),
    item('schools', 95, 'Over 70% of schools meet national standards.'),
    item('poverty', 96, 'The poverty rate (multidimensional standard 2026–2030) falls by 2 points a year.'),
    item(
      'water',
      97,
      '100% of the urban population supplied with clean water by piped systems; about 80% of the rural population using water that meets the standard.',
    ),
    item('new-rural', 98, '60% of communes recognised as meeting the new-rural standard.'),
    item(
      'roads-housing',
      99,
      'Over 90% of commune roads paved with asphalt or concrete (road classification to the end of 2024); over 95% of villages with a hardened car road to the village centre; 3,000 social-housing units in the province.',
    ),
  ]),
  group('environment', 101, '2.4. Về bảo vệ môi trường', '2.4 Environment', [
    item('forest-cover', 103, 'Forest cover kept at 65%.', { indicators: ['forest-cover'] }),
    item('hazardous-waste', 104, '100% of hazardous waste collected and treated.'),
    item(
      'solid-waste',
      105,
      'Over 99% of urban household solid waste and about 90% of rural household solid waste collected, sorted and treated.',
    ),
    item(
      'wastewater',
      106,
      '100% of operating industrial parks and export-processing zones have central wastewater treatment meeting environmental standards.',
    ),
  ]),
  group(
    'defence',
    108,
    '2.5. Về quốc phòng, an ninh, đối ngoại',
    '2.5 Defence, security, foreign relations',
    [
      item(
        'defence',
        110,
        'Keep building all-people national defence and people’s security and their strong postures.',
      ),
      item('forces', 111, 'Build regular, elite, modern armed forces and police.'),
      item(
        'foreign-relations',
        112,
        'More effective foreign relations and active international integration; a peaceful, friendly, cooperative and developing border area.',
      ),
    ],
  ),
  group('investment', 128, 'Ưu tiên thu hút đầu tư (mục III.2)', 'Investment priorities (section III.2)', [
    item(
      'industry-belt',
      130,
      'Industry: priority to infrastructure of industrial parks, and clusters well connected to the economic corridors along the Bắc Giang – Lạng Sơn expressway, National Highway 4A, the Đồng Đăng – Trà Lĩnh expressway to Cao Bằng and National Highway 4B to Quảng Ninh.',
      {
        part: 'Lĩnh vực công nghiệp: Ưu tiên thu hút đầu tư kết cấu hạ tầng các khu công nghiệp; các cụm công nghiệp có vị trí kết nối thuận tiện kết nối với các tuyến hành lang kinh tế dọc theo cao tốc Bắc Giang - Lạng Sơn, Quốc lộ 4A và cao tốc Đồng Đăng - Trà Lĩnh nối Lạng Sơn với Cao Bằng, Quốc lộ 4B nối Lạng Sơn với Quảng Ninh',
        map: T(
          'Trên bản đồ: các KCN, CCN đã có nguồn (điểm), hai cao tốc và hai hành lang (sơ đồ). Một "vành đai" công nghiệp dọc các tuyến này không vẽ: chưa nguồn nào cho phạm vi.',
          'On the map: the sourced industrial parks and clusters (points), the two expressways and the two corridors (schematic). No industry "belt" along these roads is drawn: no source gives its extent.',
        ),
      },
    ),
    item('renewables', 130, 'Renewable energy projects, above all wind power.', {
      part: 'các dự án phát triển năng lượng tái tạo, đặc biệt là điện gió',
      map: T(
        'Trên bản đồ: lớp dự án điện gió (đề xuất).',
        'On the map: the wind projects layer (proposals).',
      ),
    }),
    item(
      'services',
      132,
      'Services: priority to border-gate trade and services; tourism; transport, warehousing and logistics; high-quality health care.',
      {
        part: 'Lĩnh vực dịch vụ: Ưu tiên thu hút các dự án thương mại và dịch vụ kinh tế cửa khẩu; du lịch; dịch vụ vận tải, kho bãi, logistics; dịch vụ y tế theo hướng chất lượng cao, văn minh, hiện đại.',
        map: T(
          'Trên bản đồ: cửa khẩu, logistics, du lịch (các điểm đã có nguồn).',
          'On the map: border gates, logistics, tourism (the sourced sites).',
        ),
      },
    ),
    item('mau-son', 132, 'Finish the technical infrastructure of the Mẫu Sơn national tourist area.', {
      part: 'Hoàn thành đầu tư đồng bộ cơ sở hạ tầng kỹ thuật của Khu du lịch quốc gia Mẫu Sơn.',
      map: T('Trên bản đồ: lớp du lịch.', 'On the map: the tourism layer.'),
    }),
    item(
      'agriculture-zones',
      134,
      'Agriculture, forestry and fishery: projects for high-tech agriculture, forestry and fishery zones.',
      {
        part: 'các dự án đầu tư khu nông nghiệp, lâm nghiệp, thủy sản ứng dụng công nghệ cao',
        map: NOT_PLACED,
      },
    ),
    item(
      'urban-infrastructure',
      136,
      'Urban infrastructure: new urban and residential areas with their essential utilities (water, power, cemeteries, waste and wastewater treatment).',
      {
        part: 'Lĩnh vực hạ tầng đô thị: Ưu tiên thu hút đầu tư đồng bộ kết cấu hạ tầng, tập trung vào các khu đô thị, khu dân cư mới gắn với xây dựng cơ sở hạ tầng thiết yếu như cấp nước, cấp điện, nghĩa trang, xử lý chất thải và nước thải',
        map: T(
          'Không vẽ khu đô thị mới nào: chưa nguồn nào cho vị trí. Trên bản đồ chỉ có 17 đô thị của quy hoạch (điểm).',
          'No new urban area is drawn: no source places one. The map shows only the plan’s 17 urban areas (points).',
        ),
      },
    ),
    item(
      'gate-warehouses',
      138,
      'At the Đồng Đăng – Lạng Sơn border-gate economic zone and the gates: large warehouses of many kinds for import and export goods at the gates.',
      {
        part: 'Tập trung thu hút và mở rộng các dự án phát triển các kho bãi có sức chứa lớn, đa dạng về công năng tùy theo đặc tính thương phẩm và quy trình lưu thông của hàng hóa xuất nhập khẩu tại các cửa khẩu.',
        map: NOT_PLACED,
      },
    ),
    item('smart-gate', 138, 'Finish the pilot smart border gate and put it into operation.', {
      part: 'Tập trung hoàn thành đầu tư thí điểm và vận hành cửa khẩu thông minh.',
      map: T('Trên bản đồ: lớp cửa khẩu.', 'On the map: the border gates layer.'),
    }),
    item('free-trade-zone', 138, 'Study a free-trade zone / cross-border economic cooperation zone.', {
      part: 'Nghiên cứu xây dựng khu thương mại tự do/khu hợp tác kinh tế qua biên giới.',
      map: NOT_PLACED,
    }),
  ]),
];
