import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const DIR = 'scripts/plan-data';
const recipes = readdirSync(DIR)
  .filter((f) => f.endsWith('.mjs') && f !== 'helpers.mjs')
  .map((f) => ({ file: f, text: readFileSync(`${DIR}/${f}`, 'utf8') }));
const research = JSON.parse(readFileSync(`${DIR}/research-sources.json`, 'utf8')) as Record<string, unknown>;
const read = (file: string) => JSON.parse(readFileSync(`geodata/plan/${file}`, 'utf8'));

describe('the authored plan facts', () => {
  it('type in no coordinate that no source gives (the zone marks were made-up points)', () => {
    const typed = recipes.flatMap(({ file, text }) =>
      [...text.matchAll(/schematicPoint|at\.point\(([^)]*)\)/g)]
        .filter((m) => {
          if (m[0] === 'schematicPoint') return true;
          const source = /,\s*'([^']+)'\s*$/.exec(m[1] ?? '')?.[1];
          return source === undefined || !(source in research);
        })
        .map((m) => `${file}: ${m[0]}`),
    );
    expect(typed).toEqual([]);
  });

  it('name the axis with the plan’s own term, “trục phát triển”', () => {
    const [axis] = read('axis.geojson').features;
    expect(axis.properties.name.vi).toMatch(/^Trục phát triển/);
    expect(JSON.stringify(read('axis.geojson').metadata.title)).not.toContain('động lực');
  });
});
