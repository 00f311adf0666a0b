// The plan's spatial structure: 1 axis, 2 corridors, 3 zones (Decision 236/QĐ-TTg, as reported in seed 004).
import { at, fact, T } from './helpers.mjs';

// Line ends are GeoNames town points from geodata/base/places.geojson (named by `name_short`) or
// 2025 commune points (at.commune).
const LANG_SON = 'Lạng Sơn';
const DONG_DANG = 'Đồng Đăng';
const HUU_LUNG = 'Hữu Lũng';

const legal = fact(
  'legal_basis',
  T('QĐ 236/QĐ-TTg ngày 19/3/2024', 'Decision 236/QĐ-TTg of 19 Mar 2024'),
  ['seed:004', 'S1'],
  {
    quote: {
      'seed:004':
        'Theo Quy hoạch, 1 trục phát triển của tỉnh là: Đồng Đăng - Hữu Lũng gắn với hành lang kinh tế Bắc – Nam; 2 hành lang kinh tế gồm hành lang Cao Lộc - Văn Lãng - Tràng Định và hành lang TP. Lạng Sơn mở rộng - Lộc Bình - Đình Lập; 3 vùng KT-XH gồm: Vùng kinh tế động lực; Vùng kinh tế phía đông; Vùng kinh tế phía tây.',
    },
  },
);

const roadInference = (road, how) =>
  T(
    `Sơ đồ: đường gấp khúc nối ${how.vi}, không vẽ theo đường thật (chưa có dữ liệu đường bộ với giấy phép mở). SUY LUẬN: việc trục/hành lang đi theo ${road} suy ra từ danh mục tuyến hành lang kinh tế của KH 267, quy hoạch không nêu rõ.`,
    `Schematic: straight segments joining ${how.en}; it does not trace the road (no openly licensed road data is at hand). INFERENCE: that it follows ${road} is inferred from the corridor roads listed in Plan 267; the plan does not state it.`,
  );

// The plan's own term is "trục phát triển" (seed 004), not "trục động lực".
export const axis = {
  title: T('Trục phát triển', 'Development axis'),
  features: [
    {
      id: 'axis-dong-dang-huu-lung',
      name: T('Trục phát triển Đồng Đăng – Hữu Lũng', 'Đồng Đăng – Hữu Lũng development axis'),
      kind: 'axis',
      status: 'planned',
      phase: '2030',
      summary: T(
        'Trục phát triển gắn với hành lang kinh tế Bắc – Nam, một trong "1 trục, 2 hành lang, 3 vùng" của Quy hoạch tỉnh.',
        'The development axis tied to the North–South economic corridor, one of the plan’s "1 axis, 2 corridors, 3 zones".',
      ),
      geometry: at.line(at.commune(DONG_DANG), LANG_SON, 'Đồng Mỏ', 'Chi Lăng', at.commune(HUU_LUNG)),
      accuracy_note: roadInference(
        'QL1A',
        T(
          'điểm xã Đồng Đăng (2025), TP Lạng Sơn, Đồng Mỏ, Chi Lăng (điểm GeoNames) và điểm xã Hữu Lũng (2025), các thị trấn trên QL1A',
          'the Đồng Đăng commune point (2025), Lạng Sơn city, Đồng Mỏ and Chi Lăng (GeoNames points) and the Hữu Lũng commune point (2025), towns on QL1A',
        ),
      ),
      inferred: true,
      facts: [legal],
      sources: ['seed:004', 'seed:002'],
    },
  ],
};

