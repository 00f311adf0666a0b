// Copies the curated base geodata from ../shared/geodata-sources into geodata/base/,
// giving every feature a stable string id (derived from a code in the source data, so
// re-running the import gives the same ids) and keeping each file's metadata member.
// Run: node scripts/import-base.mjs [path-to-geodata-sources]
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';

const src = process.argv[2] ?? '../shared/geodata-sources';
const out = 'geodata/base';

const slug = (s) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** file → function(feature, index) giving its id */
const files = {
  'lang-son-province.geojson': () => 'province-lang-son',
  'neighbour-provinces-2025.geojson': (f) => `nb2025-${slug(f.properties.name_ascii ?? f.properties.name)}`,
  'china-border.geojson': () => 'border-vn-cn',
  'lang-son-districts-pre2025.geojson': (f) => `district-${f.properties.gso_code}`,
  'lang-son-communes-2025-points.geojson': (f) => `commune-${f.properties.code}`,
  'roads-main.geojson': (f, i) => `road-${f.properties.src_gid}-${i}`,
  'railways.geojson': (f) => `rail-${f.properties.osm_id}`,
  'places.geojson': (f) =>
    f.properties.geonameid ? `place-${f.properties.geonameid}` : `place-${slug(f.properties.name)}`,
};

// The commune points come from a source that does not say how they were made. A point that lies
// outside every district its commune was formed from is most likely a mix-up of two communes with
// the same name (e.g. Tân Thành in Hữu Lũng placed at Tân Thanh on the border): flag it so the map
// does not draw it as if it were right.
const districts = JSON.parse(readFileSync(join(src, 'lang-son-districts-pre2025.geojson'), 'utf8'));
function checkCommune(f) {
  const expected = f.properties.district_pre2025.split('; ').map((s) => s.replace(/^(Huyện|Thành phố) /, ''));
  const inside = districts.features.filter((d) => booleanPointInPolygon(f, d)).map((d) => d.properties.name);
  if (expected.some((n) => inside.includes(n))) return f.properties;
  return {
    ...f.properties,
    position_suspect: `outside ${expected.join('/')}; lies in ${inside.join('/') || 'no district'}`,
  };
}

for (const [file, idOf] of Object.entries(files)) {
  const fc = JSON.parse(readFileSync(join(src, file), 'utf8'));
  const seen = new Set();
  const features = fc.features.map((f, i) => {
    const id = idOf(f, i);
    if (seen.has(id)) throw new Error(`${file}: duplicate id ${id}`);
    seen.add(id);
    const properties = file.startsWith('lang-son-communes') ? checkCommune(f) : f.properties;
    return { type: 'Feature', id, properties, geometry: f.geometry };
  });
  writeFileSync(
    join(out, file),
    `${JSON.stringify({ type: 'FeatureCollection', metadata: fc.metadata, features })}\n`,
  );
  console.log(`${file}: ${features.length} features`);
}
