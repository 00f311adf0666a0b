import { describe, expect, it } from 'vitest';
import { checkPlanCollection } from './plan-check';

const props = {
  name: { vi: 'KCN Hữu Lũng', en: 'Hữu Lũng IP' },
  kind: 'kcn',
  status: 'under_construction',
  phase: '2030',
  accuracy: 'approximate',
  accuracy_note: { vi: 'Đặt tại điểm xã', en: 'Placed at the commune point' },
  provisional: false,
  summary: { vi: 'Khu công nghiệp', en: 'Industrial park' },
  facts: [{ key: 'area_ha', value: 599.76, unit: 'ha', sources: ['https://example.org/a'] }],
  sources: ['seeds/003_cdcfc0dc92c5f591.txt'],
};
const fc = (p: unknown) => ({
  type: 'FeatureCollection' as const,
  features: [
    {
      type: 'Feature' as const,
      id: 'kcn-a',
      properties: p as Record<string, unknown>,
      geometry: null as never,
    },
  ],
});

describe('checkPlanCollection', () => {
  it('accepts a feature with sources and accuracy', () => {
    expect(checkPlanCollection(fc(props)).ok).toBe(true);
  });

  it('refuses a feature without sources, naming it', () => {
    const r = checkPlanCollection(fc({ ...props, sources: [] }));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems[0]).toMatch(/^feature 1 \(kcn-a\): sources: /);
  });

  it('refuses a number without a source and an unknown accuracy', () => {
    const noSource = { ...props, facts: [{ key: 'area_ha', value: 600, unit: 'ha', sources: [] }] };
    expect(checkPlanCollection(fc(noSource)).ok).toBe(false);
    expect(checkPlanCollection(fc({ ...props, accuracy: 'exact' })).ok).toBe(false);
  });

  it('requires a note on what is provisional', () => {
    expect(checkPlanCollection(fc({ ...props, provisional: true })).ok).toBe(false);
    const noted = { ...props, provisional: true, provisional_note: { vi: 'Chưa rõ', en: 'Unknown' } };
    expect(checkPlanCollection(fc(noted)).ok).toBe(true);
  });

  it('only accepts seed files and http(s) links as sources', () => {
    expect(checkPlanCollection(fc({ ...props, sources: ['javascript:alert(1)'] })).ok).toBe(false);
    expect(checkPlanCollection(fc({ ...props, sources: ['[S19]'] })).ok).toBe(false);
  });
});
