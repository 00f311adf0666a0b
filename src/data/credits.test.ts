import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CREDITS } from './catalog-types';
import { DATASET_CREDITS, LICENCES, MIT_NOTICE } from './credits';

const SOURCES = readFileSync('geodata/SOURCES.md', 'utf8');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('the credits page data', () => {
  it('credits every dataset the map credits, and the merge table and the font', () => {
    const ids = DATASET_CREDITS.map((c) => c.id);
    for (const id of Object.keys(CREDITS).filter((k) => k !== 'plan')) expect(ids, id).toContain(id);
    expect(ids).toContain('merge-table');
    expect(ids).toContain('noto');
  });

  it('gives each dataset its licence with the licence’s https address and says what was changed', () => {
    for (const c of DATASET_CREDITS) {
      expect(LICENCES[c.licence as keyof typeof LICENCES], c.id).toBe(c.licenceUrl);
      expect(c.licenceUrl, c.id).toMatch(/^https:\/\//);
      expect(c.source, c.id).toMatch(/^https:\/\//);
      expect(c.changes.vi.length, c.id).toBeGreaterThan(20);
      expect(c.changes.en.length, c.id).toBeGreaterThan(20);
    }
  });

  it('names the same licence for each dataset as SOURCES.md', () => {
    for (const c of DATASET_CREDITS.filter((x) => x.id in CREDITS)) {
      const row = SOURCES.split('\n').find((l) => l.startsWith('| ') && l.includes(`(\`${c.id}\`)`));
      expect(row?.toLowerCase(), c.id).toContain(c.licence.toLowerCase());
    }
  });

  it('ships the merge table’s MIT notice in full, as SOURCES.md begins to quote it', () => {
    expect(MIT_NOTICE).toMatch(/^MIT License\s+Copyright \(c\) 2025 dvhcvn/);
    expect(squash(MIT_NOTICE)).toContain(
      'The above copyright notice and this permission notice shall be included in all copies or substantial portions of the Software.',
    );
    expect(squash(SOURCES)).toContain(squash('Copyright (c) 2025 dvhcvn. Permission is hereby granted'));
  });
});

describe('short credits for pictures and sheets', () => {
  it('gives the address of each licence the credits name, once', async () => {
    const { licenceAddresses } = await import('./credits');
    expect(
      licenceAddresses(['© ODM (CC BY-SA 4.0)', 'Open Admin Data (CC BY 4.0)', '© OpenStreetMap (ODbL)']),
    ).toEqual([
      'CC BY 4.0 https://creativecommons.org/licenses/by/4.0/',
      'CC BY-SA 4.0 https://creativecommons.org/licenses/by-sa/4.0/',
      'ODbL 1.0 https://opendatacommons.org/licenses/odbl/1-0/',
    ]);
    expect(licenceAddresses(['Natural Earth'])).toEqual([]);
  });
});
