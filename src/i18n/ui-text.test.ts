import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { type Node, type SourceFile, SyntaxKind } from 'typescript/unstable/ast';
import { API } from 'typescript/unstable/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Both languages, complete: every string table has the same keys in Vietnamese and English, and no
 * component writes user-facing text of its own — every word on screen comes from src/i18n/ (or
 * from the data, which is bilingual itself).
 *
 * The components are read with the TypeScript compiler's own parser: TypeScript 7 (the native
 * compiler) exposes it through `typescript/unstable/sync`, which runs tsgo and hands back its
 * syntax trees. Unstable by name: if an update changes it, this test fails loudly, it cannot pass
 * by reading nothing (it counts what it read).
 */

const I18N = 'src/i18n';
const TSX_DIRS = ['src/ui', 'src/app', 'src/map'];

/** Attributes whose value a user reads or hears. */
const USER_ATTRS = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'title',
  'alt',
  'placeholder',
  'label',
]);

/**
 * Text that is the same in every language, so it needs no translation: symbols and punctuation
 * (× close, · separator, → ← arrows, ‹ › fold, ▲ ▼ sort, … more, – ranges, ☰ the list's icon,
 * hidden from screen readers beside its translated name), numbers, units of the
 * SI or the map (km, m, ha, km², %), the north arrow's N (drawn on the picture, named in the
 * picture's title), and names that are not translated (OpenStreetMap, GeoJSON, CSV, PNG, KML…).
 */
const SYMBOLS = /[\s\d.,:;!?()[\]{}/+\-–—−×·•→←↑↓‹›«»▲▼▸▾★☆⚠☰…%*≈#°'"“”‘’|=<>&~^_]/gu;
const WORDS = new Set([
  'km',
  'm',
  'ha',
  'km²',
  'm²',
  'N',
  'VND',
  'USD',
  'GeoJSON',
  'CSV',
  'PNG',
  'KML',
  'KMZ',
  'GPX',
  'OpenStreetMap',
  'OSM',
  'VN-2000',
  'UTM',
  'WGS84',
  'Aa',
]);
const allowed = (text: string) =>
  text
    .split(/\s+/)
    .filter((w) => w !== '')
    .every((w) => WORDS.has(w) || w.replace(SYMBOLS, '') === '');

interface Finding {
  file: string;
  line: number;
  text: string;
}

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return tsxFiles(p);
    return e.name.endsWith('.tsx') ? [p] : [];
  });
}

const JSX_OR_FUNCTION = new Set([
  SyntaxKind.JsxElement,
  SyntaxKind.JsxSelfClosingElement,
  SyntaxKind.JsxFragment,
  SyntaxKind.ArrowFunction,
  SyntaxKind.FunctionExpression,
]);

/**
 * String literals in an expression that would reach the screen as they are (not keys, not class
 * names); JSX and functions inside it (`{on && <p>…</p>}`, `{list.map((x) => <li>…</li>)}`) go to
 * `inner`, to be read as components.
 */
function literalsIn(node: Node, out: Node[], inner: (n: Node) => void): void {
  if (JSX_OR_FUNCTION.has(node.kind)) {
    inner(node);
    return;
  }
  switch (node.kind) {
    case SyntaxKind.StringLiteral:
    case SyntaxKind.NoSubstitutionTemplateLiteral:
    case SyntaxKind.TemplateHead:
    case SyntaxKind.TemplateMiddle:
    case SyntaxKind.TemplateTail:
      out.push(node);
      return;
    // A call's arguments are its business (t('key'), translate(lang, 'key'), join(', ')): not text.
    case SyntaxKind.CallExpression:
    // Comparisons and lookups (`kind === 'line'`, `x['key']`) are not shown either.
    case SyntaxKind.ElementAccessExpression:
      return;
    case SyntaxKind.BinaryExpression: {
      const op = (node as unknown as { operatorToken: Node }).operatorToken.kind;
      if (
        op === SyntaxKind.EqualsEqualsEqualsToken ||
        op === SyntaxKind.ExclamationEqualsEqualsToken ||
        op === SyntaxKind.EqualsEqualsToken ||
        op === SyntaxKind.ExclamationEqualsToken
      )
        return;
      break;
    }
    case SyntaxKind.ConditionalExpression: {
      const c = node as unknown as { whenTrue: Node; whenFalse: Node };
      literalsIn(c.whenTrue, out, inner);
      literalsIn(c.whenFalse, out, inner);
      return;
    }
  }
  node.forEachChild((child) => {
    literalsIn(child, out, inner);
    return undefined;
  });
}

const textOf = (n: Node) => (n as unknown as { text: string }).text;

