import type { LayerDef } from '../src/data/catalog-types';
import { FONT, FONT_BOLD } from '../src/data/fonts';
import { LABEL_FIELD } from '../src/data/label-points';
import { BASE_COLORS } from './colors';
import { PLAN_LAYERS } from './plan-layers';

/** Names of the towns labelled in Lạng Sơn (places.geojson, `in_lang_son`); checked in a test. */
export const TOWN_NAMES = [
  'Bắc Sơn',
  'Bình Gia',
  'Cao Lộc',
  'Chi Lăng',
  'Đình Lập',
  'Đồng Đăng',
  'Đồng Mỏ',
  'Hữu Lũng',
  'Lạng Sơn',
  'Lộc Bình',
  'Mẫu Sơn',
  'Na Dương',
  'Na Sầm',
  'Thất Khê',
  'Văn Quan',
];

export { BASE_COLORS };

const halo = { 'text-halo-color': 'rgba(255,255,255,0.9)', 'text-halo-width': 1.4 } as const;

/**
 * Every layer of the map, bottom to top. Base layers come from geodata/base (see geodata/SOURCES.md).
 */
export const BASE_LAYERS: LayerDef[] = [
  {
    id: 'neighbours',
    group: 'base',
    title: { vi: 'Tỉnh lân cận và Trung Quốc', en: 'Neighbouring provinces and China' },
    file: 'base/neighbour-provinces-2025.geojson',
    visible: true,
    labelPoints: { vi: '{name}', en: '{name_en|name}' },
    attribution: 'odm-ne',
    provenance: {
      vi: 'Ranh giới tỉnh ODM (bộ 34 tỉnh từ 1/7/2025); vùng Quảng Tây dựng từ Natural Earth',
      en: 'ODM provincial boundaries (34-province set from 1 July 2025); Guangxi area built with Natural Earth',
    },
    styles: [
      {
        type: 'fill',
        paint: {
          'fill-color': ['match', ['get', 'country'], 'CN', BASE_COLORS.china, BASE_COLORS.neighbour],
        },
      },
      { type: 'line', paint: { 'line-color': BASE_COLORS.neighbourLine, 'line-width': 0.8 } },
      {
        type: 'symbol',
        layout: {
          'text-field': LABEL_FIELD,
          'text-font': [FONT],
          'text-size': 13,
          'text-letter-spacing': 0.05,
          'text-max-width': 8,
        },
        paint: { 'text-color': '#7d7262', ...halo },
      },
    ],
    legend: [
      {
        label: { vi: 'Tỉnh lân cận (từ 1/7/2025)', en: 'Neighbouring province (from 1 July 2025)' },
        swatch: { kind: 'fill', color: BASE_COLORS.neighbour, outline: BASE_COLORS.neighbourLine },
      },
      {
        label: { vi: 'Trung Quốc (Quảng Tây)', en: 'China (Guangxi)' },
        swatch: { kind: 'fill', color: BASE_COLORS.china, outline: BASE_COLORS.neighbourLine },
      },
    ],
  },
  {
    id: 'province',
    group: 'base',
    title: { vi: 'Tỉnh Lạng Sơn', en: 'Lạng Sơn province' },
    file: 'base/lang-son-province.geojson',
    visible: true,
    attribution: 'odm',
    provenance: {
      vi: 'Ranh giới tỉnh ODM / Cục Đo đạc, Bản đồ (khoảng 2016, tổng quát hoá)',
      en: 'ODM / Department of Survey and Mapping provincial boundary (c. 2016, generalised)',
    },
    styles: [
      { type: 'fill', paint: { 'fill-color': BASE_COLORS.province, 'fill-opacity': 0.85 } },
      { type: 'line', paint: { 'line-color': BASE_COLORS.provinceLine, 'line-width': 2.2 } },
    ],
    legend: [
      {
        label: { vi: 'Ranh giới tỉnh', en: 'Provincial boundary' },
        swatch: { kind: 'fill', color: BASE_COLORS.province, outline: BASE_COLORS.provinceLine },
      },
    ],
  },
  {
    id: 'communes-2025',
    group: 'base',
    title: { vi: 'Xã, phường (từ 1/7/2025)', en: 'Communes and wards (from 1 July 2025)' },
    file: 'base/lang-son-communes-2025-points.geojson',
    visible: true,
    attribution: 'communes',
    provenance: {
      vi: '65 xã, phường theo NQ 1672/NQ-UBTVQH15 — chỉ là điểm đại diện, chưa có ranh giới mở; 5 điểm nằm ngoài huyện cũ của xã (nghi nhầm xã trùng tên) nên không vẽ',
      en: '65 communes and wards under Resolution 1672/NQ-UBTVQH15 — representative points only, no open boundaries; 5 points that lie outside their former district (likely same-name mix-ups) are not drawn',
    },
    styles: [
      {
        type: 'circle',
        minzoom: 8.5,
        filter: ['!', ['has', 'position_suspect']],
        paint: {
          'circle-radius': 2.2,
          'circle-color': BASE_COLORS.commune,
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': 0.8,
        },
      },
      {
        type: 'symbol',
        minzoom: 8.5,
        // Where a town of the same name is labelled, the commune's grey label would only repeat it.
        filter: [
          'all',
          ['!', ['has', 'position_suspect']],
          ['!', ['in', ['get', 'name'], ['literal', TOWN_NAMES]]],
        ],
        layout: {
          'text-field': ['get', 'name'],
          'text-font': [FONT],
          'text-size': 11,
          'text-offset': [0, 0.7],
          'text-anchor': 'top',
          'text-max-width': 7,
          'text-optional': true,
        },
        paint: { 'text-color': BASE_COLORS.commune, ...halo },
      },
    ],
  },
  {
    id: 'railways',
    group: 'base',
    title: { vi: 'Đường sắt', en: 'Railways' },
    file: 'base/railways.geojson',
    visible: true,
    attribution: 'osm',
    provenance: {
      vi: 'OpenStreetMap (HOT Export, khoảng 3/2025)',
      en: 'OpenStreetMap (HOT Export, about March 2025)',
    },
    styles: [
      { type: 'line', filter: ['has', 'name'], paint: { 'line-color': BASE_COLORS.rail, 'line-width': 1.6 } },
      {
        type: 'line',
        filter: ['has', 'name'],
        paint: { 'line-color': '#ffffff', 'line-width': 0.8, 'line-dasharray': [3, 3] },
      },
    ],
    legend: [
      {
        label: { vi: 'Đường sắt', en: 'Railway' },
        swatch: { kind: 'line', color: BASE_COLORS.rail, dash: true, width: 2 },
      },
    ],
  },
  {
    id: 'border',
    group: 'base',
    title: { vi: 'Biên giới Việt Nam – Trung Quốc', en: 'Viet Nam – China border' },
    file: 'base/china-border.geojson',
    visible: true,
    attribution: 'odm',
    provenance: {
      vi: 'Đường ranh giới bản đồ suy ra từ ranh giới tỉnh ODM, không phải đường phân giới pháp lý',
      en: 'Cartographic line derived from the ODM provincial boundaries, not the legal demarcation line',
    },
    styles: [
      { type: 'line', paint: { 'line-color': '#f2c9c4', 'line-width': 6, 'line-opacity': 0.7 } },
      {
        type: 'line',
        paint: { 'line-color': BASE_COLORS.border, 'line-width': 1.8, 'line-dasharray': [4, 1.5, 1, 1.5] },
      },
    ],
    legend: [
      {
        label: { vi: 'Biên giới quốc gia', en: 'International border' },
        swatch: { kind: 'line', color: BASE_COLORS.border, dash: true, width: 2 },
      },
    ],
  },
  {
    id: 'towns',
    group: 'base',
    labelPriority: 2,
    title: { vi: 'Đô thị, địa danh', en: 'Towns and places' },
    file: 'base/places.geojson',
    visible: true,
    attribution: 'geonames-communes',
    provenance: {
      vi: 'GeoNames — tâm các thị trấn cũ, không phải trụ sở xã mới',
      en: 'GeoNames — centres of the former towns, not the new commune seats',
    },
    styles: [
      {
        type: 'circle',
        filter: ['==', ['get', 'in_lang_son'], true],
        paint: {
          'circle-radius': ['match', ['get', 'feature_code'], ['PPLA', 'PPLA2'], 4.5, 3],
          'circle-color': '#ffffff',
          'circle-stroke-color': BASE_COLORS.town,
          'circle-stroke-width': 1.6,
        },
      },
      {
        type: 'symbol',
        layout: {
          'text-field': ['get', 'name_short'],
          'text-font': [FONT_BOLD],
          'text-size': ['case', ['==', ['get', 'in_lang_son'], true], 13, 11],
          'text-offset': [0, -0.9],
          'text-anchor': 'bottom',
          'text-max-width': 8,
          // The provincial capital first, then district seats, then other towns, then places abroad.
          'symbol-sort-key': [
            '+',
            ['case', ['==', ['get', 'in_lang_son'], true], 0, 10],
            ['match', ['get', 'feature_code'], 'PPLA', 0, 'PPLA2', 1, 2],
          ],
        },
        paint: {
          'text-color': ['case', ['==', ['get', 'in_lang_son'], true], BASE_COLORS.town, '#857a6c'],
          ...halo,
        },
      },
    ],
    legend: [
      {
        label: { vi: 'Đô thị, thị trấn cũ', en: 'Town or former district town' },
        swatch: { kind: 'circle', color: '#ffffff', outline: BASE_COLORS.town },
      },
    ],
  },
];

/** The whole catalog, bottom to top: the plan above the base map. */
export const CATALOG: LayerDef[] = [...BASE_LAYERS, ...PLAN_LAYERS];
