// Builds geodata/plan/*.geojson, geodata/plan/overview.json and geodata/sources.json from the
// authored facts in scripts/plan-data/ and the base geodata. Deterministic: run it twice, get the
// same bytes. Run from the repository root: node scripts/build-plan-data.mjs [research.md]
//
// Geometry is never typed in by hand except sourced coordinates (each naming its source, at.point):
// corridors follow real roads,
// areas are unions of real district polygons, sites sit at their commune's point, and each
// feature says which (accuracy + accuracy_note).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as turf from '@turf/turf';
import { borderGates, logistics } from './plan-data/border.mjs';
import { windProjects } from './plan-data/energy.mjs';
import { industrialClusters, industrialParks } from './plan-data/industry.mjs';
import { overview } from './plan-data/overview.mjs';
import { axis, corridors, economicZone, zones } from './plan-data/structure.mjs';
import { geopark, geosites, tourism, transport } from './plan-data/tourism-transport.mjs';
import { keyProjects, urbanAreas } from './plan-data/urban.mjs';

const RESEARCH = process.argv[2] ?? '../shared/research/plan-facts.md';
const read = (f) => JSON.parse(readFileSync(join('geodata/base', f), 'utf8'));
const communes = read('lang-son-communes-2025-points.geojson');
const districts = read('lang-son-districts-pre2025.geojson');
const roads = read('roads-main.geojson');
const railways = read('railways.geojson');
const places = read('places.geojson');
const province = read('lang-son-province.geojson').features[0];

// ---- sources --------------------------------------------------------------------------------
/**
 * The seed documents. Only the official text (267/KH-UBND) is served from public/seeds/; the press
 * and company articles are cited by publisher, title, date and address (where known) with the short
 * passage that supports each fact, never republished.
 */
const SERVED = Object.fromEntries(readdirSync('public/seeds').map((f) => [f.slice(0, 3), `seeds/${f}`]));
const SEED_INFO = {
  '000': {
    ref: 'https://vtcnews.vn/lang-son-kinh-te-cua-khau-lap-ky-luc-xuat-nhap-khau-hon-86-ty-usd-nam-2025-ar998675.html',
    title:
      'Lạng Sơn: kinh tế cửa khẩu lập kỷ lục, xuất nhập khẩu hơn 86 tỷ USD năm 2025 (họp báo UBND tỉnh sáng 16/1/2026)',
    publisher: 'VTC News',
    date: '2026-01-16',
    kind: 'press',
    short: 'VTC News 1/2026',
  },
  '001': {
    ref: 'https://nhandan.vn/kinh-te-cua-khau-khu-cong-nghiep-va-du-lich-la-mui-nhon-cua-lang-son-post938873.html',
    title: 'Kinh tế cửa khẩu, khu công nghiệp và du lịch là mũi nhọn của Lạng Sơn',
    publisher: 'Báo Nhân Dân',
    kind: 'press',
    short: 'Nhân Dân: KT cửa khẩu',
    short_en: 'Nhân Dân: border-gate economy',
  },
  '002': {
    title: 'Kế hoạch 267/KH-UBND ngày 08/7/2026 triển khai thực hiện Quy hoạch tỉnh Lạng Sơn',
    publisher: 'UBND tỉnh Lạng Sơn (văn bản chính thức / official document)',
    date: '2026-07-08',
    kind: 'official',
    short: 'KH 267/KH-UBND',
  },
  '003': {
    ref: 'https://giadinhgroup.com.vn/blogs/news/lang-son-phan-dau-tro-thanh-tinh-phat-trien-cong-nghiep-theo-huong-hie',
    title: 'Lạng Sơn phấn đấu trở thành tỉnh phát triển công nghiệp theo hướng hiện đại đến năm 2030',
    publisher: 'Gia Định Group (bài của doanh nghiệp / company article)',
    date: '2025',
    kind: 'company',
    short: 'Gia Định Group',
  },
  '004': {
    ref: 'cite:lang-son-cuc-tang-truong-2024',
    title:
      'Đến 2030, Lạng Sơn trở thành một trong các cực tăng trưởng (tin hội nghị công bố Quy hoạch tỉnh theo QĐ 236/QĐ-TTg, 21/4/2024; địa chỉ bài chưa xác định)',
    publisher: 'Báo chí / press report',
    date: '2024-04',
    kind: 'press',
    short: 'Công bố QĐ 236 (báo)',
    short_en: 'QĐ 236 announcement (press)',
  },
};
/** The seed texts, to check that every passage quoted from them is word for word (when at hand). */
const SEED_DIR = '../shared/seeds';
const seedText = Object.fromEntries(
  Object.keys(SEED_INFO).map((n) => {
    const dir = existsSync(SEED_DIR) ? SEED_DIR : null;
    const f = dir && readdirSync(dir).find((x) => x.startsWith(n));
    return [n, f ? readFileSync(join(dir, f), 'utf8') : undefined];
  }),
);
/** Titles where the research list's own wording is not a usable title. */
const TITLES = {
  S43: 'Hữu Nghị – Youyi Guan border gate pair (tag page; the VTV/VNA report of 27/5/2024 on the freight route is listed there)',
  S71: 'Công viên địa chất Lạng Sơn được UNESCO công nhận (Môi trường & Du lịch)',
  S84: 'Bài về Công viên địa chất Lạng Sơn (Môi trường & Du lịch, mục 25917)',
  S91: 'Planning tasks approved for Mau Son national tourism site (VNA)',
  S100: 'Tuyến cao tốc kết nối giúp Cao Bằng mở cửa sắp khánh thành dịp 30/4 (Thủ tướng kiểm tra, 20/2/2026)',
  S120: 'Lạng Sơn (Wikipedia tiếng Việt)',
};
/**
 * S-tag → { url, title, publisher, date } from the research source list. The list is parsed from the
 * research notes when they are at hand and cached in scripts/plan-data/research-sources.json, so the
 * build also runs (identically) without ../shared/. Sources found after the notes were written are
 * added in scripts/plan-data/extra-sources.json (same shape).
 */
