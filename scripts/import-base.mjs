// Copies the curated base geodata from ../shared/geodata-sources into geodata/base/,
// giving every feature a stable string id (derived from a code in the source data, so
// re-running the import gives the same ids), keeping each file's metadata member and adding to it
// the licence (SPDX id) and the dataset credit the map shows.
// Only files whose licence has been checked are imported (see geodata/SOURCES.md): the
// pre-2025 district polygons and the generalised road map in ../shared are not, for want of a
// licence that permits redistribution.
// Run: node scripts/import-base.mjs [path-to-geodata-sources]
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import distance from '@turf/distance';

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
  'lang-son-communes-2025-points.geojson': (f) => `commune-${f.properties.code}`,
  'railways.geojson': (f) => `rail-${f.properties.osm_id}`,
  'places.geojson': (f) =>
    f.properties.geonameid ? `place-${f.properties.geonameid}` : `place-${slug(f.properties.name)}`,
};

/**
 * Licence (SPDX ids, all permitting redistribution) and the ids of the credits the map shows
 * (ATTRIBUTIONS in src/data/catalog-types.ts) of each imported file, as checked for SOURCES.md.
 */
const licences = {
  'lang-son-province.geojson': { license_spdx: ['CC-BY-SA-4.0'], datasets: ['odm'] },
  'neighbour-provinces-2025.geojson': {
    license_spdx: ['CC-BY-SA-4.0', 'public-domain'],
    datasets: ['odm', 'ne'],
  },
  'china-border.geojson': { license_spdx: ['CC-BY-SA-4.0'], datasets: ['odm'] },
  'lang-son-communes-2025-points.geojson': { license_spdx: ['CC-BY-4.0', 'MIT'], datasets: ['communes'] },
  'railways.geojson': { license_spdx: ['ODbL-1.0'], datasets: ['osm'] },
  'places.geojson': { license_spdx: ['CC-BY-4.0'], datasets: ['geonames', 'communes'] },
};

// The commune points come from a source that does not say how they were made. Five of them sit
// beside a former commune of the same name in another district (e.g. Tân Thành of Hữu Lũng placed
// near Tân Thanh on the border): a mix-up of two communes. A point is flagged when the new commune
// that took in its namesake lies nearer than any commune formed from its own former districts, so
// the map does not draw it as if it were right.
const districtsOf = (f) => f.properties.district_pre2025.split('; ');
const formerCommunes = (f) =>
  f.properties.merged_from.split('; ').map((s) =>
    s
      .replace(/\s+/g, ' ')
      .replace(/^(Xã|Thị trấn|Phường) /, '')
      .replace(/ \(một phần\)$/, ''),
  );
function checkCommunes(fc) {
  const all = fc.features;
  const shares = (a, b) => districtsOf(a).some((d) => districtsOf(b).includes(d));
  return (f) => {
    const name = f.properties.name;
    const twins = all.filter((g) => g !== f && !shares(f, g) && formerCommunes(g).includes(name));
    if (!twins.length) return f.properties;
    const km = (g) => distance(f, g);
    const own = Math.min(...all.filter((g) => g !== f && shares(f, g)).map(km));
    const twin = twins.reduce((a, b) => (km(a) <= km(b) ? a : b));
    if (km(twin) >= own) return f.properties;
    return {
      ...f.properties,
      position_suspect: `nearer ${twin.properties.name} (${districtsOf(twin).join('/')}), which took in a former commune named ${name}, than any commune of ${districtsOf(f).join('/')}`,
    };
  };
}

for (const [file, idOf] of Object.entries(files)) {
  const fc = JSON.parse(readFileSync(join(src, file), 'utf8'));
  const seen = new Set();
  const check = file.startsWith('lang-son-communes') ? checkCommunes(fc) : undefined;
  const features = fc.features.map((f, i) => {
    const id = idOf(f, i);
    if (seen.has(id)) throw new Error(`${file}: duplicate id ${id}`);
    seen.add(id);
    const properties = check ? check(f) : f.properties;
    return { type: 'Feature', id, properties, geometry: f.geometry };
  });
  writeFileSync(
    join(out, file),
    `${JSON.stringify({ type: 'FeatureCollection', metadata: { ...fc.metadata, ...licences[file] }, features })}\n`,
  );
  console.log(`${file}: ${features.length} features`);
}
