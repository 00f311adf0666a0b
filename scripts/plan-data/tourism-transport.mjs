// The geopark and its sites, tourist areas (research §8–§10) and key transport projects (§11).
import { at, fact, range, T } from './helpers.mjs';

const GEOPARK = ['S71', 'S72', 'S73', 'S75', 'S82'];
const geoparkDesignation = fact(
  'legal_basis',
  T(
    'UNESCO công nhận chính thức 17/4/2025 (kỳ họp 221 Hội đồng Chấp hành)',
    'Formally designated by UNESCO on 17 Apr 2025 (221st Executive Board)',
  ),
  ['S82'],
  { date: '2025-04-17' },
);
const geoparkFacts = [
  fact('area_km2', 4842.58, ['S71', 'S74'], {
    unit: 'km²',
    quote: {
      S74: 'CVĐC Lạng Sơn có phạm vi thuộc 08 huyện, thành phố của tỉnh Lạng Sơn, với tổng diện tích 4.842,58 km2 và dân số gần 627.000 người, tương ứng khoảng 58% diện tích và 78% dân số toàn tỉnh',
    },
  }),
  fact(
    'other',
    T(
      'Khoảng 627.000 dân; khoảng 58% diện tích và 78% dân số tỉnh',
      'About 627,000 people; about 58% of the province’s area and 78% of its people',
    ),
    ['S71', 'S76'],
  ),
  geoparkDesignation,
  fact(
    'timeline',
    T(
      'Thành lập 2021 (5 huyện); mở rộng 8 đơn vị 2023; Hội đồng CVĐC toàn cầu biểu quyết 8/9/2024; nhận danh hiệu 28/6/2025',
      'Set up 2021 (5 districts); extended to 8 units 2023; Global Geoparks Council vote 8 Sep 2024; certificate received 28 Jun 2025',
    ),
    ['S77', 'S76', 'S73', 'S81', 'S75'],
  ),
  fact('other', T('38 điểm tham quan trên 4 tuyến', '38 tourist sites on 4 routes'), ['S73', 'S80'], {
    note: T(
      'số điểm di sản địa chất chính thức chưa có trong nguồn',
      'the official number of geosites is not in our sources',
    ),
  }),
  fact('area_km2', 5000, ['S75'], {
    unit: 'km²',
    qualifier: 'nearly',
    quote: { S75: 'CÔNG VIÊN ĐỊA CHẤT CÓ DIỆN TÍCH GẦN 5 NGHÌN KM2' },
    note: T(
      '"gần 5 nghìn km²" (phát biểu tại lễ đón danh hiệu 2025)',
      '"nearly 5,000 km²" (speech at the 2025 ceremony)',
    ),
  }),
  fact(
    'other',
    T(
      'Năm 2021 (5 huyện Bắc Sơn, Bình Gia, Chi Lăng, Hữu Lũng, Văn Quan): hơn 3.800 km², 375.656 dân',
      'In 2021 (5 districts: Bắc Sơn, Bình Gia, Chi Lăng, Hữu Lũng, Văn Quan): over 3,800 km², 375,656 people',
    ),
    ['S77'],
    { date: '2021' },
  ),
  fact(
    'timeline',
    T(
      'Hoàn thành hồ sơ 30/11/2023; đoàn chuyên gia UNESCO khảo sát 6–9/7/2024 (26/38 điểm)',
      'Dossier finished 30 Nov 2023; UNESCO field mission 6–9 Jul 2024 (26 of 38 sites)',
    ),
    ['S79', 'S80'],
  ),
  fact(
    'other',
    T(
      '24 thành hệ địa chất, 15 thành hệ được xác lập lần đầu tại Lạng Sơn; khoảng 200 hang động',
      '24 geological formations, 15 first defined in Lạng Sơn; about 200 caves',
    ),
    ['S71', 'S81'],
  ),
  fact(
    'other',
    T(
      'Công viên địa chất toàn cầu UNESCO thứ 4 của Việt Nam (sau Đồng Văn, Non nước Cao Bằng, Đắk Nông); một trong 16 công viên mới năm 2025, nâng tổng số lên 229 tại 50 nước',
      'Viet Nam’s 4th UNESCO Global Geopark (after Đồng Văn, Non nước Cao Bằng and Đắk Nông); one of 16 new geoparks in 2025, making 229 in 50 countries',
    ),
    ['S75', 'S82'],
  ),
  fact('other', T('3 trung tâm thông tin', '3 information centres'), ['S84']),
  fact('area_ha', 8200, ['S79'], {
    unit: 'ha',
    qualifier: 'over',
    quote: {
      S79: 'Lang Son Geopark boasts a rich ecosystem, particularly in the Huu Lien Nature Reserve, which covers over 8,200 hectares.',
    },
    note: T(
      'Khu bảo tồn thiên nhiên Hữu Liên trong công viên',
      'Hữu Liên Nature Reserve, inside the geopark',
    ),
  }),
];

/** The former district-level units the sources name as wholly inside the geopark. */
const GEOPARK_WHOLE = ['Bắc Sơn', 'Chi Lăng', 'Hữu Lũng', 'Văn Quan', 'Lộc Bình', 'Lạng Sơn'];

const S104_HN_CL =
  'The expressway will have a total length of 59.87km, including 43.43km of the Huu Nghi border gate – Chi Lang section, and a 16.44km section connecting Tan Thanh with Coc Nam border gates.';
const S111_BG_LS =
  'The four-lane expressway is 64 kilometers long, 25 meters wide, has a designed speed of 100 km per hour, and runs parallel to a strip on the existing National Highway 1A';
const S100_DD_TL =
  'The Dong Dang - Tra Linh expressway project has a total length of 121 km, a total investment of 25,550 billion VND in PPP form, implemented by Deo Ca Group and partners.';
const S101_DEO_CA =
  'Dong Dang - Tra Linh expressway has 121km long, in which, about 52km is in Lang Son province and 63km in Cao Bang.';
const S114_RAIL =
  'Of which, Hanoi – Dong Dang railway has a total length of 156 kilometers with a total expected investment of about US$6 billion.';