const CACHE = 'scripts/plan-data/research-sources.json';
const S = {
  ...(existsSync(RESEARCH)
    ? parseSourceList(readFileSync(RESEARCH, 'utf8'))
    : JSON.parse(readFileSync(CACHE, 'utf8'))),
  ...JSON.parse(readFileSync('scripts/plan-data/extra-sources.json', 'utf8')),
};
if (existsSync(RESEARCH))
  writeFileSync(CACHE, `${JSON.stringify(parseSourceList(readFileSync(RESEARCH, 'utf8')), null, 2)}\n`);
function parseSourceList(research) {
  const S = {};
  for (const line of research.split('\n')) {
    const m = /^- \[(S\d+)\] (.*)$/.exec(line);
    if (!m) continue;
    const [, tag, rest] = m;
    const same = /^= \[(S\d+)\]/.exec(rest);
    if (same) {
      S[tag] = { alias: same[1] };
      continue;
    }
    const url = /(https?:\/\/\S+?)\.?$/.exec(rest.trim())?.[1] ?? /(https?:\/\/\S+)/.exec(rest)?.[1];
    const colon = rest.indexOf(':');
    const quote = rest.indexOf('"');
    const publisher = (
      colon > 0 && (quote < 0 || colon < quote) ? rest.slice(0, colon) : rest.slice(0, Math.max(quote, 0))
    )
      .replace(/^THIRD-PARTY\s*/, '')
      .trim();
    const title = /"([^"]+)"/.exec(rest)?.[1] ?? rest.replace(/https?:\/\/\S+/g, '').trim();
    const date = /\((\d{4}-\d{2}-\d{2}|\d{2}\/\d{2}\/\d{4})\)/.exec(rest)?.[1];
    S[tag] = { url, title: TITLES[tag] ?? title, publisher, ...(date ? { date } : {}) };
  }
  return S;
}
const registry = {};
function ref(tag) {
  if (tag.startsWith('seed:')) {
    const n = tag.slice(5);
    const info = SEED_INFO[n];
    if (!info) throw new Error(`unknown seed ${tag}`);
    // An official text is served with the app; an article is cited by its address (or cite: id).
    const path = info.ref ?? SERVED[n];
    if (!path) throw new Error(`seed ${tag} is neither served nor has an address`);
    if (info.ref && SERVED[n]) throw new Error(`seed ${tag} is a ${info.kind} article: do not serve it`);
    const { ref: _r, ...rest } = info;
    registry[path] ??= rest;
    return path;
  }
  let s = S[tag];
  if (s?.alias) s = S[s.alias];
  if (!s?.url) throw new Error(`source ${tag} has no URL in the research list`);
  registry[s.url] ??= {
    title: s.title,
    publisher: s.publisher,
    ...(s.date ? { date: s.date } : {}),
    ...(s.kind ? { kind: s.kind } : {}),
  };
  return s.url;
}
const refs = (tags) => [...new Set(tags.map(ref))];

