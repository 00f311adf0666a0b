// Builds geodata/plan/*.geojson, geodata/plan/overview.json and geodata/sources.json from the
// authored facts in scripts/plan-data/ and the base geodata. Deterministic: run it twice, get the
// same bytes. Run from the repository root: node scripts/build-plan-data.mjs [research.md]
//
// Geometry is never typed in by hand except sourced coordinates (each naming its source, at.point):
// lines join sourced points, areas are built from the 2025 commune points and the province
// boundary, sites sit at their commune's or town's point, and each feature says which (accuracy +
// accuracy_note). Each file's metadata names the base datasets its geometry comes from and the
// licence it inherits from them.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as turf from '@turf/turf';
import { borderGates, logistics } from './plan-data/border.mjs';
import { windProjects } from './plan-data/energy.mjs';
import { NOT_STORED, PARTIAL, UNSTORED } from './plan-data/helpers.mjs';
import { industrialClusters, industrialParks } from './plan-data/industry.mjs';
import { overview } from './plan-data/overview.mjs';
import { plan267 } from './plan-data/plan267.mjs';
import { axis, corridors, economicZone, zones } from './plan-data/structure.mjs';
import { geopark, geosites, tourism, transport } from './plan-data/tourism-transport.mjs';
import { keyProjects, urbanAreas } from './plan-data/urban.mjs';

const RESEARCH = process.argv[2] ?? '../shared/research/plan-facts.md';
const read = (f) => JSON.parse(readFileSync(join('geodata/base', f), 'utf8'));
const communes = read('lang-son-communes-2025-points.geojson');
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
/**
 * What kind of text each web source is, by its host: an official body's page, a data set, a reference
 * work (encyclopaedia, law library), a company's own page, an aggregator that republishes others'
 * news; every other host is a newspaper or news agency (press).
 */
const HOST_KIND = {
  'soct.langson.gov.vn': 'official',
  'www.geonames.org': 'data',
  'vi.wikipedia.org': 'reference',
  'truyenhinhcapsongthu.net': 'reference',
  'id.us.edu.vn': 'reference',
  'luatvietnam.vn': 'reference',
  'thuvienphapluat.vn': 'reference',
  'lawnet.vn': 'reference',
  'thuviennhadat.vn': 'reference',
  'langsongeopark.com.vn': 'reference',
  'deoca.vn': 'company',
  'pvmachino.vn': 'company',
  'icon.com.vn': 'company',
  'top10tphcm.com': 'aggregator',
  'nhadat.bacninh.city': 'aggregator',
  'www.tinbong247.org': 'aggregator',
  'saigonmoi24.com': 'aggregator',
  'vietgiaitri.com': 'aggregator',
  'lite.baomoi.com': 'aggregator',
  'baomoi.net.vn': 'aggregator',
};
const hostKind = (url) => HOST_KIND[new URL(url).host] ?? 'press';

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
    kind: s.kind ?? hostKind(s.url),
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

// ---- former districts, approximated from the 2025 commune points ------------------------------
// No district boundaries under an open licence are at hand, so a former district's area is
// approximated by the province area nearest to the 2025 communes formed from it: the Voronoi cells
// of the commune points (Open Admin Data, CC BY 4.0), clipped to the province (ODM, CC BY-SA 4.0).
// A commune point flagged as misplaced is left out (its cell would sit in another district).
const districtsOf = (f) =>
  f.properties.district_pre2025.split('; ').map((s) => s.replace(/^(Huyện|Thành phố) /, ''));
const placed = communes.features.filter((f) => !f.properties.position_suspect);
const cells = (() => {
  const [w, s, e, n] = turf.bbox(province);
  const v = turf.voronoi(turf.featureCollection(placed.map((f) => turf.point(f.geometry.coordinates))), {
    bbox: [w - 0.1, s - 0.1, e + 0.1, n + 0.1],
  });
  return v.features.map((cell, i) => ({
    commune: placed[i],
    geometry: turf.intersect(turf.featureCollection([cell, province]))?.geometry,
  }));
})();
/** The union of the commune cells of the named former districts (a commune formed from several counts for each). */
function districtArea(names) {
  const parts = cells.filter((c) => c.geometry && districtsOf(c.commune).some((d) => names.includes(d)));
  if (!parts.length) throw new Error(`no communes for ${names.join(', ')}`);
  const u =
    parts.length === 1
      ? turf.feature(parts[0].geometry)
      : turf.union(turf.featureCollection(parts.map((c) => turf.feature(c.geometry))));
  return turf.truncate(turf.simplify(u, { tolerance: 0.0003 }), { precision: 5 }).geometry;
}
/**
 * A point standing for a former district: the mean of its communes' points, or the commune point
 * nearest to that mean when the mean lies nearer another district's commune (a bent district).
 */