export const geopark = {
  title: T('Công viên địa chất', 'Geopark'),
  features: [
    {
      id: 'geopark-lang-son',
      name: T('Công viên địa chất toàn cầu UNESCO Lạng Sơn', 'Lạng Sơn UNESCO Global Geopark'),
      kind: 'geopark',
      status: 'operating',
      status_date: '2025-04-17',
      phase: 'existing',
      summary: T(
        'Toàn bộ Bắc Sơn, Chi Lăng, Hữu Lũng, Văn Quan, Lộc Bình và TP Lạng Sơn, cùng một phần Bình Gia và Cao Lộc; công viên địa chất toàn cầu thứ 4 của Việt Nam.',
        'All of Bắc Sơn, Chi Lăng, Hữu Lũng, Văn Quan, Lộc Bình and Lạng Sơn city, plus parts of Bình Gia and Cao Lộc; Viet Nam’s 4th UNESCO Global Geopark.',
      ),
      location_pre2025:
        'Bắc Sơn, Chi Lăng, Hữu Lũng, Văn Quan, Lộc Bình, TP Lạng Sơn; một phần Bình Gia và Cao Lộc',
      geometry: at.districts(...GEOPARK_WHOLE),
      accuracy_note: ({ areaKm2 }, n) =>
        T(
          `Gần đúng: phần diện tích tỉnh gần các điểm xã 2025 được lập từ 6 đơn vị cấp huyện cũ mà nguồn nêu là nằm trọn trong công viên (ô Voronoi quanh điểm xã của Open Admin Data, cắt theo ranh giới tỉnh ODM); chưa có ranh giới huyện với giấy phép mở. Mép vùng có thể lệch vài km; xã được lập từ hai huyện cũ tính vào cả hai. Phần thuộc Bình Gia và Cao Lộc vẽ riêng. Hình này rộng khoảng ${n(areaKm2, 'vi')} km² (phép tính của chúng tôi, không phải số liệu nguồn).`,
          `Approximate: the part of the province nearest to the 2025 commune points formed from the 6 former district-level units the sources name as wholly inside (Voronoi cells around the Open Admin Data commune points, clipped to the ODM province boundary); no openly licensed district boundaries are at hand. Edges may be off by several km; a commune formed from two former districts counts for both. The Bình Gia and Cao Lộc parts are drawn separately. This shape covers about ${n(areaKm2, 'en')} km² (our arithmetic, not a sourced figure).`,
        ),
      facts: geoparkFacts,
      sources: GEOPARK,
    },
    ...[
      ['binh-gia', 'Bình Gia'],
      ['cao-loc', 'Cao Lộc'],
    ].map(([slug, d]) => ({
      id: `geopark-part-${slug}`,
      name: T(`Công viên địa chất – phần thuộc ${d}`, `Geopark – the ${d} part`),
      kind: 'geopark',
      status: 'operating',
      status_date: '2025-04-17',
      phase: 'existing',
      summary: T(
        `Một phần huyện ${d} cũ thuộc công viên địa chất.`,
        `Part of the former ${d} district lies in the geopark.`,
      ),
      location_pre2025: `Một phần huyện ${d}`,
      geometry: at.districtOutline(d, GEOPARK_WHOLE),
      accuracy_note: T(
        `Vẽ gần đúng cả huyện ${d} cũ (ô Voronoi quanh các điểm xã 2025 được lập từ huyện này, trừ phần đã vẽ ở hình chính) để chỉ ra khu vực; phần thật sự thuộc công viên nhỏ hơn.`,
        `The whole former ${d} district is drawn, approximately (Voronoi cells around the 2025 commune points formed from it, less what the main shape covers), to show the area; the part actually in the geopark is smaller.`,
      ),
      provisional: true,
      provisional_note: T(
        `Nguồn chỉ nói "một phần ${d}": phạm vi phần này chưa rõ.`,
        `The sources only say "part of ${d}": the extent of this part is unknown.`,
      ),
      facts: [geoparkDesignation],
      sources: ['S71', 'S72', 'S73', 'S82'],
    })),
  ],
};

/**
 * A site at its 2025 commune's point. `how` says how the commune was told: 'named' (the source names
 * the old commune) or an explanation (T) of the inference; only a named commune goes in commune_2025.
 */
const site = (id, vi, en, commune, old, summary, sources, how = 'named') => ({
  id,
  name: T(vi, en),
  kind: 'geosite',
  status: 'operating',
  status_date: '2025-04-17',
  phase: 'existing',
  summary,
  location_pre2025: old,
  ...(how === 'named' ? { commune_2025: [commune] } : {}),
  geometry: at.communes(commune),
  ...(how === 'named'
    ? {}
    : {
        accuracy: 'schematic',
        accuracy_note: T(
          `Đặt tại điểm xã/phường ${commune} (2025); ${how.vi} Sai số có thể vài km.`,
          `Placed at the ${commune} commune/ward point (2025); ${how.en} May be off by several km.`,
        ),
      }),
  // The site's status is the geopark's: a place the sources name as one of its sites.
  facts: [
    fact(
      'status_detail',
      T(
        'Thuộc Công viên địa chất toàn cầu UNESCO Lạng Sơn, được công nhận 17/4/2025',
        'Part of the Lạng Sơn UNESCO Global Geopark, designated 17 Apr 2025',
      ),
      [...sources, 'S82'],
      { date: '2025-04-17' },
    ),
  ],
  sources: [...sources, 'S82'],
});