/** User-facing text a component writes itself: JSX text, `{'literal'}` children, and literal values of USER_ATTRS. */
function findUntranslated(file: string, sf: SourceFile): Finding[] {
  const found: Finding[] = [];
  const report = (n: Node, text: string) => {
    const t = text.replace(/\s+/g, ' ').trim();
    if (t === '' || allowed(t)) return;
    const line = sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
    found.push({ file, line, text: t });
  };
  const visit = (node: Node): undefined => {
    if (node.kind === SyntaxKind.CallExpression) {
      // t('key', …) and translate(lang, 'key'): lookups; only JSX handed to a call is read.
      node.forEachChild((c) => (c.kind === SyntaxKind.StringLiteral ? undefined : visit(c)));
      return undefined;
    }
    if (node.kind === SyntaxKind.JsxText) report(node, textOf(node));
    else if (node.kind === SyntaxKind.JsxExpression && node.parent?.kind !== SyntaxKind.JsxAttribute) {
      const expr = (node as unknown as { expression?: Node }).expression;
      const lits: Node[] = [];
      if (expr) literalsIn(expr, lits, visit);
      for (const l of lits) report(l, textOf(l));
      return undefined;
    } else if (node.kind === SyntaxKind.JsxAttribute) {
      const a = node as unknown as { name: Node; initializer?: Node };
      if (USER_ATTRS.has(textOf(a.name)) && a.initializer) {
        const lits: Node[] = [];
        literalsIn(a.initializer, lits, visit);
        for (const l of lits) report(l, textOf(l));
      }
      return undefined;
    }
    node.forEachChild(visit);
    return undefined;
  };
  visit(sf);
  return found;
}

let api: API | undefined;
const parsed = new Map<string, SourceFile>();
/** A component written to break the rule (tests/fixtures/untranslated.tsx). */
let planted: SourceFile | undefined;

beforeAll(() => {
  api = new API({ cwd: process.cwd() });
  const project = api.updateSnapshot({ openProjects: ['tsconfig.json'] }).getProjects()[0];
  if (!project) throw new Error('tsconfig.json gave no project');
  for (const file of TSX_DIRS.flatMap(tsxFiles)) {
    const sf = project.program.getSourceFile(resolve(file));
    if (sf) parsed.set(file, sf);
  }
  planted = project.program.getSourceFile(resolve('tests/fixtures/untranslated.tsx'));
}, 60_000);
afterAll(() => api?.close());

describe('both languages, complete', () => {
  it('every string table has the same keys in both languages, none empty, with the same placeholders', async () => {
    const modules = readdirSync(I18N).filter((f) => /^strings.*\.ts$/.test(f) && !f.endsWith('.test.ts'));
    expect(modules.length).toBeGreaterThanOrEqual(5);
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    let tables = 0;
    for (const file of modules) {
      const m = (await import(`./${file.replace(/\.ts$/, '')}`)) as Record<string, unknown>;
      // Tables come in pairs: `xVi`/`xEn`, or `vi`/`en`.
      for (const name of Object.keys(m).filter((n) => n === 'vi' || n.endsWith('Vi'))) {
        const vi = m[name] as Record<string, string>;
        const en = m[name === 'vi' ? 'en' : `${name.slice(0, -2)}En`] as Record<string, string> | undefined;
        expect(en, `${file}: ${name} has no English table`).toBeDefined();
        if (!en) continue;
        tables++;
        const onlyVi = Object.keys(vi).filter((k) => !(k in en));
        const onlyEn = Object.keys(en).filter((k) => !(k in vi));
        expect({ file, onlyVi, onlyEn }).toEqual({ file, onlyVi: [], onlyEn: [] });
        for (const k of Object.keys(vi)) {
          expect(vi[k]?.trim(), `${file} ${k} (vi)`).not.toBe('');
          expect(en[k]?.trim(), `${file} ${k} (en)`).not.toBe('');
          expect(placeholders(en[k] ?? ''), `${file} ${k}`).toEqual(placeholders(vi[k] ?? ''));
        }
      }
    }
    expect(tables).toBe(modules.length);
  });

  it('reads every component with the TypeScript parser', () => {
    const files = TSX_DIRS.flatMap(tsxFiles);
    expect(files.length).toBeGreaterThan(40);
    expect([...parsed.keys()].sort()).toEqual(files.sort());
  });

  it('no component writes user-facing text of its own', () => {
    const found = [...parsed].flatMap(([file, sf]) => findUntranslated(relative('.', file), sf));
    expect(found.map((f) => `${f.file}:${f.line} ${JSON.stringify(f.text)}`)).toEqual([]);
  });

  it('finds planted text (JSX text, literal children and attributes), and passes lookups and symbols', () => {
    expect(planted).toBeDefined();
    if (!planted) return;
    expect(findUntranslated('untranslated.tsx', planted).map((f) => [f.line, f.text])).toEqual([
      [7, 'Bản đồ'],
      [9, 'Close the panel'],
      [10, 'Đang tải'],
      [11, 'Hide'],
      [14, 'Map of'],
    ]);
  });
});
