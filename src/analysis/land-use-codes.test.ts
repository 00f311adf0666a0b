import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type FieldSummary, summariseFields } from '../import/field-summary';
import {
  knownShare,
  LAND_USE_CODES,
  landUseCodeOf,
  landUseColour,
  landUseEntry,
  landUseFieldOf,
  landUseRows,
  sameColourCodes,
  UNKNOWN_CODE_COLOUR,
} from './land-use-codes';

/** The table of docs/land-use-codes.md, where each colour's sources are written down. */
function documented(): Map<string, string | null> {
  const text = readFileSync(new URL('../../docs/land-use-codes.md', import.meta.url), 'utf8');
  const rows = [...text.matchAll(/^\| ([A-Z]{3}) +\| (#[0-9A-F]{6}|UNKNOWN) +\|/gm)];
  return new Map(
    rows.map((m) => [m[1] as string, m[2] === 'UNKNOWN' ? null : (m[2] as string).toLowerCase()]),
  );
}

const field = (name: string, values: [string, number, number?][]): FieldSummary => ({
  name,
  count: values.reduce((s, [, n]) => s + n, 0),
  values: values.map(([value, count, areaM2 = 0]) => ({ value, count, areaM2 })),
  range: null,
  missing: { count: 0, areaM2: 0 },
});

describe('the land-use code table', () => {
  it('has each code once, and the colour its documented sources give (UNKNOWN ones none)', () => {
    const doc = documented();
    expect(doc.size).toBe(LAND_USE_CODES.length);
    expect(new Set(LAND_USE_CODES.map((c) => c.code)).size).toBe(LAND_USE_CODES.length);
    for (const c of LAND_USE_CODES) expect([c.code, c.colour]).toEqual([c.code, doc.get(c.code)]);
  });

  it('names every code in both languages and draws one without a known colour in the unknown grey', () => {
    for (const c of LAND_USE_CODES) {
      expect(c.vi).toMatch(/^(Đất|Núi)/);
      expect(c.en.length).toBeGreaterThan(3);
    }
    const cnt = landUseEntry('CNT');
    expect(cnt?.colour).toBeNull();
    expect(cnt && landUseColour(cnt, false)).toBe(UNKNOWN_CODE_COLOUR);
  });

  it('gives the high-contrast style one colour per class, never the regulation’s', () => {
    const luc = landUseEntry('LUC');
    const rsx = landUseEntry('RSX');
    const ont = landUseEntry('ONT');
    if (!luc || !rsx || !ont) throw new Error('missing');
    expect(landUseColour(luc, true)).toBe('#f0e442');
    expect(new Set([luc, rsx, ont].map((c) => landUseColour(c, true))).size).toBe(3);
    expect(landUseColour(luc, true)).not.toBe(luc.colour);
  });
});

describe('landUseCodeOf', () => {
  it('reads a value as the map does: upper case, the first three characters', () => {
    expect(landUseCodeOf('ONT+CLN')).toBe('ONT');
    expect(landUseCodeOf('luc')).toBe('LUC');
    expect(landUseCodeOf('')).toBeNull();
    expect(landUseCodeOf(null)).toBeNull();
    expect(landUseCodeOf(12)).toBe('12');
  });
});

describe('landUseFieldOf', () => {
  it('finds the field whose values are codes, whatever its name', () => {
    const fields = summariseFields(
      ['LUC', 'ONT', 'ONT+CLN', 'SKK', 'XYZ'].map((code, i) => ({
        type: 'Feature' as const,
        properties: { SHTHUA: i + 1, MALOAIDAT: i + 10, KHLOAIDAT: code, TENCHU: `Chủ ${i}` },
        geometry: null,
      })),
    );
    expect(landUseFieldOf(fields)).toBe('KHLOAIDAT');
  });

  it('takes no field whose values are mostly not codes, even under a usual name', () => {
    expect(
      landUseFieldOf([
        field('MDSD', [
          ['Đất lúa', 5],
          ['LUC', 1],
        ]),
      ]),
    ).toBeNull();
    expect(
      landUseFieldOf([
        field('MALOAIDAT', [
          ['1', 4],
          ['2', 3],
        ]),
      ]),
    ).toBeNull();
    expect(landUseFieldOf([field('loai_dat', [])])).toBeNull();
  });

  it('prefers a usual name when two fields hold codes equally', () => {
    const values: [string, number][] = [
      ['LUC', 2],
      ['ONT', 1],
    ];
    expect(landUseFieldOf([field('ghi_chu', values), field('loai_dat', values)])).toBe('loai_dat');
    expect(
      knownShare(
        field('x', [
          ['LUC', 3],
          ['?', 1],
        ]),
      ),
    ).toBe(0.75);
  });
});

describe('landUseRows', () => {
  it('merges values drawn as one code, largest area first, with shares of the area', () => {
    const rows = landUseRows(
      field('kh', [
        ['ONT', 2, 3000],
        ['ont', 1, 1000],
        ['ONT+CLN', 1, 1000],
        ['LUC', 3, 15000],
        ['ZZZ', 1, 0],
      ]),
    );
    expect(rows.map((r) => [r.code, r.count, r.areaM2])).toEqual([
      ['LUC', 3, 15000],
      ['ONT', 4, 5000],
      ['ZZZ', 1, 0],
    ]);
    expect(rows.map((r) => r.share)).toEqual([0.75, 0.25, 0]);
    expect(rows[2]?.entry).toBeNull();
  });

  it('ends with the features without a code, and shares the whole layer’s area', () => {
    const rows = landUseRows({ ...field('kh', [['LUC', 3, 3000]]), missing: { count: 2, areaM2: 1000 } });
    expect(rows.map((r) => [r.code, r.count, r.share])).toEqual([
      ['LUC', 3, 0.75],
      ['', 2, 0.25],
    ]);
  });

  it('shares by features when there is no area (points)', () => {
    const rows = landUseRows(
      field('kh', [
        ['LUC', 3],
        ['ONT', 1],
      ]),
    );
    expect(rows.map((r) => r.share)).toEqual([0.75, 0.25]);
  });

  it('names the codes of a layer that share a colour', () => {
    const rows = landUseRows(
      field('kh', [
        ['SKK', 1, 1],
        ['TMD', 1, 1],
        ['LUC', 1, 1],
      ]),
    );
    const skk = landUseEntry('SKK');
    if (!skk) throw new Error('missing');
    expect(sameColourCodes(skk, rows)).toEqual(['TMD']);
  });
});