export const geosites = {
  title: T('Điểm di sản công viên địa chất', 'Geopark sites'),
  description: T(
    'Chỉ các điểm được báo chí nêu và biết được xã (hoặc suy ra từ tên, có ghi rõ). Không vẽ (chưa rõ xã): trạm dừng Hoa Hồi (Chi Lăng), hang Thẩm Khuyên (Bình Gia), đền Bắc Lệ, hang Keng Tao. Công viên có 38 điểm tham quan trên 4 tuyến; số điểm di sản chính thức chưa có trong nguồn.',
    'Only sites named in the press whose commune is known (or inferred from the name, as noted). Not drawn (commune unknown): Hoa Hồi rest stop (Chi Lăng), Thẩm Khuyên cave (Bình Gia), Bắc Lệ temple, Keng Tao cave. The geopark has 38 tourist sites on 4 routes; the official number of geosites is not in our sources.',
  ),
  descriptionSources: ['S73', 'S80', 'S85', 'S86'],
  features: [
    site(
      'geosite-vu-le-cambrian',
      'Điểm hoá thạch kỷ Cambri Vũ Lễ',
      'Vũ Lễ Cambrian site',
      'Vũ Lễ',
      'Xã Vũ Lễ, huyện Bắc Sơn',
      T(
        'Điểm địa chất kỷ Cambri (khoảng 500 triệu năm).',
        'Cambrian geological site (about 500 million years).',
      ),
      ['S71'],
    ),
    site(
      'geosite-thuong-cuong-devonian',
      'Hoá thạch kỷ Devon Thượng Cường',
      'Thượng Cường Devonian fossils',
      'Bằng Mạc',
      'Xã Thượng Cường, huyện Chi Lăng',
      T('Hoá thạch kỷ Devon (khoảng 420 triệu năm).', 'Devonian fossils (about 420 million years).'),
      ['S71'],
    ),
    site(
      'geosite-na-duong-basin',
      'Bồn trũng Na Dương',
      'Na Dương basin',
      'Na Dương',
      'Huyện Lộc Bình',
      T('Hoá thạch thế Eocen, khoảng 40 triệu năm.', 'Eocene fossils, about 40 million years old.'),
      ['S71', 'S85'],
      T(
        'nguồn chỉ nêu "trũng Na Dương, huyện Lộc Bình" — SUY LUẬN từ tên: xã Na Dương, nơi có thị trấn Na Dương cũ; bồn trũng rộng hơn một điểm.',
        'the sources say only "Na Dương basin, Lộc Bình district" — INFERENCE from the name: Na Dương commune, home of the former Na Dương town; the basin is wider than a point.',
      ),
    ),
    site(
      'geosite-tam-thanh-pagoda',
      'Chùa Tam Thanh',
      'Tam Thanh pagoda',
      'Tam Thanh',
      'TP Lạng Sơn',
      // "In a limestone cave" is in none of our sources: not said.
      T('Điểm tham quan trong công viên địa chất.', 'A site of the geopark.'),
      ['S85'],
      T(
        'nguồn chỉ nêu "thành phố Lạng Sơn" — SUY LUẬN từ tên: phường Tam Thanh.',
        'the source says only "Lạng Sơn city" — INFERENCE from the name: Tam Thanh ward.',
      ),
    ),
    site(
      'geosite-yen-thinh-valley',
      'Thung lũng Yên Thịnh',
      'Yên Thịnh valley',
      'Hữu Liên',
      'Xã Yên Thịnh, huyện Hữu Lũng',
      T('Điểm tham quan trong công viên địa chất.', 'A site of the geopark.'),
      ['S86'],
    ),
  ],
};