/** Whitespace-insensitive form, to compare a quoted passage with the text it comes from. */
const squash = (t) => t.replace(/\s+/g, ' ').trim();
/**
 * Passages: { tag: text } → [{ source, text }]. Each tag must be one of the fact's own sources, and a
 * passage from a seed document must be word for word in it.
 */
function quotes(q, tags, where) {
  if (!q) return undefined;
  return Object.entries(q).flatMap(([tag, texts]) =>
    (Array.isArray(texts) ? texts : [texts]).map((text) => {
      if (!tags.includes(tag)) throw new Error(`${where}: quote from ${tag}, which it does not cite`);
      const seed = tag.startsWith('seed:') ? seedText[tag.slice(5)] : undefined;
      if (seed !== undefined && !squash(seed).includes(squash(text)))
        throw new Error(`${where}: the passage quoted from ${tag} is not in it: ${text}`);
      return { source: ref(tag), text: squash(text) };
    }),
  );
}

// ---- geometry recipes -----------------------------------------------------------------------
const communeByName = new Map(communes.features.map((f) => [f.properties.name, f]));
function communePoint(name) {
  const f = communeByName.get(name);
  if (!f) throw new Error(`no commune ${name}`);
  if (f.properties.position_suspect)
    throw new Error(`commune ${name} has a suspect position; do not place by it`);
  return f.geometry.coordinates;
}
const district = (name) => {
  const f = districts.features.find((d) => d.properties.name === name);
  if (!f) throw new Error(`no district ${name}`);
  return f;
};
const placePoint = (name) => {
  const f = places.features.find((p) => p.properties.name_short === name && p.properties.in_lang_son);
  if (!f) throw new Error(`no place ${name}`);
  return f.geometry.coordinates;
};
const round = (c) => (typeof c[0] === 'number' ? c.map((x) => Math.round(x * 1e5) / 1e5) : c.map(round));
const mean = (pts) => [
  pts.reduce((s, p) => s + p[0], 0) / pts.length,
  pts.reduce((s, p) => s + p[1], 0) / pts.length,
];

/** Road refs as a list ('QL1A' or ['QL1A', 'QL4A']). */
const refList = (r) => (Array.isArray(r) ? r : [r]);
const roadVertices = (refName) =>
  roads.features
    .filter((f) => refList(refName).includes(f.properties.ref))
    .flatMap((f) =>
      f.geometry.type === 'LineString' ? f.geometry.coordinates : f.geometry.coordinates.flat(),
    );