function districtPoint(name) {
  const own = placed.filter((f) => districtsOf(f).includes(name));
  if (!own.length) throw new Error(`no communes for ${name}`);
  const m = mean(own.map((f) => f.geometry.coordinates));
  const nearest = (fs) =>
    fs.reduce((a, b) =>
      turf.distance(m, a.geometry.coordinates) <= turf.distance(m, b.geometry.coordinates) ? a : b,
    );
  return districtsOf(nearest(placed)).includes(name) ? m : nearest(own).geometry.coordinates;
}

/** A line end: a GeoNames town (name_short in places.geojson), { commune } or { point, via }. */
function lineEnd(end) {
  if (typeof end === 'string') return { at: placePoint(end), dataset: 'geonames' };
  if (end.commune) return { at: communePoint(end.commune), dataset: 'communes' };
  return {
    at: end.point,
    dataset: end.via && S[end.via]?.url?.includes('geonames.org') ? 'geonames' : undefined,
  };
}

const A = {
  approximate: 'approximate',
  derived: 'derived',
  schematic: 'schematic',
};

/** Base datasets a recipe's geometry is made from (ids of ATTRIBUTIONS in src/data/catalog-types.ts). */
const COMMUNES = ['communes'];
function resolve(g) {
  const r = resolveGeometry(g);
  return { ...r, datasets: r.datasets ?? [] };
}
function resolveGeometry(g) {
  if (g.communes) {
    const pts = g.communes.map(communePoint);
    return {
      geometry: { type: 'Point', coordinates: mean(pts) },
      accuracy: A.approximate,
      datasets: COMMUNES,
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
  if (g.point) {
    // A coordinate is typed in only as quoted from a source, which the feature then cites.
    if (!g.via || !S[g.via])
      throw new Error(`a point at ${g.point} names no known source (at.point(lng, lat, source))`);
    const { dataset } = lineEnd(g);
    return {
      geometry: { type: 'Point', coordinates: g.point },
      accuracy: A.approximate,
      datasets: dataset ? [dataset] : [],
    };
  }
  if (g.place) {
    const f = places.features.find((p) => p.properties.name_short === g.place && p.properties.in_lang_son);
    if (!f) throw new Error(`no place ${g.place}`);
    const gn = f.properties.geonameid;
    return {
      geometry: f.geometry,
      accuracy: A.approximate,
      datasets: [f.properties.src === 'geonames' || gn ? 'geonames' : 'communes'],
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
    return { geometry: turf.pointOnFeature(part).geometry, accuracy: A.schematic, datasets: ['odm'] };
  }
  if (g.schematicBetween)
    return {
      geometry: { type: 'Point', coordinates: mean(g.schematicBetween.map(communePoint)) },
      accuracy: A.schematic,
      datasets: COMMUNES,
    };
  if (g.district)
    return {
      geometry: { type: 'Point', coordinates: districtPoint(g.district) },
      accuracy: A.schematic,
      datasets: COMMUNES,
    };
  if (g.line) {
    const ends = g.line.map(lineEnd);
    return {
      geometry: { type: 'LineString', coordinates: ends.map((e) => e.at) },
      accuracy: A.schematic,
      datasets: [...new Set(ends.map((e) => e.dataset).filter(Boolean))].sort(),
    };
  }
  if (g.districts)
    return { geometry: districtArea(g.districts), accuracy: A.approximate, datasets: ['communes', 'odm'] };
  if (g.districtOutline) {
    const whole = turf.feature(districtArea([g.districtOutline]));
    const rest = g.except?.length ? turf.feature(districtArea(g.except)) : undefined;
    const part = rest ? turf.difference(turf.featureCollection([whole, rest])) : whole;
    return {
      geometry: turf.truncate(part, { precision: 5 }).geometry,
      accuracy: A.approximate,
      datasets: ['communes', 'odm'],
    };
  }
  if (g.hull) {
    const pts = turf.featureCollection(g.hull.map((n) => turf.point(communePoint(n))));
    const hull = turf.convex(pts);
    const buf = turf.buffer(hull, g.bufferKm, { units: 'kilometers', steps: 8 });
    return {
      geometry: turf.simplify(buf, { tolerance: 0.0005 }).geometry,
      accuracy: A.schematic,
      datasets: COMMUNES,
    };
  }
  if (g.railway) {
    const parts = railways.features
      .filter((f) => f.properties.name === g.railway)
      .map((f) => f.geometry.coordinates)
      .filter((line) => line.some((c) => turf.booleanPointInPolygon(c, province)));
    return {
      geometry: { type: 'MultiLineString', coordinates: parts },
      accuracy: A.derived,
      datasets: ['osm'],
    };
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
  const unquoted = f.unquoted ?? unquotedReason(f.sources, q, isFigure(f.value), where);
  if (unquoted) out.unquoted = unquoted;
  return out;
}

const MISSING = [];
const isFigure = (v) => typeof v === 'number' || (typeof v === 'object' && v !== null && 'min' in v);
/**
 * Why a fact lacks a passage from some of its sources. A seed document is at hand, so a figure cited
 * from one must quote it (the build stops otherwise). Every web page a figure cites was looked for
 * again in the stored copies and quoted where found, so a figure with no passage at all says its page
 * is not stored; a fact quoted from one source says why the others are not; any other fact says that
 * only the gist of its pages was noted.
 */
function unquotedReason(tags, q, figure, where) {
  const bare = tags.filter((t) => !q?.some((x) => x.source === ref(t)));
  const seed = bare.find((t) => t.startsWith('seed:') && seedText[t.slice(5)] !== undefined);
  if (seed && figure)
    MISSING.push(`${where}: a figure cited from ${seed} must quote it (the text is at hand)`);
  if (!bare.some((t) => !t.startsWith('seed:'))) return undefined;
  if (q?.length) return PARTIAL;
  return figure ? NOT_STORED : UNSTORED;
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
    ...(STACKED.has(a.id) ? { stacked_above: STACKED.get(a.id) } : {}),
    facts,
    sources: refs([
      ...a.sources,
      ...[a.geometry, ...(a.geometry.line ?? [])].flatMap((g) => (g?.via ? [g.via] : [])),
    ]),
  };
  const feature = {
    type: 'Feature',
    id: a.id,
    properties: props,
    geometry: { ...r.geometry, coordinates: round(r.geometry.coordinates) },
  };
  return { feature, datasets: r.datasets };
}

/**
 * The base datasets plan geometry can come from, with the licence a file inherits from each. CC BY
 * data may be adapted into a share-alike file; a file may not mix the two share-alike licences.
 */
const DATASETS = {
  communes: { name: 'Open Admin Data 2025 commune points', license: 'CC-BY-4.0' },
  geonames: { name: 'GeoNames', license: 'CC-BY-4.0' },
  odm: { name: 'ODM / Department of Survey and Mapping province boundary', license: 'CC-BY-SA-4.0' },
  osm: { name: 'OpenStreetMap', license: 'ODbL-1.0' },
};
const LICENSE_NAMES = {
  'CC-BY-4.0': 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
  'CC-BY-SA-4.0': 'Creative Commons Attribution-ShareAlike 4.0 International (CC BY-SA 4.0)',
  'ODbL-1.0': 'Open Data Commons Open Database License 1.0 (ODbL 1.0)',
};
/** The licence a plan file inherits from the datasets its geometry is made from. */
function inheritedLicense(file, datasets) {
  const licenses = new Set(datasets.map((d) => DATASETS[d].license));
  if (licenses.has('CC-BY-SA-4.0') && licenses.has('ODbL-1.0'))
    throw new Error(`${file}: mixes CC BY-SA and ODbL data; split the file`);
  return licenses.has('ODbL-1.0') ? 'ODbL-1.0' : licenses.has('CC-BY-SA-4.0') ? 'CC-BY-SA-4.0' : 'CC-BY-4.0';
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

/**
 * The order the map draws the plan layers in, bottom to top (PLAN_LAYERS in geodata/plan-layers.ts;
 * a data test keeps the two the same).
 */
const DRAW_ORDER = [
  'geopark.geojson',
  'zones.geojson',
  'economic-zone.geojson',
  'corridors.geojson',
  'axis.geojson',
  'transport.geojson',
  'urban-areas.geojson',
  'key-projects.geojson',
  'wind.geojson',
  'geosites.geojson',
  'tourism.geojson',
  'industrial-clusters.geojson',
  'industrial-parks.geojson',
  'logistics.geojson',
  'border-gates.geojson',
];
/**
 * Points that share a position (sites known only by the same commune or district): each gets
 * `stacked_above`, how many of them the map draws above it, so the style draws it as a wider ring
 * around those above and every one of them can be seen and clicked.
 */
function stackRanks() {
  const order = DRAW_ORDER.flatMap((file) =>
    LAYERS[file].features.map((a) => ({ id: a.id, at: resolve(a.geometry) })),
  );
  const at = new Map();
  for (const { id, at: r } of order)
    if (r.geometry.type === 'Point') {
      const key = round(r.geometry.coordinates).join(',');
      at.set(key, [...(at.get(key) ?? []), id]);
    }
  const ranks = new Map();
  for (const ids of at.values()) {
    if (ids.length < 2) continue;
    ids.forEach((id, i) => {
      ranks.set(id, ids.length - 1 - i);
    });
  }
  return ranks;
}
if (Object.keys(LAYERS).sort().join() !== [...DRAW_ORDER].sort().join())
  throw new Error('DRAW_ORDER must name every plan file');
const STACKED = stackRanks();

mkdirSync('geodata/plan', { recursive: true });
const ids = new Set();
for (const [file, layer] of Object.entries(LAYERS)) {
  const built = layer.features.map(buildFeature);
  const features = built.map((b) => b.feature);
  const derivedFrom = [...new Set(built.flatMap((b) => b.datasets))].sort();
  const license = inheritedLicense(file, derivedFrom);
  for (const f of features) {
    if (ids.has(f.id)) throw new Error(`duplicate id ${f.id}`);
    ids.add(f.id);
  }
  const metadata = {
    title: layer.title,
    ...(layer.description ? { description: layer.description } : {}),
    ...(layer.descriptionSources ? { sources: refs(layer.descriptionSources) } : {}),
    // Plan-level figures of the layer, each a Fact with its own sources and passages (LayerMeta.facts;
    // the layer's row lists them, with their sources, when its "layer-wide facts" toggle is opened).
    ...(layer.facts ? { facts: layer.facts.map((f) => buildFact(f, file)) } : {}),
    generated_by: 'scripts/build-plan-data.mjs',
    // Licence and credits: the geometry is made from these base datasets (see geodata/SOURCES.md);
    // the text and facts are written for this project from the cited sources.
    derived_from: derivedFrom,
    license,
    license_name: LICENSE_NAMES[license],
    attribution: ['QĐ 236/QĐ-TTg · KH 267/KH-UBND', ...derivedFrom.map((d) => DATASETS[d].name)].join(' · '),
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
  const unquoted =
    d.unquoted ?? unquotedReason(d.sources, q, 'value' in d && isFigure(d.value), d.id ?? d.year);
  return {
    ...rest,
    sources: refs(d.sources),
    ...(q ? { quotes: q } : {}),
    ...(unquoted ? { unquoted } : {}),
  };
};
const ov = {
  documents: overview.documents.map(item),
  indicators: overview.indicators.map((i) => ({ ...i, values: i.values.map(item) })),
  ...(overview.breakthroughs ? { breakthroughs: overview.breakthroughs.map(item) } : {}),
  ...(overview.key_projects ? { key_projects: overview.key_projects.map(item) } : {}),
  plan_267: plan267.map((g) => ({ ...g, items: g.items.map(item) })),
};
if (MISSING.length) throw new Error(MISSING.join('\n'));
writeFileSync('geodata/plan/overview.json', `${JSON.stringify(ov, null, 1)}\n`);
for (const n of Object.keys(SERVED)) ref(`seed:${n}`);
const sorted = Object.fromEntries(
  Object.keys(registry)
    .sort()
    .map((k) => [k, registry[k]]),
);
writeFileSync('geodata/sources.json', `${JSON.stringify(sorted, null, 1)}\n`);
console.log(`sources.json: ${Object.keys(sorted).length} sources; ${ids.size} features`);
