import type { Fact, FactKey, PlanKind } from '../../data/plan-schema';

/** The figures an investor looks at first, in order. */
const KEY_ORDER: FactKey[] = [
  'area_ha',
  'area_km2',
  'capital',
  'capacity_mw',
  'length_km',
  'length_in_province_km',
  'investor',
  'capacity',
  'trade',
  'visitors',
];

/** Up to `max` key facts for a popup: one per key, in the order above. */
export function keyFacts(facts: readonly Fact[], max = 4): Fact[] {
  const out: Fact[] = [];
  for (const key of KEY_ORDER) {
    const f = facts.find((x) => x.key === key);
    if (f) out.push(f);
    if (out.length === max) break;
  }
  return out;
}

/** The fields every project of a kind should answer; the detail panel says "unknown" for missing ones. */
export const EXPECTED_FIELDS: Record<PlanKind, FactKey[]> = {
  kcn: ['area_ha', 'capital', 'investor', 'form', 'legal_basis', 'timeline'],
  ccn: ['area_ha', 'capital', 'investor', 'form', 'legal_basis', 'timeline'],
  wind: ['capacity_mw', 'capital', 'investor', 'area_ha', 'legal_basis', 'timeline'],
  logistics: ['area_ha', 'capital', 'investor', 'operator', 'timeline'],
  cooperation_zone: ['area_ha', 'capital', 'investor', 'timeline'],
  expressway: ['length_km', 'capital', 'investor', 'form', 'legal_basis', 'timeline'],
  railway: ['length_km', 'capital', 'investor', 'form', 'timeline'],
  border_gate: ['legal_basis', 'timeline', 'trade'],
  smart_gate: ['capital', 'investor', 'timeline'],
  economic_zone: ['area_km2', 'legal_basis'],
  geopark: ['area_km2', 'legal_basis', 'timeline'],
  geosite: [],
  tourism: ['area_ha', 'legal_basis', 'timeline'],
  axis: ['legal_basis'],
  corridor: ['legal_basis'],
  zone: ['legal_basis'],
  urban_area: ['urban_class'],
  key_project: ['length_km', 'capital', 'investor', 'timeline'],
  road: ['length_km', 'capital', 'investor', 'timeline'],
};