/** Shortest path along all segments of one or more roads (vertices as nodes; gaps under 600 m bridged). */
function roadPath(refName, from, to) {
  const lines = roads.features
    .filter((f) => refList(refName).includes(f.properties.ref))
    .flatMap((f) => (f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates));
  const key = (c) => `${c[0]},${c[1]}`;
  const nodes = new Map();
  const edges = new Map();
  const add = (a, b) => {
    const d = turf.distance(a, b);
    for (const [x, y] of [
      [a, b],
      [b, a],
    ]) {
      nodes.set(key(x), x);
      if (!edges.has(key(x))) edges.set(key(x), []);
      edges.get(key(x)).push([key(y), d]);
    }
  };
  for (const line of lines) for (let i = 1; i < line.length; i++) add(line[i - 1], line[i]);
  const ends = lines.flatMap((l) => [l[0], l[l.length - 1]]);
  for (const a of ends) for (const b of ends) if (a !== b && turf.distance(a, b) < 0.6) add(a, b);
  const nearest = (p) =>
    [...nodes.values()].reduce((best, c) => (turf.distance(p, c) < turf.distance(p, best) ? c : best));
  const start = key(nearest(from));
  const goal = key(nearest(to));
  const dist = new Map([[start, 0]]);
  const prev = new Map();
  const todo = new Set(nodes.keys());
  while (todo.size) {
    let u;
    for (const k of todo) if (dist.has(k) && (u === undefined || dist.get(k) < dist.get(u))) u = k;
    if (u === undefined || u === goal) break;
    todo.delete(u);
    for (const [v, d] of edges.get(u) ?? []) {
      const alt = dist.get(u) + d;
      if (!dist.has(v) || alt < dist.get(v)) {
        dist.set(v, alt);
        prev.set(v, u);
      }
    }
  }
  if (!dist.has(goal)) throw new Error(`${refList(refName).join('+')}: no path`);
  const path = [goal];
  while (path[0] !== start) path.unshift(prev.get(path[0]));
  return path.map((k) => nodes.get(k));
}

/**
 * A road end: 'north-end' / 'south-end' (the road's northernmost / southernmost vertex inside the
 * province), a GeoNames town (name_short), { commune } (a 2025 commune point) or { point }.
 */
function roadEnd(end, refName) {
  if (end === 'north-end' || end === 'south-end') {
    const inside = roadVertices(refName).filter((c) => turf.booleanPointInPolygon(c, province));
    const north = end === 'north-end';
    return inside.reduce((a, b) => ((north ? b[1] > a[1] : b[1] < a[1]) ? b : a));
  }
  if (typeof end === 'string') return placePoint(end);
  if (end.commune) return communePoint(end.commune);
  return end.point;
}

const A = {
  approximate: 'approximate',
  derived: 'derived',
  schematic: 'schematic',
};

