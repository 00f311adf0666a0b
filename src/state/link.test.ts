import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../geodata/catalog';
import { freshState } from '../../tests/fixtures/app-state';
import { CRITERIA, type Weights } from '../analysis/ranking';
import type { SiteFilter } from '../analysis/site-filter';
import { SITE_KINDS } from '../analysis/site-kinds';
import { ACCURACIES, STATUSES } from '../data/plan-schema';
import { type Camera, PHASES } from '../types/core';
import { type AppState, type Panel, selectedId } from './app-state';
import { applyLink, fromView, pruneUnknownIds, toView } from './link';
import { drawnLayers, mapStyleOf } from './selectors';
import { parse, precisionAt, serialize } from './url';
import { urlContext } from './url-sync';

const IDS = CATALOG.map((d) => d.id);
const FEATURES = ['kcn-vsip-huu-lung', 'gate-huu-nghi', 'ccn-ho-son-1', 'wind-a', 'geopark'];
const roundTo = (n: number, d: number) => Math.round(n * 10 ** d) / 10 ** d;

const camera: fc.Arbitrary<Camera> = fc
  .record({
    zoom: fc.integer({ min: 650, max: 1700 }).map((z) => z / 100),
    lat: fc.double({ min: 21, max: 23, noNaN: true }),
    lng: fc.double({ min: 105.5, max: 108, noNaN: true }),
    bearing: fc.constant(0),
    pitch: fc.constant(0),
  })
  .map((c) => ({ ...c, lat: roundTo(c.lat, precisionAt(c.zoom)), lng: roundTo(c.lng, precisionAt(c.zoom)) }));

const range = fc.record(
  { min: fc.integer({ min: 0, max: 500 }), max: fc.integer({ min: 501, max: 5000 }) },
  { requiredKeys: [] },
);

/** Filters as the link writes them: the unknown-values switch and the currency only with a range. */
const filter: fc.Arbitrary<SiteFilter> = fc
  .record({
    kinds: fc.subarray([...SITE_KINDS]),
    statuses: fc.subarray([...STATUSES]),
    phases: fc.subarray([...PHASES]),
    accuracies: fc.subarray([...ACCURACIES]),
    communes: fc.uniqueArray(fc.stringMatching(/^[a-z0-9-]{1,12}$/), { maxLength: 4 }),
    area: range,
    capital: fc
      .tuple(fc.constantFrom('vnd' as const, 'usd' as const), range)
      .map(([currency, r]) => ({ currency, ...r })),
    includeUnknown: fc.boolean(),
  })
  .map((f) => {
    const capSet = f.capital.min !== undefined || f.capital.max !== undefined;
    const areaSet = f.area.min !== undefined || f.area.max !== undefined;
    return {
      ...f,
      capital: capSet ? f.capital : { currency: 'vnd' as const },
      includeUnknown: f.includeUnknown && (capSet || areaSet),
    };
  });

const weights: fc.Arbitrary<Weights> = fc
  .tuple(...CRITERIA.map(() => fc.integer({ min: 0, max: 5 })))
  .map((ws) => Object.fromEntries(CRITERIA.map((c, i) => [c, ws[i]])) as Weights);

/** Any state a link can describe: the panel's feature is the selected one, opacities in whole percents. */
const state: fc.Arbitrary<AppState> = fc
  .record({
    camera: fc.option(camera, { nil: null }),
    order: fc.shuffledSubarray(IDS, { minLength: IDS.length }),
    visible: fc.subarray(IDS),
    opacity: fc.dictionary(
      fc.constantFrom(...IDS),
      fc.integer({ min: 0, max: 100 }).map((p) => p / 100),
    ),
    selected: fc.option(fc.constantFrom(...FEATURES), { nil: null }),
    panel: fc.constantFrom(null, 'detail', 'overview', 'sheet', 'compare', 'report'),
    report: fc.constantFrom('p.106.76,21.85', 'u.user-Ab_9.12', 'g.mNqPgCuBcG~kBkBcD'),
    open: fc.boolean(),
    filter,
    weights: fc.option(weights, { nil: null }),
    sort: fc.option(fc.constantFrom('name', '-area', 'gate', '-score'), { nil: null }),
    compare: fc.uniqueArray(fc.constantFrom(...FEATURES), { maxLength: 4 }),
    phase: fc.constantFrom(...PHASES),
    swipe: fc.constantFrom(null, ...PHASES, 'base' as const),
    baseMap: fc.constantFrom('embedded' as const, 'osm' as const),
    lang: fc.constantFrom('vi' as const, 'en' as const),
    mapStyle: fc.constantFrom(null, 'normal' as const, 'contrast' as const),
    sketchLink: fc.option(fc.stringMatching(/^[A-Za-z0-9_-]{1,200}$/), { nil: null }),
    prefersContrast: fc.boolean(),
  })
  .map((r) => {
    let panel: Panel = null;
    if ((r.panel === 'detail' || r.panel === 'sheet') && r.selected)
      panel = { kind: r.panel, id: r.selected };
    if (r.panel === 'overview' || (r.panel === 'compare' && r.compare.length >= 2)) panel = { kind: r.panel };
    if (r.panel === 'report') panel = { kind: 'report', ref: r.report };
    return freshState({
      camera: r.camera,
      layers: { order: r.order, visible: new Set(r.visible), opacity: r.opacity },
      popup: r.selected ? { kind: 'plan', id: r.selected, fly: false } : null,
      panel,
      investor: { open: r.open, filter: r.filter, weights: r.weights, sort: r.sort, compare: r.compare },
      phase: r.phase,
      swipe: r.swipe,
      baseMap: r.baseMap,
      lang: r.lang,
      mapStyle: r.mapStyle,
      sketchLink: r.sketchLink,
      prefersContrast: r.prefersContrast,
    });
  });