export const tourism = {
  title: T('Du lịch', 'Tourism'),
  features: [
    {
      id: 'tourism-mau-son',
      name: T('Khu du lịch quốc gia Mẫu Sơn', 'Mẫu Sơn national tourist area'),
      kind: 'tourism',
      status: 'planned',
      phase: '2030',
      summary: T(
        'Khu du lịch núi cao trên biên giới, cách TP Lạng Sơn khoảng 30 km về phía đông; khu nghỉ dưỡng của người Pháp từ năm 1935.',
        'Mountain resort area on the border, about 30 km east of Lạng Sơn city; a French resort since 1935.',
      ),
      location_pre2025: 'Xã Mẫu Sơn, Công Sơn (Cao Lộc); xã Mẫu Sơn (Lộc Bình)',
      commune_2025: ['Ba Sơn', 'Công Sơn', 'Mẫu Sơn'],
      geometry: at.point(106.96667, 21.85, 'S93'),
      accuracy_note: T(
        'Toạ độ khối núi Mẫu Sơn trên GeoNames (1574778); phạm vi khu du lịch không vẽ.',
        'Coordinates of the Mẫu Sơn massif on GeoNames (1574778); the tourist area’s extent is not drawn.',
      ),
      facts: [
        fact(
          'legal_basis',
          T(
            'QĐ 240/QĐ-TTg ngày 20/2/2017: quy hoạch tổng thể',
            'Decision 240/QĐ-TTg of 20 Feb 2017: master plan',
          ),
          ['S87', 'S88'],
          { date: '2017-02-20' },
        ),
        fact('area_ha', 1500, ['S87', 'S88'], {
          unit: 'ha',
          note: T('khu lõi (QĐ 240/2017)', 'core zone (Decision 240/2017)'),
          quote: {
            S88: 'the core zone of the tourism area will encompass 1,500 hectares in Mau Son commune (Loc Binh district), Mau Son and Cong Son communes (Cao Loc district).',
          },
        }),
        fact('area_ha', 14964, ['S89', 'S91'], {
          unit: 'ha',
          qualifier: 'about',
          note: T('phạm vi nhiệm vụ quy hoạch đến 2040', 'area of the planning task to 2040'),
          quote: {
            S89: 'Total area of the plan is about 14,964ha.',
            S91: 'with a total area of around 14,964ha.',
          },
        }),
        // The ranges are VNA's wording (S91); VietnamPlus (S89) gives "about 1 million" and "about 2 million".
        fact('visitors', range(800000, 1000000), ['S91'], {
          unit: 'visitors',
          date: '2030',
          note: T('mỗi năm, mục tiêu', 'per year, target'),
          quote: {
            S91: 'The site is hoped to attract 800,000 – 1 million visitors a year by 2030 and 1.5-2 million visitors by 2040.',
          },
        }),
        fact('visitors', range(1500000, 2000000), ['S91'], {
          unit: 'visitors',
          date: '2040',
          note: T('mỗi năm, mục tiêu', 'per year, target'),
          quote: {
            S91: 'The site is hoped to attract 800,000 – 1 million visitors a year by 2030 and 1.5-2 million visitors by 2040.',
          },
        }),
        fact('visitors', 800000, ['S87', 'S88'], {
          unit: 'visitors',
          date: '2025',
          note: T('mục tiêu của QĐ 240/2017', 'target of Decision 240/2017'),
          quote: {
            S88: 'The tourism zone expects to welcome 800,000 visitors in 2025 and one million in 2030 with 50,000 foreigners.',
          },
        }),
        fact('visitors', 1000000, ['S87', 'S88'], {
          unit: 'visitors',
          date: '2030',
          quote: {
            S88: 'The tourism zone expects to welcome 800,000 visitors in 2025 and one million in 2030 with 50,000 foreigners.',
          },
          note: T(
            'mục tiêu của QĐ 240/2017, trong đó 50.000 khách quốc tế',
            'target of Decision 240/2017, of which 50,000 international',
          ),
        }),
        fact(
          'other',
          T(
            'Doanh thu hơn 3,4 nghìn tỷ đồng (mục tiêu QĐ 240/2017)',
            'Revenue over VND 3.4 trillion (target of Decision 240/2017)',
          ),
          ['S87', 'S88'],
        ),
        fact(
          'other',
          T(
            'Dân số khu vực: 12–15 nghìn (2030), 20–30 nghìn (2040); 80 đỉnh núi cao 800–1.000 m',
            'Population of the area: 12–15 thousand (2030), 20–30 thousand (2040); 80 peaks of 800–1,000 m',
          ),
          ['S91'],
          {
            quote: {
              S91: [
                'The population in the site is projected to reach 12,000 – 15,000 in 2030 and 20,000-30,000 in 2040.',
                'The mountain range comprises of 80 mountain peaks between 800-1,000 m high.',
              ],
            },
          },
        ),
        fact(
          'other',
          T(
            'Độ cao 1.541 m (QĐ 240); GeoNames ghi 1.600 m',
            'Altitude 1,541 m (Decision 240); GeoNames says 1,600 m',
          ),
          ['S87', 'S93'],
        ),
        fact(
          'status_detail',
          T(
            'Đã có quy hoạch tổng thể (2017) và nhiệm vụ quy hoạch đến 2040; việc đã được công nhận chính thức là khu du lịch quốc gia hay chưa: chưa rõ. KH 267: hoàn thành hạ tầng kỹ thuật của khu',
            'Has a master plan (2017) and planning tasks to 2040; whether it is formally recognised as a national tourist area: unknown. Plan 267: finish its technical infrastructure',
          ),
          ['S87', 'S89', 'S92', 'seed:002'],
        ),
      ],
      sources: ['S87', 'S88', 'S89', 'S91', 'S93', 'seed:002'],
    },
    {
      id: 'tourism-quynh-son',
      name: T('Làng du lịch cộng đồng Quỳnh Sơn', 'Quỳnh Sơn community tourism village'),
      kind: 'tourism',
      status: 'operating',
      status_date: '2025-10-17',
      phase: 'existing',
      summary: T(
        'Làng Tày hơn 400 nhà sàn trong Khu di tích quốc gia Khởi nghĩa Bắc Sơn; "Làng du lịch tốt nhất" năm 2025 của UN Tourism.',
        'A Tày village of over 400 stilt houses in the Bắc Sơn Uprising national historic site; a UN Tourism "Best Tourism Village" of 2025.',
      ),
      location_pre2025: 'Huyện Bắc Sơn',
      commune_2025: ['Bắc Sơn'],
      geometry: at.communes('Bắc Sơn'),
      // The commune point is about 12 km from Bắc Sơn town: a mark for the commune, not the village.
      accuracy: 'schematic',
      accuracy_note: T(
        'Sơ đồ: đặt tại điểm đại diện xã Bắc Sơn (2025), xã có làng Quỳnh Sơn; toạ độ riêng của làng chưa có. Điểm này cách thị trấn Bắc Sơn cũ khoảng 12 km; làng có thể ở xa điểm này nhiều km.',
        'Schematic: placed at the representative point of Bắc Sơn commune (2025), where Quỳnh Sơn village lies; the village’s own coordinates are not known. The point is about 12 km from the former Bắc Sơn town; the village may be many km away.',
      ),
      facts: [
        fact(
          'other',
          T(
            'UN Tourism công bố 17/10/2025 (52 làng từ khoảng 270 hồ sơ)',
            'Announced by UN Tourism on 17 Oct 2025 (52 villages from about 270 applications)',
          ),
          ['S96', 'S98'],
          {
            date: '2025-10-17',
          },
        ),
        fact('other', T('Hơn 400 hộ, khoảng 1.800 người', 'Over 400 households, about 1,800 people'), [
          'S97',
        ]),
        fact(
          'other',
          T(
            'Hơn 400 nhà sàn, đều hướng nam; hơn 90% người Tày',
            'Over 400 stilt houses, all facing south; over 90% Tày',
          ),
          ['S99'],
        ),
        fact(
          'location',
          T('Cách TP Lạng Sơn khoảng 80 km về phía tây', 'About 80 km west of Lạng Sơn city'),
          ['S97'],
        ),
        fact(
          'timeline',
          T(
            'Trao danh hiệu tại địa phương 7/11/2025, trong Lễ hội mùa vàng Bắc Sơn',
            'Award presented locally on 7 Nov 2025 at the Bắc Sơn golden-rice festival',
          ),
          ['S98'],
          { date: '2025-11-07' },
        ),
      ],
      sources: ['S94', 'S95', 'S96', 'S98', 'seed:000'],
    },
  ],
};