function resolve(g) {
  if (g.communes) {
    const pts = g.communes.map(communePoint);
    return {
      geometry: { type: 'Point', coordinates: mean(pts) },
      accuracy: A.approximate,
      note:
        g.communes.length === 1
          ? {
              vi: `Đặt tại điểm đại diện của xã/phường ${g.communes[0]} (từ 1/7/2025), sai số có thể vài km.`,
              en: `Placed at the representative point of ${g.communes[0]} (commune/ward from 1 Jul 2025); may be off by several km.`,
            }
          : {
              vi: `Đặt giữa các điểm đại diện của ${g.communes.join(', ')} (từ 1/7/2025), sai số có thể vài km.`,
              en: `Placed between the representative points of ${g.communes.join(', ')} (from 1 Jul 2025); may be off by several km.`,
            },
    };
  }
  if (g.point) return { geometry: { type: 'Point', coordinates: g.point }, accuracy: A.approximate };
  if (g.place) {
    const f = places.features.find((p) => p.properties.name_short === g.place && p.properties.in_lang_son);
    if (!f) throw new Error(`no place ${g.place}`);
    const gn = f.properties.geonameid;
    return {
      geometry: f.geometry,
      accuracy: A.approximate,
      note: gn
        ? {
            vi: `Đặt tại điểm ${f.properties.name} trên GeoNames (${gn}), tức trung tâm thị trấn/điểm dân cư; phạm vi đô thị không vẽ.`,
            en: `Placed at GeoNames point ${gn} (${f.properties.name}), a town centre or settlement point; the urban area's extent is not drawn.`,
          }
        : {
            vi: `Đặt tại điểm ${f.properties.name} trong dữ liệu địa danh nền (${f.properties.src === 'geonames' ? 'GeoNames' : f.properties.src}); phạm vi đô thị không vẽ.`,
            en: `Placed at the base places point for ${f.properties.name} (${f.properties.src === 'geonames' ? 'GeoNames' : f.properties.src}); the urban area's extent is not drawn.`,
          },
    };
  }
  if (g.provinceSide) {
    const [w, s, e, n] = turf.bbox(province);
    const third = (e - w) / 3;
    const box = g.provinceSide === 'east' ? [e - third, s, e, n] : [w, s, w + third, n];
    const part = turf.bboxClip(province, box);
    return { geometry: turf.pointOnFeature(part).geometry, accuracy: A.schematic };
  }
  if (g.schematicBetween)
    return {
      geometry: { type: 'Point', coordinates: mean(g.schematicBetween.map(communePoint)) },
      accuracy: A.schematic,
    };
  if (g.district) {
    const d = district(g.district);
    return {
      geometry: { type: 'Point', coordinates: [d.properties.label_lon, d.properties.label_lat] },
      accuracy: A.schematic,
    };
  }
  if (g.road) {
    const from = roadEnd(g.from, g.road);
    const to = roadEnd(g.to, g.road);
    let coords = roadPath(g.road, from, to);
    if (g.startAt) coords = [g.startAt, ...coords];
    return { geometry: { type: 'LineString', coordinates: coords }, accuracy: A.derived };
  }
  if (g.districts) {
    const fc = turf.featureCollection(g.districts.map(district));
    const u = turf.union(fc);
    return { geometry: u.geometry, accuracy: A.derived };
  }
  if (g.districtOutline) return { geometry: district(g.districtOutline).geometry, accuracy: A.derived };
  if (g.hull) {
    const pts = turf.featureCollection(g.hull.map((n) => turf.point(communePoint(n))));
    const hull = turf.convex(pts);
    const buf = turf.buffer(hull, g.bufferKm, { units: 'kilometers', steps: 8 });
    return { geometry: turf.simplify(buf, { tolerance: 0.0005 }).geometry, accuracy: A.schematic };
  }
  if (g.railway) {
    const parts = railways.features
      .filter((f) => f.properties.name === g.railway)
      .map((f) => f.geometry.coordinates)
      .filter((line) => line.some((c) => turf.booleanPointInPolygon(c, province)));
    return { geometry: { type: 'MultiLineString', coordinates: parts }, accuracy: A.derived };
  }
  throw new Error(`unknown geometry recipe ${JSON.stringify(g)}`);
}

function buildFact(f, where = f.key) {
  const out = { key: f.key, value: f.value };
  for (const k of ['qualifier', 'unit', 'note', 'label', 'shared', 'date'])
    if (f[k] !== undefined) out[k] = f[k];
  out.sources = refs(f.sources);
  const q = quotes(f.quote, f.sources, `${where} ${f.key}`);
  if (q) out.quotes = q;
  return out;
}

const POINT_NOTE = (via) => ({
  vi: `Toạ độ theo nguồn (${via}); độ chính xác khoảng 100 m đến 1 km.`,
  en: `Coordinates from a source (${via}); good to about 100 m–1 km.`,
});

/** What an authored note may say about the drawn geometry: its area in km² or length in km, rounded. */
function measure(geometry) {
  const f = turf.feature(geometry);
  return geometry.type.includes('Polygon')
    ? { areaKm2: Math.round(turf.area(f) / 1e6) }
    : geometry.type.includes('Line')
      ? { lengthKm: Math.round(turf.length(f)) }
      : {};
}

/** An integer with thousands separators as each language writes them (no ICU dependence). */
const fmt = (n, lang) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'vi' ? '.' : ',');

