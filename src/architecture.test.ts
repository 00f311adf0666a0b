import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseAst } from 'vite';
import { describe, expect, it } from 'vitest';

/**
 * The folders from the top of the import order to the bottom (see docs/architecture.md): a module
 * may import its own folder and the folders below it, never one above, not even a type.
 */
const RANK: Record<string, number> = {
  main: 8,
  app: 7,
  ui: 6,
  map: 5,
  state: 4,
  i18n: 3,
  analysis: 2,
  import: 2,
  export: 2,
  data: 1,
  geodata: 1,
  types: 0,
};

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.tsx?$/.test(f) && !/\.(test|bench)\.tsx?$/.test(f) && !/\.d\.ts$/.test(f) ? [p] : [];
  });
}

const FILES = [...sources('src'), ...sources('geodata')];
const folderOf = (file: string) => {
  const parts = relative('.', file).split('/');
  if (parts[0] === 'geodata') return 'geodata';
  return parts.length === 2 ? 'main' : (parts[1] as string);
};
const IMPORT = /(?:import|export)\s[^'";]*?from\s+'(\.[^']+)'|import\(\s*'(\.[^']+)'\s*\)/g;

describe('the architecture', () => {
  it('imports run downwards only', () => {
    const upwards: string[] = [];
    for (const file of FILES) {
      for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
        const target = resolve(dirname(file), (m[1] ?? m[2]) as string);
        const [from, to] = [folderOf(file), folderOf(target)];
        if ((RANK[to] ?? 0) > (RANK[from] ?? 0)) upwards.push(`${file} → ${relative('.', target)}`);
      }
    }
    expect(upwards).toEqual([]);
  });

  it('knows every folder', () => {
    expect(FILES.map(folderOf).filter((f) => RANK[f] === undefined)).toEqual([]);
  });

  it('MapLibre is imported only under src/map/', () => {
    const outside = FILES.filter(
      (f) =>
        folderOf(f) !== 'map' && /from 'maplibre-gl'|import\('maplibre-gl'\)/.test(readFileSync(f, 'utf8')),
    );
    expect(outside).toEqual([]);
  });

  it('keeps source files small and the app a layout', () => {
    const lines = (f: string) => readFileSync(f, 'utf8').split('\n').length;
    expect(FILES.filter((f) => lines(f) > 350)).toEqual([]);
    expect(lines('src/app/app.tsx')).toBeLessThanOrEqual(200);
  });

  // A module that awaits at its top level holds back every chunk that imports from it: the lazily
  // loaded data checks import from the entry chunk, so an await in main.tsx made them wait for its
  // 1.5 s patience and the first view came 1.5 s late. Run the waiting in a function instead.
  it('no module awaits at its top level', () => {
    type Node = { type: string; await?: boolean; start: number; [key: string]: unknown };
    const FUNCTION = /^(FunctionDeclaration|FunctionExpression|ArrowFunctionExpression|StaticBlock)$/;
    const awaits: string[] = [];
    for (const file of FILES) {
      const text = readFileSync(file, 'utf8');
      if (!/\bawait\b/.test(text)) continue;
      const visit = (node: Node): void => {
        if (FUNCTION.test(node.type)) return;
        if (node.type === 'AwaitExpression' || (node.type === 'ForOfStatement' && node.await))
          awaits.push(`${file}:${text.slice(0, node.start).split('\n').length}`);
        for (const value of Object.values(node))
          for (const child of Array.isArray(value) ? value : [value])
            if (child && typeof child === 'object' && typeof (child as Node).type === 'string')
              visit(child as Node);
      };
      visit(parseAst(text, { lang: file.endsWith('x') ? 'tsx' : 'ts' }) as unknown as Node);
    }
    expect(awaits).toEqual([]);
  });
});