/** Every field a link carries, as the user sees it: hidden layers' places and opacities are not carried. */
function carried(s: AppState) {
  return {
    camera: s.camera,
    drawn: drawnLayers(CATALOG, s.layers).map((d) => [d.id, s.layers.opacity[d.id] ?? 1]),
    selected: selectedId(s),
    panel: s.panel,
    investor: { ...s.investor, weights: s.investor.weights && CRITERIA.map((c) => s.investor.weights?.[c]) },
    phase: s.phase,
    swipe: s.swipe,
    baseMap: s.baseMap,
    lang: s.lang,
    mapStyle: s.mapStyle,
    sketchLink: s.sketchLink,
  };
}

describe('the link: toView and fromView', () => {
  it('fromView(toView(s)) keeps every field the link carries', () => {
    fc.assert(
      fc.property(state, (s) => {
        expect(carried(fromView(toView(s, CATALOG), freshState(), CATALOG))).toEqual(carried(s));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps them through the text of the link too', () => {
    const ctx = urlContext(CATALOG, new Set(FEATURES));
    fc.assert(
      fc.property(state, (s) => {
        const parsed = parse(serialize(toView(s, CATALOG)), ctx);
        expect(parsed.unknown).toEqual([]);
        expect(parsed.ignored).toEqual([]);
        expect(carried(fromView(parsed.state, freshState(), CATALOG))).toEqual(carried(s));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a chosen map style; without one, the system preference of the page that opens it decides', () => {
    const chosen = toView(freshState({ mapStyle: 'normal', prefersContrast: true }), CATALOG);
    expect(mapStyleOf(fromView(chosen, freshState({ prefersContrast: true }), CATALOG))).toBe('normal');
    const none = toView(freshState({ mapStyle: null, prefersContrast: false }), CATALOG);
    expect(none.mapStyle).toBeNull();
    expect(mapStyleOf(fromView(none, freshState({ prefersContrast: true }), CATALOG))).toBe('contrast');
    expect(mapStyleOf(fromView(none, freshState(), CATALOG))).toBe('normal');
  });

  it('leaves what a link does not carry: notices, the imported layers, measuring', () => {
    const before = freshState({
      notices: [{ id: 'x', key: 'basemap.failed' }],
      measure: { mode: 'line', points: [[106.7, 21.8]], done: false },
    });
    const after = fromView(toView(freshState({ lang: 'en' }), CATALOG), before, CATALOG);
    expect(after.lang).toBe('en');
    expect(after.notices).toBe(before.notices);
    expect(after.measure).toBe(before.measure);
    expect(after.imported).toBe(before.imported);
  });

  it('applyLink moves the camera, closes popups and names what it could not use', () => {
    const s = freshState({
      popup: { kind: 'choice', ids: ['a', 'b'], at: [106.7, 21.8] },
      unknownIds: ['old-id'],
    });
    const cam = { zoom: 10, lat: 21.8, lng: 106.7, bearing: 0, pitch: 0 };
    const next = applyLink(
      s,
      { state: { ...toView(freshState(), CATALOG), camera: cam }, unknown: ['gone'], ignored: ['map'] },
      CATALOG,
    );
    expect(next.popup).toBeNull();
    // A link names at most a selected feature: the other popups (a searched place, the user's feature) close too.
    const withPopups = applyLink(
      freshState({
        popup: { kind: 'user', key: 'l/1', at: [106.7, 21.8] },
      }),
      { state: toView(freshState(), CATALOG), unknown: [], ignored: [] },
      CATALOG,
    );
    expect(withPopups.popup).toBeNull();
    expect(next.camera).toEqual(cam);
    expect(next.cameraRequest).toEqual({ camera: cam, seq: 1 });
    expect(next.unknownIds).toEqual(['old-id', 'gone']);
    expect(next.notices.map((n) => n.id)).toEqual(['link-unknown', 'link-ignored']);
  });

  it('pruneUnknownIds lets go of ids the data does not have, and names them once', () => {
    const s = freshState({
      popup: { kind: 'plan', id: 'gone', fly: true },
      panel: { kind: 'detail', id: 'gone' },
      investor: { ...freshState().investor, compare: ['kept', 'gone-too'] },
    });
    const next = pruneUnknownIds(s, (id) => id === 'kept');
    expect(next.popup).toBeNull();
    expect(next.panel).toBeNull();
    expect(next.investor.compare).toEqual(['kept']);
    expect(next.notices[0]?.params).toEqual({ ids: 'gone, gone-too' });
    expect(pruneUnknownIds(next, (id) => id === 'kept')).toBe(next);
  });

  it('pruneUnknownIds keeps only comparable ids in the comparison, and closes it under two', () => {
    const compared = (ids: string[]) =>
      freshState({ panel: { kind: 'compare' }, investor: { ...freshState().investor, compare: ids } });
    const site = (id: string) => id.startsWith('kcn-');
    const known = (id: string) => id !== 'gone';
    const kept = pruneUnknownIds(compared(['kcn-a', 'kcn-b', 'gone']), known, site);
    expect(kept.panel).toEqual({ kind: 'compare' });
    expect(kept.investor.compare).toEqual(['kcn-a', 'kcn-b']);
    // A known feature that is no site (a road) cannot be compared: let go and named too.
    const closed = pruneUnknownIds(compared(['kcn-a', 'road-1']), known, site);
    expect(closed.panel).toBeNull();
    expect(closed.investor.compare).toEqual(['kcn-a']);
    expect(closed.notices[0]?.params).toEqual({ ids: 'road-1' });
    // All there: the comparison stays as it is, whatever has loaded.
    const all = compared(['kcn-a', 'kcn-b']);
    expect(pruneUnknownIds(all, known, site)).toBe(all);
  });
});