export const corridors = {
  title: T('Hành lang kinh tế', 'Economic corridors'),
  features: [
    {
      id: 'corridor-cao-loc-trang-dinh',
      name: T('Hành lang Cao Lộc – Văn Lãng – Tràng Định', 'Cao Lộc – Văn Lãng – Tràng Định corridor'),
      kind: 'corridor',
      status: 'planned',
      phase: '2030',
      summary: T(
        'Hành lang kinh tế nối Cao Lộc, Văn Lãng và Tràng Định (hướng Cao Bằng).',
        'Economic corridor linking Cao Lộc, Văn Lãng and Tràng Định (towards Cao Bằng).',
      ),
      geometry: at.line(at.commune('Kỳ Lừa'), DONG_DANG, 'Na Sầm', 'Thất Khê'),
      accuracy_note: roadInference(
        'QL4A',
        T(
          'phường Kỳ Lừa (nơi có thị trấn Cao Lộc cũ, điểm 2025) với Đồng Đăng, Na Sầm và Thất Khê (điểm GeoNames); đoạn từ Thất Khê đến ranh giới Cao Bằng không vẽ',
          'Kỳ Lừa ward (which took in the former Cao Lộc town; 2025 point) with Đồng Đăng, Na Sầm and Thất Khê (GeoNames points); the stretch from Thất Khê to the Cao Bằng boundary is not drawn',
        ),
      ),
      inferred: true,
      facts: [legal],
      sources: ['seed:004', 'seed:002'],
    },
    {
      id: 'corridor-lang-son-dinh-lap',
      name: T('Hành lang TP Lạng Sơn – Lộc Bình – Đình Lập', 'Lạng Sơn city – Lộc Bình – Đình Lập corridor'),
      kind: 'corridor',
      status: 'planned',
      phase: '2030',
      summary: T(
        'Hành lang kinh tế từ thành phố Lạng Sơn (mở rộng) qua Lộc Bình đến Đình Lập (hướng Quảng Ninh).',
        'Economic corridor from Lạng Sơn city (expanded) through Lộc Bình to Đình Lập (towards Quảng Ninh).',
      ),
      geometry: at.line(LANG_SON, 'Lộc Bình', at.commune('Đình Lập')),
      accuracy_note: roadInference(
        'QL4B',
        T(
          'TP Lạng Sơn và Lộc Bình (điểm GeoNames) với điểm xã Đình Lập (2025)',
          'Lạng Sơn city and Lộc Bình (GeoNames points) with the Đình Lập commune point (2025)',
        ),
      ),
      inferred: true,
      facts: [legal],
      sources: ['seed:004', 'seed:002'],
    },
  ],
};

const zoneNote = T(
  'Chưa có nguồn nêu huyện, xã, phường nào thuộc vùng này (danh sách nằm ở mục IV của QĐ 236, chưa đọc được). Không vẽ phạm vi vùng.',
  'No source we hold says which districts or communes form this zone (the list is in §IV of Decision 236, not read yet). Its extent is not drawn.',
);
const zoneAccuracy = (where) =>
  T(
    `Chỉ là ký hiệu sơ đồ đặt ${where.vi}, theo hướng mà tên vùng gợi ra — không phải vị trí hay ranh giới. Điểm được tính từ ranh giới tỉnh (một điểm trong phần ba ${where.side.vi} của tỉnh), không gõ tay toạ độ.`,
    `Only a schematic mark placed ${where.en}, by the direction the zone’s name gives — not a position or a boundary. The point is computed from the province outline (a point inside the province’s ${where.side.en} third), not typed in.`,
  );

export const zones = {
  title: T('Vùng kinh tế – xã hội', 'Socio-economic zones'),
  features: [
    {
      id: 'zone-dynamic',
      name: T('Vùng kinh tế động lực', 'Dynamic economic zone'),
      kind: 'zone',
      status: 'planned',
      phase: '2030',
      summary: T(
        'Một trong 3 vùng kinh tế – xã hội của Quy hoạch tỉnh.',
        'One of the plan’s 3 socio-economic zones.',
      ),
      geometry: at.schematicBetween('Đồng Đăng', 'Kỳ Lừa'),
      accuracy_note: T(
        'Chỉ là ký hiệu sơ đồ, đặt giữa điểm xã Đồng Đăng và phường Kỳ Lừa — vùng lõi Đồng Đăng – TP Lạng Sơn, nơi trục và hai hành lang gặp nhau. SUY LUẬN: tên vùng không chỉ nơi chốn; đây không phải vị trí hay ranh giới vùng.',
        'Only a schematic mark, placed between the Đồng Đăng commune and Kỳ Lừa ward points — the Đồng Đăng – Lạng Sơn city core where the axis and both corridors meet. INFERENCE: the zone’s name gives no place; this is not its position or boundary.',
      ),
      provisional: true,
      provisional_note: zoneNote,
      facts: [legal],
      sources: ['seed:004'],
    },
    {
      id: 'zone-eastern',
      name: T('Vùng kinh tế phía Đông', 'Eastern economic zone'),
      kind: 'zone',
      status: 'planned',
      phase: '2030',
      summary: T(
        'Một trong 3 vùng kinh tế – xã hội của Quy hoạch tỉnh.',
        'One of the plan’s 3 socio-economic zones.',
      ),
      geometry: at.provinceSide('east'),
      accuracy_note: zoneAccuracy({
        ...T('ở phía đông tỉnh', 'in the east of the province'),
        side: T('phía đông', 'eastern'),
      }),
      provisional: true,
      provisional_note: zoneNote,
      facts: [legal],
      sources: ['seed:004'],
    },
    {
      id: 'zone-western',
      name: T('Vùng kinh tế phía Tây', 'Western economic zone'),
      kind: 'zone',
      status: 'planned',
      phase: '2030',
      summary: T(
        'Một trong 3 vùng kinh tế – xã hội của Quy hoạch tỉnh.',
        'One of the plan’s 3 socio-economic zones.',
      ),
      geometry: at.provinceSide('west'),
      accuracy_note: zoneAccuracy({
        ...T('ở phía tây tỉnh', 'in the west of the province'),
        side: T('phía tây', 'western'),
      }),
      provisional: true,
      provisional_note: zoneNote,
      facts: [legal],
      sources: ['seed:004'],
    },
  ],
};

