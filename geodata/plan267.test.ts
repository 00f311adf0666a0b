import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Overview } from '../src/data/overview-schema';

// The overview carries all of Plan 267's goals, vision and numbered 2030 targets (section II of the
// served official text), each item in the plan's own words at its line.

const file = readdirSync('public/seeds').find((f) => f.startsWith('002_'));
if (!file) throw new Error('Plan 267 is not served');
const lines = readFileSync(join('public/seeds', file), 'utf8').split('\n');
const overview = Overview.parse(JSON.parse(readFileSync('geodata/plan/overview.json', 'utf8')));
const groups = overview.plan_267 ?? [];
const items = groups.flatMap((g) => g.items);
const at = (text: string) => lines.findIndex((l) => l.trim() === text) + 1;

describe('Plan 267 in the overview', () => {
  const from = at('2. Các mục tiêu, chỉ tiêu cụ thể đến năm 2030');
  const to = at('III. DANH MỤC DỰ ÁN ĐẦU TƯ CÔNG, THU HÚT ĐẦU TƯ');
  const targets = lines
    .map((l, i) => ({ line: i + 1, text: l.trim() }))
    .filter((l) => l.line > from && l.line < to && l.text.startsWith('- '));

  it('finds the numbered targets of section II.2 in the served text', () => {
    expect(from).toBeGreaterThan(0);
    expect(targets.length).toBeGreaterThanOrEqual(30);
  });

  it('shows every numbered 2030 target, each in the plan’s words at its line', () => {
    const missing = targets
      .filter((t) => !items.some((i) => i.line === t.line && t.text.includes(i.text.vi)))
      .map((t) => `L${t.line}: ${t.text}`);
    expect(missing).toEqual([]);
  });

  it('shows every sentence of the general goals and of the 2050 vision', () => {
    for (const [id, heading] of [
      ['goals', '1. Các mục tiêu phát triển chung'],
      ['vision', '1. Các mục tiêu phát triển chung'],
    ] as const) {
      const g = groups.find((x) => x.id === id);
      const line = g?.items[0]?.line ?? 0;
      expect(line, id).toBeGreaterThan(at(heading));
      const sentences = (lines[line - 1] ?? '').split(/(?<=\.) /);
      for (const s of sentences)
        expect(
          g?.items.map((i) => i.text.vi),
          `${id}: ${s}`,
        ).toContain(s.trim());
    }
  });

  it('groups the targets as the plan does (2.1–2.5), each item quoting its own line', () => {
    expect(groups.map((g) => g.title.vi).filter((t) => /^2\.\d/.test(t))).toEqual([
      '2.1. Về kinh tế',
      '2.2. Về kết cấu hạ tầng',
      '2.3. Về xã hội',
      '2.4. Về bảo vệ môi trường',
      '2.5. Về quốc phòng, an ninh, đối ngoại',
    ]);
    for (const g of groups.filter((x) => /^2\.\d/.test(x.title.vi)))
      expect(lines[g.line - 1]?.trim(), g.id).toBe(g.title.vi);
    for (const i of items) {
      expect(lines[i.line - 1], i.id).toContain(i.text.vi);
      expect(i.quotes.map((q) => q.text)).toContain(i.text.vi);
      expect(i.sources).toEqual([`seeds/${file}`]);
    }
  });

  it('links a target to a baseline only where the data holds a result for it', () => {
    for (const i of items)
      for (const id of i.indicators ?? []) {
        const ind = overview.indicators.find((x) => x.id === id);
        expect(
          ind?.values.some((v) => v.kind === 'result'),
          `${i.id} → ${id}`,
        ).toBe(true);
      }
  });

  it('says for every investment priority where it is drawn, or that no source places it', () => {
    const inv = groups.find((g) => g.id === 'investment');
    expect(inv?.items.length).toBeGreaterThan(0);
    for (const i of inv?.items ?? []) expect(i.map, i.id).toBeDefined();
  });
});
