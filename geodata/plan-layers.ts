import type { ExpressionSpecification, FilterSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { LayerDef, LegendRow, StyleLayerDef } from '../src/data/catalog-types';
import { FONT_BOLD } from '../src/data/fonts';
import { LABEL_FIELD } from '../src/data/label-points';
import type { Text } from '../src/data/plan-schema';

/** Plan layer colours, shared by styles and legends. */
export const PLAN_COLORS = {
  axis: '#b2182b',
  corridor: '#e66101',
  zone: '#5e3c99',
  economicZone: '#c51b7d',
  kcn: '#6a3d9a',
  ccn: '#b15928',
  wind: '#1b9e77',
  geopark: '#4d9221',
  geosite: '#276419',
  gate: '#d7191c',
  logistics: '#2c7fb8',
  tourism: '#e7298a',
  expressway: '#542788',
  railway: '#252525',
  urban: '#8c510a',
  keyProject: '#01665e',
} as const;

const halo = { 'text-halo-color': 'rgba(255,255,255,0.92)', 'text-halo-width': 1.5 } as const;
const isProvisional: ExpressionSpecification = ['==', ['get', 'provisional'], true];
/**
 * Provisional, schematic or inferred geometry is drawn dashed or hollow, so it never reads as exact
 * (geodata/plan-honesty.test.ts checks every feature against these styles).
 */
const isLoose: ExpressionSpecification = [
  'any',
  isProvisional,
  ['==', ['get', 'accuracy'], 'schematic'],
  ['==', ['get', 'inferred'], true],
];
const notLoose: FilterSpecification = ['!', isLoose];

function label(color: string, minzoom: number, size = 12, offset = 1.1): StyleLayerDef {
  return {
    type: 'symbol',
    minzoom,
    layout: {
      'text-field': LABEL_FIELD,
      'text-font': [FONT_BOLD],
      'text-size': size,
      'text-offset': [0, offset],
      'text-anchor': 'top',
      'text-max-width': 9,
      'text-optional': true,
    },
    paint: { 'text-color': color, ...halo },
  };
}

/** Sites: a filled circle, or a hollow one when the site is provisional or only schematic. */
function points(color: string, radius: number, labelZoom = 9): StyleLayerDef[] {
  return [
    {
      type: 'circle',
      paint: {
        'circle-radius': radius,
        'circle-color': ['case', isLoose, '#ffffff', color],
        'circle-stroke-color': color,
        'circle-stroke-width': ['case', isLoose, 2.5, 1.5],
      },
    },
    label(color, labelZoom),
  ];
}

function pointLegend(color: string, title: Text): LegendRow[] {
  return [
    { label: title, swatch: { kind: 'circle', color, outline: color } },
    {
      label: {
        vi: `${title.vi} — vị trí sơ đồ hoặc tạm thời`,
        en: `${title.en} — schematic or provisional position`,
      },
      swatch: { kind: 'circle', color: '#ffffff', outline: color },
    },
  ];
}

/** Lines: solid where derived from real roads, dashed where schematic, inferred or provisional. */
function lines(color: string, width: number): StyleLayerDef[] {
  return [
    {
      type: 'line',
      filter: notLoose,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': color, 'line-width': width, 'line-opacity': 0.85 },
    },
    {
      type: 'line',
      filter: isLoose,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': color, 'line-width': width, 'line-opacity': 0.85, 'line-dasharray': [2, 1.2] },
    },
    {
      type: 'symbol',
      layout: {
        // One upright label at the middle of each line: long names on winding mountain roads would
        // otherwise bend round the curves and turn upside down.
        'symbol-placement': 'line-center',
        'text-rotation-alignment': 'viewport',
        'text-field': LABEL_FIELD,
        'text-font': [FONT_BOLD],
        'text-size': 12,
        'text-max-width': 12,
        'text-offset': [0, -1.2],
      },
      paint: { 'text-color': color, ...halo },
    },
  ];
}

function lineLegend(color: string, width: number, title: Text): LegendRow[] {
  return [
    { label: title, swatch: { kind: 'line', color, width } },
    {
      label: {
        vi: `${title.vi} — sơ đồ, suy luận hoặc tạm thời`,
        en: `${title.en} — schematic, inferred or provisional`,
      },
      swatch: { kind: 'line', color, width, dash: true },
    },
  ];
}

/** Areas: a light fill and an outline, dashed where schematic or provisional. */
function areas(color: string): StyleLayerDef[] {
  return [
    { type: 'fill', paint: { 'fill-color': color, 'fill-opacity': ['case', isLoose, 0.05, 0.09] } },
    { type: 'line', filter: notLoose, paint: { 'line-color': color, 'line-width': 2 } },
    {
      type: 'line',
      filter: isLoose,
      paint: { 'line-color': color, 'line-width': 2, 'line-dasharray': [3, 2] },
    },
  ];
}

function areaLegend(color: string, title: Text): LegendRow[] {
  return [
    { label: title, swatch: { kind: 'fill', color: `${color}33`, outline: color } },
    {
      label: { vi: `${title.vi} — phạm vi sơ đồ/tạm thời`, en: `${title.en} — schematic/provisional extent` },
      swatch: { kind: 'fill', color: `${color}14`, outline: color, dash: true },
    },
  ];
}

const planProvenance = (vi: string, en: string): Text => ({ vi, en });

/** The plan's layers, bottom to top. Every feature carries its own sources and accuracy. */
export const PLAN_LAYERS: LayerDef[] = [
  {
    id: 'geopark',
    group: 'tourism',
    title: { vi: 'Công viên địa chất toàn cầu UNESCO Lạng Sơn', en: 'Lạng Sơn UNESCO Global Geopark' },
    file: 'plan/geopark.geojson',
    // Off at first: its fill covers most of the province and would read as the province itself.
    visible: false,
    plan: true,
    attribution: 'plan-communes-odm',
    provenance: planProvenance(
      'Phạm vi gần đúng theo các huyện cũ mà tin UNESCO/báo chí nêu, dựng từ điểm xã 2025 và ranh giới tỉnh; phần Bình Gia, Cao Lộc chưa rõ',
      'Approximate extent of the former districts named by UNESCO/press reports, built from the 2025 commune points and the province boundary; the Bình Gia and Cao Lộc parts are unknown',
    ),
    styles: areas(PLAN_COLORS.geopark),
    legend: areaLegend(PLAN_COLORS.geopark, { vi: 'Công viên địa chất', en: 'Geopark' }),
  },
  {
    id: 'zones',
    group: 'structure',
    title: { vi: 'Vùng kinh tế – xã hội', en: 'Socio-economic zones' },
    file: 'plan/zones.geojson',
    visible: true,
    labelPriority: 1,
    plan: true,
    attribution: 'plan-communes-odm',
    provenance: planProvenance(
      'QĐ 236/QĐ-TTg; xã thuộc từng vùng chưa có trong nguồn — chỉ đánh dấu sơ đồ theo tên vùng',
      'Decision 236/QĐ-TTg; which communes form each zone is not in our sources — schematic marks by the zone names only',
    ),
    styles: [
      {
        type: 'circle',
        paint: {
          'circle-radius': 26,
          'circle-color': PLAN_COLORS.zone,
          'circle-opacity': 0.08,
          'circle-stroke-color': PLAN_COLORS.zone,
          'circle-stroke-width': 1.5,
          'circle-stroke-opacity': 0.6,
        },
      },
      {
        type: 'symbol',
        layout: {
          'text-field': LABEL_FIELD,
          'text-font': [FONT_BOLD],
          'text-size': 13,
          'text-max-width': 8,
          'text-letter-spacing': 0.04,
        },
        paint: { 'text-color': PLAN_COLORS.zone, ...halo },
      },
    ],
    legend: [
      {
        label: { vi: 'Vùng (sơ đồ, phạm vi chưa rõ)', en: 'Zone (schematic, extent unknown)' },
        swatch: { kind: 'circle', color: '#efeaf5', outline: PLAN_COLORS.zone },
      },
    ],
  },
  {
    id: 'economic-zone',
    group: 'border',
    title: {
      vi: 'Khu kinh tế cửa khẩu Đồng Đăng – Lạng Sơn',
      en: 'Đồng Đăng – Lạng Sơn border-gate economic zone',
    },
    file: 'plan/economic-zone.geojson',
    visible: false,
    plan: true,
    attribution: 'plan-communes',
    provenance: planProvenance(
      'QĐ 55/2008/QĐ-TTg, 138/2008/QĐ-TTg; phạm vi vẽ sơ đồ quanh các xã được nêu',
      'Decisions 55/2008 and 138/2008/QĐ-TTg; extent sketched around the communes named',
    ),
    styles: areas(PLAN_COLORS.economicZone),
    legend: areaLegend(PLAN_COLORS.economicZone, {
      vi: 'Khu kinh tế cửa khẩu',
      en: 'Border-gate economic zone',
    }),
  },
  {
    id: 'corridors',
    group: 'structure',
    title: { vi: 'Hành lang kinh tế', en: 'Economic corridors' },
    file: 'plan/corridors.geojson',
    visible: true,
    plan: true,
    attribution: 'plan-communes-geonames',
    provenance: planProvenance(
      'QĐ 236/QĐ-TTg; tuyến đường đi theo là suy luận từ KH 267; vẽ sơ đồ nối các thị trấn',
      'Decision 236/QĐ-TTg; the roads they follow are inferred from Plan 267; drawn as a sketch joining towns',
    ),
    styles: lines(PLAN_COLORS.corridor, 4),
    legend: lineLegend(PLAN_COLORS.corridor, 4, { vi: 'Hành lang kinh tế', en: 'Economic corridor' }),
  },
  {
    id: 'axis',
    group: 'structure',
    title: { vi: 'Trục phát triển Đồng Đăng – Hữu Lũng', en: 'Đồng Đăng – Hữu Lũng development axis' },
    file: 'plan/axis.geojson',
    visible: true,
    plan: true,
    attribution: 'plan-communes-geonames',
    provenance: planProvenance(
      'QĐ 236/QĐ-TTg; tuyến theo QL1A là suy luận; vẽ sơ đồ nối các thị trấn',
      'Decision 236/QĐ-TTg; following QL1A is an inference; drawn as a sketch joining towns',
    ),
    styles: lines(PLAN_COLORS.axis, 6),
    legend: lineLegend(PLAN_COLORS.axis, 6, { vi: 'Trục phát triển', en: 'Development axis' }),
  },
  {
    id: 'transport',
    group: 'transport',
    title: { vi: 'Cao tốc, đường sắt trọng điểm', en: 'Key expressways and railway' },
    file: 'plan/transport.geojson',
    visible: true,
    plan: true,
    attribution: 'plan-geonames-osm',
    provenance: planProvenance(
      'Báo chí, chủ đầu tư; hướng tuyến cao tốc là sơ đồ',
      'Press and investor reports; expressway alignments are schematic',
    ),
    styles: lines(PLAN_COLORS.expressway, 3),
    legend: lineLegend(PLAN_COLORS.expressway, 3, { vi: 'Cao tốc, đường sắt', en: 'Expressway, railway' }),
  },
  {
    id: 'urban-areas',
    group: 'structure',
    title: { vi: 'Hệ thống đô thị đến năm 2030', en: 'Urban areas by 2030' },
    file: 'plan/urban-areas.geojson',
    visible: false,
    plan: true,
    attribution: 'plan-communes-geonames',
    provenance: planProvenance(
      'QĐ 236/QĐ-TTg theo báo chí; đặt tại điểm thị trấn GeoNames hoặc điểm xã; Ngả Hai, Chi Ma chưa có vị trí',
      'Decision 236/QĐ-TTg as reported; placed at GeoNames town points or commune points; Ngả Hai and Chi Ma have no position',
    ),
    styles: points(PLAN_COLORS.urban, 5),
    legend: pointLegend(PLAN_COLORS.urban, { vi: 'Đô thị 2030', en: 'Urban area 2030' }),
  },
  {
    id: 'key-projects',
    group: 'transport',
    title: { vi: 'Dự án trọng điểm khác', en: 'Other key projects' },
    file: 'plan/key-projects.geojson',
    visible: false,
    plan: true,
    attribution: 'plan-communes',
    provenance: planProvenance(
      'Báo Lạng Sơn, báo chí; hướng tuyến chưa có — chỉ đánh dấu sơ đồ',
      'Báo Lạng Sơn, press; no alignments — schematic marks only',
    ),
    styles: points(PLAN_COLORS.keyProject, 6),
    legend: pointLegend(PLAN_COLORS.keyProject, { vi: 'Dự án trọng điểm', en: 'Key project' }),
  },
  {
    id: 'wind',
    group: 'energy',
    title: { vi: 'Dự án điện gió (đề xuất)', en: 'Wind power projects (proposed)' },
    file: 'plan/wind.geojson',
    visible: false,
    plan: true,
    attribution: 'plan-communes',
    provenance: planProvenance(
      'Báo chí 2020–2022; có thuộc 22 dự án QHĐ8 hay không chưa rõ; đặt tại xã/huyện',
      'Press 2020–2022; whether each is among the 22 PDP8 projects is unknown; placed at commune/district',
    ),
    styles: points(PLAN_COLORS.wind, 6),
    legend: pointLegend(PLAN_COLORS.wind, { vi: 'Dự án điện gió', en: 'Wind project' }),
  },
  {
    id: 'geosites',
    group: 'tourism',
    title: { vi: 'Điểm di sản công viên địa chất', en: 'Geopark sites' },
    file: 'plan/geosites.geojson',
    visible: false,
    plan: true,
    attribution: 'plan-communes',
    provenance: planProvenance('Báo chí; đặt tại điểm xã', 'Press reports; placed at the commune point'),
    styles: points(PLAN_COLORS.geosite, 4.5, 10),
    legend: pointLegend(PLAN_COLORS.geosite, { vi: 'Điểm di sản', en: 'Geopark site' }),
  },
  {
    id: 'tourism',
    group: 'tourism',
    title: { vi: 'Khu, điểm du lịch', en: 'Tourist areas and villages' },
    file: 'plan/tourism.geojson',
    visible: true,
    plan: true,
    attribution: 'plan-communes-geonames',
    provenance: planProvenance('QĐ 240/QĐ-TTg; báo chí', 'Decision 240/QĐ-TTg; press reports'),
    styles: points(PLAN_COLORS.tourism, 6),
    legend: pointLegend(PLAN_COLORS.tourism, { vi: 'Khu, điểm du lịch', en: 'Tourist area or village' }),
  },
  {
    id: 'industrial-clusters',
    group: 'industry',
    title: { vi: 'Cụm công nghiệp (CCN)', en: 'Industrial clusters (CCN)' },
    file: 'plan/industrial-clusters.geojson',
    visible: true,
    plan: true,
    attribution: 'plan-communes',
    provenance: planProvenance(
      'Sở Công Thương, báo chí; danh sách 23 CCN chưa có; đặt tại điểm xã',
      'Department of Industry and Trade, press; the list of the 23 clusters is not in our sources; placed at commune points',
    ),
    styles: points(PLAN_COLORS.ccn, 5.5),
    legend: pointLegend(PLAN_COLORS.ccn, { vi: 'Cụm công nghiệp', en: 'Industrial cluster' }),
  },
  {
    id: 'industrial-parks',
    group: 'industry',
    title: { vi: 'Khu công nghiệp (KCN)', en: 'Industrial parks (KCN)' },
    file: 'plan/industrial-parks.geojson',
    visible: true,
    plan: true,
    attribution: 'plan-communes',
    provenance: planProvenance(
      'QĐ 236/QĐ-TTg, báo chí; đặt tại điểm xã',
      'Decision 236/QĐ-TTg, press; placed at commune points',
    ),
    styles: points(PLAN_COLORS.kcn, 7.5),
    legend: pointLegend(PLAN_COLORS.kcn, { vi: 'Khu công nghiệp', en: 'Industrial park' }),
  },
  {
    id: 'logistics',
    group: 'border',
    title: { vi: 'Logistics, hợp tác biên giới', en: 'Logistics and cross-border cooperation' },
    file: 'plan/logistics.geojson',
    visible: true,
    plan: true,
    attribution: 'plan-communes-geonames',
    provenance: planProvenance('Báo chí, Viettel Post', 'Press reports, Viettel Post'),
    styles: points(PLAN_COLORS.logistics, 6.5),
    legend: pointLegend(PLAN_COLORS.logistics, {
      vi: 'Logistics, khu hợp tác',
      en: 'Logistics, cooperation zone',
    }),
  },
  {
    id: 'border-gates',
    group: 'border',
    title: { vi: 'Cửa khẩu, cửa khẩu thông minh', en: 'Border gates and the smart gate' },
    file: 'plan/border-gates.geojson',
    visible: true,
    plan: true,
    attribution: 'plan-communes-geonames',
    provenance: planProvenance(
      'GeoNames, Wikipedia, báo chí; cửa khẩu chưa có toạ độ đặt tại xã/huyện',
      'GeoNames, Wikipedia, press; gates without coordinates are placed at their commune/district',
    ),
    styles: [
      {
        type: 'line',
        paint: { 'line-color': PLAN_COLORS.gate, 'line-width': 3, 'line-dasharray': [1, 1] },
      },
      ...points(PLAN_COLORS.gate, 7, 8),
    ],
    legend: [
      ...pointLegend(PLAN_COLORS.gate, { vi: 'Cửa khẩu', en: 'Border gate' }),
      {
        label: {
          vi: 'Đường chuyên dụng vận chuyển hàng hoá (sơ đồ)',
          en: 'Dedicated freight road (schematic)',
        },
        swatch: { kind: 'line', color: PLAN_COLORS.gate, dash: true, width: 3 },
      },
    ],
  },
];