function buildFeature(a) {
  const r = resolve(a.geometry);
  const accuracy = a.accuracy ?? r.accuracy;
  const authored =
    typeof a.accuracy_note === 'function' ? a.accuracy_note(measure(r.geometry), fmt) : a.accuracy_note;
  const accuracy_note = authored ?? r.note ?? (a.geometry.point ? POINT_NOTE(a.geometry.via) : undefined);
  if (!accuracy_note) throw new Error(`${a.id}: no accuracy_note`);
  const facts = a.facts.map((f) => buildFact(f, a.id));
  const props = {
    name: a.name,
    kind: a.kind,
    status: a.status,
    ...(a.status_date ? { status_date: a.status_date } : {}),
    phase: a.phase,
    accuracy,
    accuracy_note,
    provisional: a.provisional ?? false,
    ...(a.provisional_note ? { provisional_note: a.provisional_note } : {}),
    ...(a.inferred ? { inferred: true } : {}),
    summary: a.summary,
    ...(a.commune_2025 ? { commune_2025: a.commune_2025 } : {}),
    ...(a.location_pre2025 ? { location_pre2025: a.location_pre2025 } : {}),
    facts,
    sources: refs([...a.sources, ...(a.geometry.via ? [a.geometry.via] : [])]),
  };
  return {
    type: 'Feature',
    id: a.id,
    properties: props,
    geometry: { ...r.geometry, coordinates: round(r.geometry.coordinates) },
  };
}

const LAYERS = {
  'axis.geojson': axis,
  'corridors.geojson': corridors,
  'zones.geojson': zones,
  'economic-zone.geojson': economicZone,
  'industrial-parks.geojson': industrialParks,
  'industrial-clusters.geojson': industrialClusters,
  'wind.geojson': windProjects,
  'geopark.geojson': geopark,
  'geosites.geojson': geosites,
  'border-gates.geojson': borderGates,
  'logistics.geojson': logistics,
  'tourism.geojson': tourism,
  'transport.geojson': transport,
  'urban-areas.geojson': urbanAreas,
  'key-projects.geojson': keyProjects,
};

mkdirSync('geodata/plan', { recursive: true });
const ids = new Set();
for (const [file, layer] of Object.entries(LAYERS)) {
  const features = layer.features.map(buildFeature);
  for (const f of features) {
    if (ids.has(f.id)) throw new Error(`duplicate id ${f.id}`);
    ids.add(f.id);
  }
  const metadata = {
    title: layer.title,
    ...(layer.description ? { description: layer.description } : {}),
    ...(layer.descriptionSources ? { sources: refs(layer.descriptionSources) } : {}),
    // Plan-level figures of the layer, each a Fact with its own sources (a member LayerMeta does not
    // declare yet; the panel shows them through `description` meanwhile).
    ...(layer.facts ? { facts: layer.facts.map((f) => buildFact(f, file)) } : {}),
    generated_by: 'scripts/build-plan-data.mjs',
  };
  writeFileSync(
    join('geodata/plan', file),
    `${JSON.stringify({ type: 'FeatureCollection', metadata, features })}\n`,
  );
  console.log(`${file}: ${features.length}`);
}

const item = (d) => {
  const { quote, ...rest } = d;
  const q = quotes(quote, d.sources, d.id ?? d.year);
  return { ...rest, sources: refs(d.sources), ...(q ? { quotes: q } : {}) };
};
const ov = {
  documents: overview.documents.map(item),
  indicators: overview.indicators.map((i) => ({ ...i, values: i.values.map(item) })),
  ...(overview.breakthroughs ? { breakthroughs: overview.breakthroughs.map(item) } : {}),
  ...(overview.key_projects ? { key_projects: overview.key_projects.map(item) } : {}),
};
writeFileSync('geodata/plan/overview.json', `${JSON.stringify(ov, null, 1)}\n`);
for (const n of Object.keys(SERVED)) ref(`seed:${n}`);
const sorted = Object.fromEntries(
  Object.keys(registry)
    .sort()
    .map((k) => [k, registry[k]]),
);
writeFileSync('geodata/sources.json', `${JSON.stringify(sorted, null, 1)}\n`);
console.log(`sources.json: ${Object.keys(sorted).length} sources; ${ids.size} features`);
