import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ATTRIBUTIONS, CREDITS, type DatasetId } from '../src/data/catalog-types';
import { CATALOG } from './catalog';

/** Licences that permit public redistribution (SPDX ids), the only ones a shipped file may carry. */
const REDISTRIBUTABLE = new Set([
  'CC-BY-4.0',
  'CC-BY-SA-4.0',
  'ODbL-1.0',
  'MIT',
  'public-domain',
  'CC0-1.0',
  'OFL-1.1',
]);
/** The licence each dataset passes on to what is made from it. */
const DATASET_LICENCE: Record<DatasetId, string> = {
  odm: 'CC-BY-SA-4.0',
  ne: 'public-domain',
  communes: 'CC-BY-4.0',
  osm: 'ODbL-1.0',
  geonames: 'CC-BY-4.0',
};
/** How SOURCES.md writes each licence. */
const SPDX_TEXT: Record<string, string> = {
  'CC-BY-4.0': 'CC BY 4.0',
  'CC-BY-SA-4.0': 'CC BY-SA 4.0',
  'ODbL-1.0': 'ODbL 1.0',
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}
const read = (file: string) => JSON.parse(readFileSync(join('geodata', file), 'utf8'));
const SOURCES = readFileSync('geodata/SOURCES.md', 'utf8');
const BASE = files('geodata/base').map((p) => relative('geodata', p));
const PLAN = files('geodata/plan')
  .filter((p) => p.endsWith('.geojson'))
  .map((p) => relative('geodata', p));

interface BaseMeta {
  source?: string;
  license?: string;
  attribution?: string;
  license_spdx?: string[];
  datasets?: DatasetId[];
}
interface PlanMeta {
  license?: string;
  derived_from?: DatasetId[];
  attribution?: string;
}

/** The cells of the SOURCES.md table row that starts with this file's path. */
function row(file: string): string[] | undefined {
  const line = SOURCES.split('\n').find((l) => l.startsWith(`| \`${file}\``));
  return line
    ?.split('|')
    .slice(1, -1)
    .map((c) => c.trim());
}

describe('licences of the shipped data', () => {
  it.each(BASE)('%s states its source, licence and credit, under a redistributable licence', (file) => {
    const m = read(file).metadata as BaseMeta;
    expect(m.source && m.license && m.attribution, file).toBeTruthy();
    expect(m.license_spdx?.length, file).toBeGreaterThan(0);
    for (const l of m.license_spdx ?? []) expect(REDISTRIBUTABLE.has(l), `${file}: ${l}`).toBe(true);
    expect(m.datasets?.length, file).toBeGreaterThan(0);
    // What a base file is made from decides its licence.
    for (const d of m.datasets ?? []) expect(m.license_spdx, `${file}: ${d}`).toContain(DATASET_LICENCE[d]);
  });

  it('ships no base file made from the district map of gis.chinhphu.vn (via dvhcvn) or the LegoCity roads', () => {
    for (const file of BASE) {
      const m = read(file).metadata as BaseMeta;
      expect(`${file} ${m.source}`, file).not.toMatch(
        /gis\.chinhphu|dvhcvn\/?\s*`?data\/gis|LegoCity|giaothong|districts-pre2025|roads-main/i,
      );
    }
  });

  it.each(PLAN)('%s states the licence it inherits from the datasets its geometry is made from', (file) => {
    const m = read(file).metadata as PlanMeta;
    expect(m.derived_from?.length, file).toBeGreaterThan(0);
    const inherited = new Set((m.derived_from ?? []).map((d) => DATASET_LICENCE[d]));
    expect(inherited.has('CC-BY-SA-4.0') && inherited.has('ODbL-1.0'), file).toBe(false);
    const expected = inherited.has('ODbL-1.0')
      ? 'ODbL-1.0'
      : inherited.has('CC-BY-SA-4.0')
        ? 'CC-BY-SA-4.0'
        : 'CC-BY-4.0';
    expect(m.license, file).toBe(expected);
    expect(REDISTRIBUTABLE.has(m.license ?? ''), file).toBe(true);
  });
});

describe('geodata/SOURCES.md', () => {
  const shipped = [
    ...files('geodata')
      .filter((p) => /\.(geo)?json$/.test(p))
      .map((p) => relative('geodata', p)),
    // public/seeds/ is listed with the source documents it holds (sources.json).
    ...files('public')
      .filter((p) => !p.startsWith('public/seeds/'))
      .map((p) => p),
  ];

  it.each(shipped)('has a row for %s', (file) => {
    expect(row(file), file).toBeDefined();
  });

  it.each(PLAN)('gives %s the licence its metadata states', (file) => {
    const licence = (read(file).metadata as PlanMeta).license ?? '';
    expect(row(file)?.at(-1), file).toBe(SPDX_TEXT[licence]);
  });

  /** The row of the licence-evidence table that names this dataset's credit id. */
  const evidence = (id: string) =>
    SOURCES.split('\n').find((l) => l.startsWith('| ') && l.includes(`(\`${id}\`)`));

  it.each(Object.entries(DATASET_LICENCE))(
    'states the licence of %s with where it was checked',
    (id, spdx) => {
      const cells = evidence(id)
        ?.split('|')
        .slice(1, -1)
        .map((c) => c.trim());
      expect(cells, id).toBeDefined();
      const [, licence = '', checked = ''] = cells ?? [];
      expect(REDISTRIBUTABLE.has(spdx), id).toBe(true);
      expect(licence.toLowerCase(), id).toBe((SPDX_TEXT[spdx] ?? 'public domain').toLowerCase());
      // Evidence is a pinned commit, a package version or the licensor's own page, with its words.
      expect(checked, id).toMatch(/@[0-9a-f]{7,}|@\d+\.\d+|copyright page|terms/);
      expect(checked, id).toMatch(/"[^"]+"|\(©/);
    },
  );

  it.each(Object.keys(DATASET_LICENCE))('says in plain words what is uncertain about %s', (id) => {
    const section = SOURCES.split('## What is uncertain')[1]?.split('\n## ')[0] ?? '';
    const item = section.split('\n- ').find((l) => l.startsWith(`\`${id}\``));
    expect(item, id).toBeDefined();
    expect(item?.length ?? 0, id).toBeGreaterThan(80);
  });

  it('says what is uncertain about the commune points and the merge table (the words may say doubt)', () => {
    const section = SOURCES.split('## What is uncertain')[1] ?? '';
    expect(section).toMatch(/not documented/);
    expect(section).toMatch(/1672/);
  });
});

describe('the map credits', () => {
  it.each(CATALOG.map((d) => [d.id, d] as const))(
    '%s names every dataset its data comes from',
    (_id, def) => {
      const m = read(def.file).metadata as BaseMeta & PlanMeta;
      const datasets = def.plan ? m.derived_from : m.datasets;
      expect(datasets?.length, def.file).toBeGreaterThan(0);
      const credit = ATTRIBUTIONS[def.attribution];
      for (const d of datasets ?? []) expect(credit, `${def.id}: ${d}`).toContain(CREDITS[d]);
      if (def.plan) expect(credit).toContain(CREDITS.plan);
    },
  );
});
