import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../geodata/catalog';
import type { ImportedLayer } from '../import/imported-store';
import {
  drawnImported,
  drawnLayers,
  inPhaseView,
  isFeatureShown,
  layersTopFirst,
  planFilterOf,
  type ShownRule,
} from './selectors';

const feature = (id: string, phase?: string): Feature => ({
  type: 'Feature',
  id,
  geometry: { type: 'Point', coordinates: [106.7, 21.8] },
  properties: phase ? { phase } : {},
});

const rule: ShownRule = {
  visible: new Set(['industrial-parks', 'province']),
  phase: '2030',
  siteLayers: ['industrial-parks'],
  shownSites: new Set(['kcn-a', 'kcn-b']),
};

describe('selectors', () => {
  it('list every layer top first, and the drawn ones in the order the map draws them', () => {
    const order = CATALOG.map((d) => d.id);
    expect(layersTopFirst(CATALOG, order).map((d) => d.id)).toEqual([...order].reverse());
    const swapped = [...order];
    const i = swapped.indexOf('industrial-parks');
    const j = swapped.indexOf('province');
    [swapped[i], swapped[j]] = [swapped[j] as string, swapped[i] as string];
    expect(drawnLayers(CATALOG, { order: swapped, visible: rule.visible }).map((d) => d.id)).toEqual([
      'province',
      'industrial-parks',
    ]);
  });

  it('draw a plan feature only when its layer is on, it is in the phase and it passes the site filters', () => {
    expect(isFeatureShown(rule, 'industrial-parks', feature('kcn-a', '2030'))).toBe(true);
    expect(isFeatureShown(rule, 'industrial-parks', feature('kcn-a', '2050'))).toBe(false);
    expect(isFeatureShown(rule, 'industrial-parks', feature('kcn-c', 'existing'))).toBe(false);
    expect(isFeatureShown(rule, 'wind', feature('w', 'existing'))).toBe(false);
    expect(isFeatureShown({ ...rule, phase: '2050' }, 'industrial-parks', feature('kcn-b', '2050'))).toBe(
      true,
    );
    expect(isFeatureShown(rule, 'province', feature('p'))).toBe(true);
  });

  it('give every map the same rule as a filter: ids on site layers only, the phases drawn', () => {
    const mapRule = {
      siteLayers: new Set(rule.siteLayers),
      shownSites: rule.shownSites,
      phases: ['existing', '2030'],
    };
    expect(planFilterOf(mapRule, 'industrial-parks')).toEqual({
      ids: rule.shownSites,
      phases: ['existing', '2030'],
    });
    expect(planFilterOf(mapRule, 'wind')).toEqual({ ids: null, phases: ['existing', '2030'] });
    expect(planFilterOf({ ...mapRule, shownSites: null, phases: null }, 'industrial-parks')).toEqual({
      ids: null,
      phases: null,
    });
  });

  it('see a feature at a phase when the plan at that phase includes it (the assertions of the former inPhase)', () => {
    expect(inPhaseView(feature('a', 'existing'), '2030')).toBe(true);
    expect(inPhaseView(feature('a', '2050'), '2030')).toBe(false);
    expect(inPhaseView(feature('a', '2050'), '2050')).toBe(true);
    expect(inPhaseView(feature('a', '2030'), 'existing')).toBe(false);
    expect(inPhaseView(feature('base'), 'existing')).toBe(true);
  });

  it("list the user's drawn layers top first", () => {
    const l = (id: string, visible: boolean) => ({ id, visible }) as ImportedLayer;
    expect(drawnImported([l('a', true), l('b', false), l('c', true)]).map((x) => x.id)).toEqual(['c', 'a']);
  });
});