export const economicZone = {
  title: T('Khu kinh tế cửa khẩu', 'Border-gate economic zone'),
  features: [
    {
      id: 'kktck-dong-dang-lang-son',
      name: T('Khu kinh tế cửa khẩu Đồng Đăng – Lạng Sơn', 'Đồng Đăng – Lạng Sơn border-gate economic zone'),
      kind: 'economic_zone',
      status: 'operating',
      status_date: '2008-04-28',
      phase: 'existing',
      summary: T(
        'Khu kinh tế cửa khẩu gồm TP Lạng Sơn và một số xã của Cao Lộc, Văn Lãng, Văn Quan, Chi Lăng; đang điều chỉnh quy hoạch chung đến năm 2045.',
        'Border-gate economic zone covering Lạng Sơn city and communes of Cao Lộc, Văn Lãng, Văn Quan and Chi Lăng; its general plan is being adjusted to 2045.',
      ),
      location_pre2025:
        'TP Lạng Sơn; Cao Lộc (TT Cao Lộc, TT Đồng Đăng, Bảo Lâm, Hồng Phong, Phú Xá, Thụy Hùng, Thạch Đạn, Bình Trung, Hợp Thành, Yên Trạch, Tân Liên); Văn Lãng (Tân Thanh, Tân Mỹ); Văn Quan (Đồng Giáp); Chi Lăng (một phần Vân An)',
      commune_2025: [
        'Tam Thanh',
        'Lương Văn Tri',
        'Kỳ Lừa',
        'Đông Kinh',
        'Đồng Đăng',
        'Cao Lộc',
        'Khánh Khê',
        'Hoàng Văn Thụ',
      ],
      geometry: at.hull(
        2,
        'Tam Thanh',
        'Lương Văn Tri',
        'Kỳ Lừa',
        'Đông Kinh',
        'Đồng Đăng',
        'Cao Lộc',
        'Khánh Khê',
        'Hoàng Văn Thụ',
      ),
      accuracy_note: ({ areaKm2 }, n) =>
        T(
          `Sơ đồ: bao lồi (nới 2 km) quanh điểm 8 xã, phường năm 2025 chứa các xã cũ được nêu (đối chiếu cũ → mới theo bảng sáp nhập trong dữ liệu xã nền, dvhcvn/20250701); phần Vân An (Chi Lăng) không vẽ. Không phải ranh giới pháp lý: hình vẽ rộng khoảng ${n(areaKm2, 'vi')} km², nguồn ghi khoảng 394 km².`,
          `Schematic: a hull (2 km margin) around the points of the 8 communes/wards of 2025 that contain the old communes named (old → new matching from the base communes layer’s merge table, dvhcvn/20250701); the Vân An part (Chi Lăng) is not drawn. Not the legal boundary: the drawing covers about ${n(areaKm2, 'en')} km², the source gives about 394 km².`,
        ),
      provisional: true,
      provisional_note: T(
        'Ranh giới chính thức của khu kinh tế chưa có trong dữ liệu mở.',
        'The zone’s official boundary is not in any open data we hold.',
      ),
      facts: [
        fact('area_km2', 394, ['S8'], {
          unit: 'km²',
          qualifier: 'about',
          quote: {
            S8: 'The Đồng Đăng–Lạng Sơn economic zone is 394sq.km, built to link trade and transport between Lạng Sơn Province, Hà Nội, Hải Phòng City and Quảng Ninh Province.',
          },
        }),
        fact(
          'legal_basis',
          T(
            'QĐ 55/2008/QĐ-TTg (28/4/2008) và QĐ 138/2008/QĐ-TTg (14/10/2008)',
            'Decisions 55/2008/QĐ-TTg (28 Apr 2008) and 138/2008/QĐ-TTg (14 Oct 2008)',
          ),
          ['S9', 'S5'],
          { date: '2008-04-28' },
        ),
        fact(
          'legal_basis',
          T(
            'QĐ 1009/QĐ-TTg (19/9/2024): nhiệm vụ điều chỉnh quy hoạch chung đến năm 2045',
            'Decision 1009/QĐ-TTg (19 Sep 2024): task to adjust the general plan to 2045',
          ),
          ['S5'],
        ),
        fact(
          'other',
          T(
            'Chiếm 40% GRDP và 80% thu ngân sách của tỉnh (theo tiêu đề bài báo)',
            '40% of the province’s GRDP and 80% of its budget revenue (per a headline)',
          ),
          ['S10'],
        ),
        fact(
          'location',
          T(
            'Gồm (tên trước 2025): ở TP Lạng Sơn các phường Hoàng Văn Thụ, Tam Thanh, Vĩnh Trại, Đông Kinh, Chi Lăng và các xã Hoàng Đồng, Quảng Lạc, Mai Pha; ở Cao Lộc: TT Cao Lộc, TT Đồng Đăng và các xã Bảo Lâm, Hồng Phong, Phú Xá, Thụy Hùng, Thạch Đạn, Bình Trung, Hợp Thành, Yên Trạch, Tân Liên; ở Văn Lãng: Tân Thanh, Tân Mỹ; ở Văn Quan: Đồng Giáp; ở Chi Lăng: một phần xã Vân An',
            'Made up of (pre-2025 names): in Lạng Sơn city the wards Hoàng Văn Thụ, Tam Thanh, Vĩnh Trại, Đông Kinh, Chi Lăng and the communes Hoàng Đồng, Quảng Lạc, Mai Pha; in Cao Lộc: Cao Lộc and Đồng Đăng towns and the communes Bảo Lâm, Hồng Phong, Phú Xá, Thụy Hùng, Thạch Đạn, Bình Trung, Hợp Thành, Yên Trạch, Tân Liên; in Văn Lãng: Tân Thanh, Tân Mỹ; in Văn Quan: Đồng Giáp; in Chi Lăng: part of Vân An',
          ),
          ['S10', 'S5'],
          {
            quote: {
              S10: [
                'Các phường Hoàng Văn Thụ, Tam Thanh, Vĩnh Trại, Đông Kinh, Chi Lăng và các xã Hoàng Đồng, Quảng Lạc, Mai Pha thuộc thành phố Lạng Sơn.',
                'Thị trấn Cao Lộc, thị trấn Đồng Đăng và các xã Bảo Lâm, Hồng Phong, Phú Xá, Thụy Hùng, Thạch Đạn, Bình Trung, Hợp Thành, Yên Trạch, Tân Liên thuộc huyện Cao Lộc.',
                'Các xã Tân Thanh, Tân Mỹ thuộc huyện Văn Lãng.',
                'xã Đồng Giáp thuộc huyện Văn Quan.',
                'một phần xã Vân An thuộc huyện Chi Lăng.',
              ],
            },
          },
        ),
        fact(
          'location',
          T(
            'Các xã, phường từ 1/7/2025 chứa các xã cũ trên (đối chiếu theo bảng sáp nhập của dữ liệu xã nền): Tam Thanh, Lương Văn Tri, Kỳ Lừa, Đông Kinh, Đồng Đăng, Cao Lộc, Khánh Khê, Hoàng Văn Thụ; phần Vân An thuộc xã Chiến Thắng',
            'The communes and wards from 1 Jul 2025 that contain those old communes (matched with the base communes layer’s merge table): Tam Thanh, Lương Văn Tri, Kỳ Lừa, Đông Kinh, Đồng Đăng, Cao Lộc, Khánh Khê, Hoàng Văn Thụ; the Vân An part lies in Chiến Thắng commune',
          ),
          ['S10', 'S5'],
          { label: 'INFERENCE' },
        ),
      ],
      sources: ['S8', 'S9', 'S10', 'S5'],
    },
  ],
};