export const transport = {
  title: T('Giao thông trọng điểm', 'Key transport projects'),
  features: [
    {
      id: 'expressway-huu-nghi-chi-lang',
      name: T('Cao tốc cửa khẩu Hữu Nghị – Chi Lăng', 'Hữu Nghị border gate – Chi Lăng expressway'),
      kind: 'expressway',
      // The latest dated sources (20 Feb 2026): under construction, 50 km open to technical traffic.
      // Nothing stored after that says whether it has been finished (the target was Sep 2026).
      status: 'under_construction',
      status_date: '2026-02-20',
      phase: '2030',
      summary: T(
        'Đoạn cuối của cao tốc Bắc – Nam phía Đông, nối cửa khẩu Hữu Nghị với Chi Lăng, kèm nhánh Tân Thanh – Cốc Nam; đi qua Chi Lăng, Cao Lộc, Văn Lãng và TP Lạng Sơn.',
        'The last section of the eastern North–South expressway, from Hữu Nghị gate to Chi Lăng, with a Tân Thanh – Cốc Nam link; through Chi Lăng, Cao Lộc, Văn Lãng and Lạng Sơn city.',
      ),
      geometry: at.line('Chi Lăng', { point: [106.7112, 21.97515], via: 'S35' }),
      accuracy: 'schematic',
      accuracy_note: T(
        'Sơ đồ: đường thẳng từ thị trấn Chi Lăng (GeoNames) đến cửa khẩu Hữu Nghị (GeoNames), chỉ nối hai đầu tuyến. Hướng tuyến thật khác. Nhánh Tân Thanh – Cốc Nam không vẽ (vị trí Cốc Nam chưa có).',
        'Schematic: a straight line from Chi Lăng town (GeoNames) to Hữu Nghị gate (GeoNames), joining the two ends only. The real alignment differs. The Tân Thanh – Cốc Nam link is not drawn (Cốc Nam has no position in our sources).',
      ),
      facts: [
        fact('length_km', 59.87, ['S104', 'S105'], {
          unit: 'km',
          quote: { S104: S104_HN_CL },
          note: T(
            '43,43 km Hữu Nghị – Chi Lăng + 16,44 km Tân Thanh – Cốc Nam',
            '43.43 km Hữu Nghị – Chi Lăng + 16.44 km Tân Thanh – Cốc Nam',
          ),
        }),
        fact('capital', 11024, ['S106'], {
          unit: 'bn VND',
          quote: {
            S106: 'The project has a length of 43 kilometers and a total investment of VND11,024 billion (US$444 million), including VND3,500 billion (US$141 million) from the central budget and more than VND2,000 billion (US$80.6 million) from the local budget.',
          },
          note: T(
            'tổng; 3.500 tỷ ngân sách trung ương và hơn 2.000 tỷ ngân sách địa phương',
            'total; 3,500 bn central and over 2,000 bn local budget',
          ),
        }),
        fact('capital', 460.8, ['S104'], {
          unit: 'm USD',
          quote: {
            S104: 'The project will have a total investment capital of 11.19 trillion VND (460.8 million USD), of which 6.17 trillion VND will be mobilised by its investor.',
          },
          date: '2023-12',
          note: T(
            '11,19 nghìn tỷ đồng khi phê duyệt 12/2023, trong đó 6,17 nghìn tỷ nhà đầu tư huy động',
            'VND 11.19 trillion at the Dec 2023 approval, of which 6.17 trillion raised by the investors',
          ),
        }),
        fact('capital', 5490, ['S105'], {
          unit: 'bn VND',
          quote: {
            S105: 'Its construction is expected to cost VND11.02 trillion (US$433.09 million), of them VND5.49 trillion from the State coffer, and to be completed in 2026.',
          },
          note: T(
            'phần vốn Nhà nước trong tổng 11,02 nghìn tỷ (nguồn khác ghi 3.500 tỷ trung ương + hơn 2.000 tỷ địa phương)',
            'State share of the 11.02 trillion total (another source: 3,500 bn central + over 2,000 bn local)',
          ),
        }),
        fact('capital', 3452.9, ['S109'], {
          unit: 'bn VND',
          date: '2025',
          note: T('vốn đầu tư công giao năm 2025', 'public capital allocated for 2025'),
        }),
        fact(
          'investor',
          'Liên danh Đèo Cả, CTCP Xây dựng 568, Lizen; DN dự án: CTCP Cao tốc Hữu Nghị – Chi Lăng',
          ['S106', 'S108'],
        ),
        fact(
          'form',
          T('PPP – hợp đồng BOT; thu phí 25 năm 8 tháng', 'PPP – BOT contract; tolls for 25 years 8 months'),
          ['S106'],
        ),
        fact('lanes', 6, ['S107'], {
          unit: 'lanes',
          note: T('nền đường 32,25 m', 'roadbed 32.25 m'),
          quote: {
            S107: 'The expressway, with total investment of over VND11 trillion (US$431 million), is designed to have six lanes and a roadbed width of 32.25 meters.',
          },
        }),
        fact(
          'timeline',
          T(
            'Chọn nhà đầu tư 11/4/2024; ký hợp đồng 14/4/2024; khởi công 21/4/2024; thông xe tạm miễn phí Chi Lăng → nút giao QL4B 7/2–1/3/2026; hoàn thành dự kiến 9/2026',
            'Investor selected 11 Apr 2024; contract 14 Apr 2024; groundbreaking 21 Apr 2024; temporary free traffic Chi Lăng → QL4B interchange 7 Feb–1 Mar 2026; completion expected Sep 2026',
          ),
          ['S105', 'S106', 'S108', 'S110'],
          { date: '2026-02' },
        ),
        fact(
          'status_detail',
          T(
            'Đang thi công: khối lượng đạt 63% giá trị hợp đồng, 50 km đã thông xe kỹ thuật',
            'Under construction: 63% of contract value done, 50 km open to technical traffic',
          ),
          ['VNS-EXPWY-2026', 'SGGP-EXPWY-2026'],
          {
            date: '2026-02-20',
            note: T(
              'tin mới nhất có ngày trong nguồn; hoàn thành dự kiến 9/2026 (tin 1/2026) — tuyến đã xong hay chưa sau tháng 2/2026: chưa rõ. Một tin ngắn của Tiền Phong về "khánh thành, thông xe kỹ thuật sáng 19/12" nói về cao tốc Đồng Đăng – Trà Lĩnh, không ghi năm, nên không dùng để ghi tình trạng tuyến này.',
              'the latest dated report in our sources; completion was expected in Sep 2026 (Jan 2026 report) — whether it has been finished since Feb 2026 is unknown. A Tiền Phong teaser about an inauguration "on the morning of 19/12" is about the Đồng Đăng – Trà Lĩnh expressway and shows no year, so it is not used for this road’s status.',
            ),
            quote: {
              'VNS-EXPWY-2026':
                'Contractors have mobilised over 3,200 workers and more than 1,200 machines across 150 construction points, with completed workload reaching 63 per cent of contract value and 50km already opened to technical traffic.',
              'SGGP-EXPWY-2026':
                'including 50 of 59 kilometers on the Huu Nghi–Chi Lang route and 85 of 93 kilometers on the Dong Dang–Tra Linh project.',
            },
          },
        ),
        fact('capital', 11808, ['SGGP-EXPWY-2026'], {
          unit: 'bn VND',
          date: '2026-02-20',
          note: T('tổng mức đầu tư theo tin 2/2026', 'total investment per the Feb 2026 report'),
          quote: { 'SGGP-EXPWY-2026': 'The project has a total investment of VND11,808 billion.' },
        }),
        fact(
          'location',
          T(
            'Qua Chi Lăng, Cao Lộc, Văn Lãng và TP Lạng Sơn',
            'Through Chi Lăng, Cao Lộc, Văn Lãng and Lạng Sơn city',
          ),
          ['S105', 'S106'],
        ),
      ],
      sources: ['S104', 'S105', 'S106', 'S108', 'S110', 'VNS-EXPWY-2026', 'SGGP-EXPWY-2026'],
    },
    {
      id: 'expressway-bac-giang-lang-son',
      name: T('Cao tốc Bắc Giang – Lạng Sơn', 'Bắc Giang – Lạng Sơn expressway'),
      kind: 'expressway',
      status: 'operating',
      status_date: '2020-01-15',
      phase: 'existing',
      summary: T(
        'Một phần của cao tốc Hà Nội – Lạng Sơn (143 km), hoạt động từ 2019–2020.',
        'Part of the 143 km Hà Nội – Lạng Sơn expressway, in service since 2019–2020.',
      ),
      geometry: at.line('Hữu Lũng', 'Chi Lăng'),
      accuracy: 'schematic',
      accuracy_note: T(
        'Sơ đồ, phần trong tỉnh: đường thẳng từ thị trấn Hữu Lũng đến thị trấn Chi Lăng (điểm GeoNames); đoạn từ Hữu Lũng đến ranh giới tỉnh (phía Bắc Giang) không vẽ. Điểm cuối Chi Lăng là SUY LUẬN từ tên cao tốc nối tiếp Hữu Nghị – Chi Lăng. Hướng tuyến thật khác.',
        'Schematic, in-province part: a straight line from Hữu Lũng town to Chi Lăng town (GeoNames points); the stretch from Hữu Lũng to the provincial boundary (Bắc Giang side) is not drawn. The Chi Lăng end is an INFERENCE from the name of the follow-on Hữu Nghị – Chi Lăng expressway. The real alignment differs.',
      ),
      facts: [
        fact('length_km', 64, ['S111', 'S112'], {
          unit: 'km',
          note: T('toàn tuyến', 'whole route'),
          quote: { S111: S111_BG_LS },
        }),
        // VnExpress's opening report (S111) rounds it to "VND12.19 trillion"; the January 2020 one gives it whole.
        fact('capital', 12189, ['S112'], {
          unit: 'bn VND',
          note: T('525,9 triệu USD', 'US$525.9m'),
          quote: {
            S112: 'With a total investment of VND12,189 billion ($525.9 million), the expressway is 25 meters wide with four public lanes and two emergency lanes, and a designed speed of 100 km per hour.',
          },
        }),
        fact('capital', 12200, ['S113'], {
          unit: 'bn VND',
          qualifier: 'nearly',
          quote: {
            S113: 'The Bac Giang – Lang Son Expressway project has a total investment of nearly VND 12.2 trillion.',
          },
          note: T(
            'toàn dự án, gồm cả cải tạo 110 km QL1',
            'whole project, including 110 km of QL1 upgrading',
          ),
        }),
        fact('operator', 'Bac Giang – Lang Son BOT JSC', ['S113']),
        fact('form', T('BOT; thu phí 2020–2037 (17 năm)', 'BOT; tolls 2020–2037 (17 years)'), [
          'S111',
          'S112',
          'S113',
        ]),
        fact('lanes', 4, ['S111', 'S112'], {
          unit: 'lanes',
          note: T('rộng 25 m, 100 km/h', '25 m wide, 100 km/h'),
          quote: { S111: S111_BG_LS },
        }),
        fact(
          'timeline',
          T(
            'Khởi công 10/2015; hoàn thành kỹ thuật, thông xe 29/9/2019',
            'Work began Oct 2015; technically complete and open to traffic 29 Sep 2019',
          ),
          ['S111', 'S112', 'S113'],
        ),
        fact('timeline', T('Khai thác chính thức 14/1/2020', 'Official opening 14 Jan 2020'), ['S112'], {
          date: '2020-01-14',
          note: T('theo VnExpress', 'per VnExpress'),
        }),
        fact(
          'timeline',
          T('Khai thác chính thức 0 giờ 15/1/2020', 'Official opening at 0:00 on 15 Jan 2020'),
          ['S113'],
          {
            date: '2020-01-15',
            note: T('theo CAND; khác VnExpress một ngày', 'per CAND; one day off VnExpress'),
          },
        ),
        fact(
          'other',
          T(
            'Một phần của cao tốc Hà Nội – Lạng Sơn dài 143 km',
            'Part of the 143 km Hà Nội – Lạng Sơn expressway',
          ),
          ['S111'],
        ),
      ],
      sources: ['S111', 'S112', 'S113'],
    },
    {
      id: 'expressway-dong-dang-tra-linh',
      name: T('Cao tốc Đồng Đăng – Trà Lĩnh', 'Đồng Đăng – Trà Lĩnh expressway'),
      kind: 'expressway',
      status: 'under_construction',
      status_date: '2026-02-20',
      phase: '2030',
      summary: T(
        'Cao tốc nối Lạng Sơn với Cao Bằng, bắt đầu tại khu vực cửa khẩu Tân Thanh (Văn Lãng).',
        'Expressway from Lạng Sơn to Cao Bằng, starting in the Tân Thanh border-gate area (Văn Lãng).',
      ),
      // Km0 at the Tân Thanh gate's GeoNames point (S46), the one the gate layer uses: the Wikipedia
      // coordinate (S45) lies about 125 m across the border.
      geometry: at.line({ point: [106.6825, 22.0031], via: 'S46' }, 'Na Sầm', 'Thất Khê'),
      accuracy: 'schematic',
      accuracy_note: T(
        'Sơ đồ, phần trong tỉnh: đường gấp khúc từ cửa khẩu Tân Thanh (điểm đầu Km0 theo nguồn) qua Na Sầm đến Thất Khê (điểm GeoNames), chỉ để chỉ hướng; đoạn từ Thất Khê đến ranh giới tỉnh không vẽ. Hướng tuyến thật khác.',
        'Schematic, in-province part: straight segments from Tân Thanh gate (Km0 per the sources) through Na Sầm to Thất Khê (GeoNames points), for direction only; the stretch from Thất Khê to the provincial boundary is not drawn. The real alignment differs.',
      ),
      facts: [
        fact('length_km', 121, ['S100', 'S101', 'S102'], {
          unit: 'km',
          quote: {
            S100: S100_DD_TL,
            S101: S101_DEO_CA,
            S102: 'The 121km expressway will have four tunnels through the mountains and several bridges over valleys, and its total investment for the two phases will be nearly 23 trillion VND (947.6 million USD).',
          },
          note: T('toàn tuyến', 'whole route'),
        }),
        fact('length_in_province_km', 52, ['S101'], {
          unit: 'km',
          qualifier: 'about',
          note: T(
            'Đèo Cả ghi 63 km ở Cao Bằng (tổng 115 km, không khớp 121 km)',
            'Đèo Cả gives 63 km in Cao Bằng (115 km in all, not 121)',
          ),
          quote: { S101: S101_DEO_CA },
        }),
        fact('capital', 25550, ['S100'], {
          unit: 'bn VND',
          quote: { S100: S100_DD_TL },
          date: '2026',
          note: T('tổng mức đầu tư 2026', 'total investment, 2026'),
        }),
        // The 2024 groundbreaking report (S102) gives "14.3 trillion VND", not this figure.
        fact('capital', 14331.6, ['S100'], {
          unit: 'bn VND',
          quote: {
            S100: 'Phase 1 is more than 93 km long (2 tunnels through mountains, 64 bridges) with a total investment of 14,331.6 billion VND, starting construction 1. 1. 2024.',
          },
          note: T('giai đoạn 1 (93,35 km)', 'phase 1 (93.35 km)'),
        }),
        fact('capital', 12072, ['S100'], {
          unit: 'bn VND',
          quote: {
            S100: 'Phase 2 (starting construction 19. 8. 2025) expands 93.35 km and builds a new 27.71 km connecting to Tra Linh border gate, with a total investment of 12,072 billion VND.',
          },
          note: T(
            'giai đoạn 2: mở rộng đoạn 93,35 km và thêm 27,71 km đến Trà Lĩnh',
            'phase 2: widening the 93.35 km section and adding 27.71 km to Trà Lĩnh',
          ),
        }),
        fact('capital', 21000, ['S103'], {
          unit: 'bn VND',
          qualifier: 'nearly',
          quote: {
            S103: 'The project will cost nearly 21 trillion VND (895.75 million USD) and comprise of two phases',
          },
          date: '2020-08',
          note: T('khi phê duyệt năm 2020, cho 115 km', 'at the 2020 approval, for 115 km'),
        }),
        fact('capital', 23000, ['S102'], {
          unit: 'bn VND',
          qualifier: 'nearly',
          quote: {
            S102: 'The 121km expressway will have four tunnels through the mountains and several bridges over valleys, and its total investment for the two phases will be nearly 23 trillion VND (947.6 million USD).',
          },
          date: '2024-01',
          note: T('theo tin khởi công 2024', 'per the 2024 groundbreaking report'),
        }),
        fact('investor', 'Tập đoàn Đèo Cả và đối tác', ['S100']),
        fact(
          'other',
          T(
            'Giai đoạn 1: 2 hầm, 64 cầu (tin 2026); một tin năm 2024 ghi toàn tuyến 121 km có 4 hầm',
            'Phase 1: 2 tunnels and 64 bridges (2026 report); a 2024 report says the whole 121 km route has 4 tunnels',
          ),
          ['S100', 'S102'],
        ),
        fact(
          'status_detail',
          T('85/93 km "đã thông" (2/2026)', '85 of 93 km "reached" (Feb 2026)'),
          ['S100'],
          { date: '2026-02-20' },
        ),
        fact('form', T('PPP; UBND tỉnh Cao Bằng ký hợp đồng', 'PPP; Cao Bằng PC signs the contract'), [
          'S100',
          'S103',
        ]),
        fact(
          'timeline',
          T(
            'Khởi công 1/1/2024; giai đoạn 2 khởi công 19/8/2025; mục tiêu khánh thành trước 30/4/2026 (có thông xe hay chưa: chưa rõ)',
            'Groundbreaking 1 Jan 2024; phase 2 started 19 Aug 2025; inauguration targeted by 30 Apr 2026 (whether it opened: unknown)',
          ),
          ['S100', 'S102'],
        ),
        fact(
          'timeline',
          T(
            'Đưa vào khai thác dự kiến 12/2026 (tin 20/2/2026)',
            'Operation expected in December 2026 (report of 20 Feb 2026)',
          ),
          ['SGGP-EXPWY-2026'],
          {
            date: '2026-02-20',
            quote: {
              'SGGP-EXPWY-2026':
                'In 2026, the project aims to complete phase 1 and expand phase 2 with 93km, putting it into operation in December 2026, shortening the project timeline by 12 months compared to the contract schedule.',
            },
          },
        ),
        // A teaser with a day but no year: kept as what it says, dated nowhere, and not used for the status.
        fact(
          'timeline',
          T(
            'Tin ngắn: khánh thành, thông xe kỹ thuật "vào sáng 19/12" — năm không ghi trong bản lưu',
            'Teaser: inauguration and technical opening "on the morning of 19/12" — the stored copy shows no year',
          ),
          ['TP-DDTL-19-12'],
          {
            note: T(
              'chưa rõ là 19/12/2025 hay 19/12/2026; tình trạng vẫn theo tin có ngày 20/2/2026',
              'whether 19 Dec 2025 or 19 Dec 2026 is unknown; the status stays that of the report dated 20 Feb 2026',
            ),
            quote: {
              'TP-DDTL-19-12':
                'Hơn 3.000 cán bộ, kỹ sư, công nhân dự án và hàng nghìn máy móc, thiết bị đang khẩn trương hoàn thiện để đưa cao tốc Đồng Đăng - Trà Lĩnh khánh thành, thông xe kỹ thuật vào sáng 19/12.',
            },
          },
        ),
      ],
      sources: ['S100', 'S101', 'S102', 'S103', 'SGGP-EXPWY-2026', 'TP-DDTL-19-12'],
    },
    {
      id: 'railway-ha-noi-dong-dang',
      name: T('Đường sắt Hà Nội – Đồng Đăng', 'Hà Nội – Đồng Đăng railway'),
      kind: 'railway',
      // What is drawn is the existing line, in service; no source gives the phase (2030, 2050) of the
      // new standard-gauge line, so none is claimed for it.
      status: 'operating',
      status_date: '2025-05',
      phase: 'existing',
      summary: T(
        'Tuyến hiện có dài 167 km, khổ lồng. Thủ tướng yêu cầu ưu tiên đường sắt tốc độ cao Hà Nội – Lạng Sơn kết nối Trung Quốc (tuyến khổ tiêu chuẩn mới, mới ở bước đề xuất; thời điểm đầu tư chưa có trong nguồn).',
        'The existing 167 km dual-gauge line. The Prime Minister asked for priority to a high-speed Hà Nội – Lạng Sơn railway linked to China (a new standard-gauge line, only proposed; no source gives when it is to be built).',
      ),
      geometry: at.railway('Đường sắt Hà Nội - Đồng Đăng'),
      accuracy_note: T(
        'Vẽ tuyến đường sắt hiện có (OpenStreetMap) qua tỉnh; các đoạn có một phần trong tỉnh được vẽ cả, nên khoảng 2,6 km phía nam nằm ngoài tỉnh (Bắc Giang cũ).',
        'Draws the existing line (OpenStreetMap) through the province; the OSM sections that are partly in the province are drawn whole, so about 2.6 km at the southern end lie outside the province (the former Bắc Giang).',
      ),
      provisional: true,
      provisional_note: T(
        'Hướng tuyến, nhà ga và quyết định đầu tư của tuyến khổ tiêu chuẩn mới chưa có trong nguồn; đường vẽ là tuyến hiện có.',
        'The new standard-gauge line’s alignment, stations and investment decision are not in our sources; the line drawn is the existing one.',
      ),
      facts: [
        fact('length_km', 156, ['S114'], {
          unit: 'km',
          quote: { S114: S114_RAIL },
          note: T(
            'tuyến khổ tiêu chuẩn 1.435 mm, điện khí hoá (Bộ GTVT, 10/2024)',
            'standard gauge 1,435 mm, electrified (Ministry of Transport, Oct 2024)',
          ),
        }),
        fact('capital', 6, ['S114'], {
          unit: 'bn USD',
          qualifier: 'about',
          quote: { S114: S114_RAIL },
          note: T('ước tính 10/2024', 'Oct 2024 estimate'),
        }),
        fact('other', T('160 km/h tàu khách, 120 km/h tàu hàng', '160 km/h passenger, 120 km/h freight'), [
          'S114',
        ]),
        fact(
          'other',
          T(
            'Năm 2024 Chính phủ lập tổ công tác cho các tuyến Lào Cai – Hà Nội – Hải Phòng và Hà Nội – Đồng Đăng; quy hoạch chi tiết dự kiến 2025. Quyết định đầu tư, hướng tuyến, nhà ga: chưa có nguồn',
            'In 2024 the Government set up a working group for the Lào Cai – Hà Nội – Hải Phòng and Hà Nội – Đồng Đăng links; detailed planning expected in 2025. Investment decision, route and stations: no source',
          ),
          ['S115', 'S114'],
        ),
        fact('length_km', 167, ['S50'], {
          unit: 'km',
          quote: {
            S50: 'Tuyến đường sắt Hà Nội - Đồng Đăng dài 167 km, là tuyến duy nhất ở Việt Nam có khổ lồng 3 đường ray 1.000 mm và 1.435 mm.',
          },
          note: T(
            'tuyến hiện có, khổ lồng 1.000 và 1.435 mm',
            'existing line, dual gauge 1,000 and 1,435 mm',
          ),
        }),
        fact(
          'status_detail',
          T(
            'Tuyến hiện có: tàu khách quốc tế Nam Ninh – Gia Lâm chạy lại từ cuối tháng 5/2025. Tuyến mới: đề xuất; giai đoạn đầu tư chưa có nguồn',
            'Existing line: the Nanning – Gia Lâm international passenger train resumed in late May 2025. New line: proposed; its investment phase has no source',
          ),
          ['S50', 'S51'],
          { date: '2025-05' },
        ),
        fact(
          'other',
          T(
            'Thủ tướng yêu cầu ưu tiên đầu tư đường sắt tốc độ cao Hà Nội – Lạng Sơn kết nối với Trung Quốc (hội nghị công bố Quy hoạch tỉnh, 4/2024)',
            'The Prime Minister asked for priority investment in a high-speed Hà Nội – Lạng Sơn railway linked to China (plan announcement conference, Apr 2024)',
          ),
          ['seed:004'],
          {
            quote: {
              'seed:004':
                'ưu tiên đầu tư các dự án động lực, trọng điểm có tác động trực tiếp đến mục tiêu phát triển KT-XH, có tính lan tỏa lớn, nhất là đường sắt tốc độ cao Hà Nội - Lạng Sơn kết nối với Trung Quốc và xây dựng cửa khẩu thông minh',
            },
          },
        ),
      ],
      sources: ['seed:004', 'S114', 'S115', 'S50'],
    },
  ],
};
