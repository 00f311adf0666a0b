import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Camera } from '../types/core';
import { DEFAULT_STATE, parse, precisionAt, serialize, type UrlContext, type ViewState } from './url';

const LAYERS = ['province', 'roads', 'axis', 'industrial-parks', 'border-gates', 'wind'];
const FEATURES = ['kcn-vsip-huu-lung', 'gate-huu-nghi', 'ccn-ho-son-1'];
const ctx: UrlContext = {
  layerIds: new Set(LAYERS),
  featureIds: new Set(FEATURES),
  layerAliases: { kcn: 'industrial-parks' },
  featureAliases: { 'vsip-lang-son': 'kcn-vsip-huu-lung' },
  filterKeys: new Set(['kind', 'status', 'area']),
};

const token = fc.stringMatching(/^[a-z0-9_-]{1,12}$/);
const roundTo = (n: number, d: number) => Math.round(n * 10 ** d) / 10 ** d;

const camera: fc.Arbitrary<Camera> = fc
  .record({
    zoom: fc.integer({ min: 0, max: 2200 }).map((z) => z / 100),
    lat: fc.double({ min: -85, max: 85, noNaN: true }),
    lng: fc.double({ min: -180, max: 180, noNaN: true }),
    bearing: fc.oneof(
      fc.constant(0),
      fc.integer({ min: -1800, max: 3600 }).map((b) => b / 10),
    ),
    pitch: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 85 })),
  })
  .map((c) => {
    const p = precisionAt(c.zoom);
    // A link stores about a pixel's precision; states are compared at that precision.
    return { ...c, lat: roundTo(c.lat, p) || 0, lng: roundTo(c.lng, p) || 0, bearing: c.bearing || 0 };
  });

const state: fc.Arbitrary<ViewState> = fc
  .record({
    camera: fc.option(camera, { nil: null }),
    layers: fc.option(
      fc
        .uniqueArray(fc.constantFrom(...LAYERS), { maxLength: LAYERS.length })
        .chain((ids) =>
          fc.tuple(
            ...ids.map((id) => fc.integer({ min: 0, max: 100 }).map((pct) => ({ id, opacity: pct / 100 }))),
          ),
        ),
      { nil: null },
    ),
    selected: fc.option(fc.constantFrom(...FEATURES), { nil: null }),
    panel: fc.constantFrom(null, 'detail', 'overview', 'sheet', 'compare'),
    sites: fc.boolean(),
    filters: fc.dictionary(
      fc.constantFrom('kind', 'status', 'area'),
      fc.uniqueArray(token, { minLength: 1, maxLength: 4 }),
    ),
    rank: fc.option(
      fc.uniqueArray(
        fc
          .tuple(fc.constantFrom('gate', 'huu_nghi', 'area', 'status'), fc.integer({ min: 0, max: 5 }))
          .map(([c, w]) => `${c}-${w}`),
        { maxLength: 4, selector: (t) => t },
      ),
      { nil: null },
    ),
    sort: fc.option(fc.constantFrom('name', '-area', 'gate', '-score'), { nil: null }),
    compare: fc.uniqueArray(fc.constantFrom(...FEATURES), { maxLength: 3 }),
    phase: fc.constantFrom('existing', '2030', '2050'),
    swipe: fc.constantFrom(null, 'existing', '2030', '2050', 'base'),
    baseMap: fc.constantFrom('embedded', 'osm'),
    lang: fc.constantFrom('vi', 'en'),
    mapStyle: fc.constantFrom(null, 'normal', 'contrast'),
    report: fc.option(
      fc.constantFrom('p.106.76,21.85', 'u.user-Ab_9.12', 'g.mNqPgCuBcG~kBkBcD', 'g.mNqPgCuBcG!kBkBcD'),
      {
        nil: null,
      },
    ),
    sketches: fc.option(fc.stringMatching(/^[A-Za-z0-9_-]{1,400}$/), { nil: null }),
  })
  .map(
    (s) =>
      ({
        ...s,
        panel:
          ((s.panel === 'detail' || s.panel === 'sheet') && !s.selected) ||
          (s.panel === 'compare' && s.compare.length < 2)
            ? null
            : s.panel,
      }) as ViewState,
  );

describe('url codec', () => {
  it('parse(serialize(state)) gives the state back', () => {
    fc.assert(
      fc.property(state, (s) => {
        const r = parse(serialize(s), ctx);
        expect(r.unknown).toEqual([]);
        expect(r.state).toEqual(s);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on random or mangled hashes, and always gives a valid state', () => {
    const valid = (s: ViewState) => {
      if (s.camera) {
        expect(Number.isFinite(s.camera.zoom) && s.camera.zoom >= 0 && s.camera.zoom <= 24).toBe(true);
        expect(Math.abs(s.camera.lat)).toBeLessThanOrEqual(85.06);
        expect(Math.abs(s.camera.lng)).toBeLessThanOrEqual(180);
      }
      for (const l of s.layers ?? []) {
        expect(LAYERS).toContain(l.id);
        expect(l.opacity >= 0 && l.opacity <= 1).toBe(true);
      }
      if (s.selected) expect(FEATURES).toContain(s.selected);
      expect(['embedded', 'osm']).toContain(s.baseMap);
      expect(['vi', 'en']).toContain(s.lang);
      expect([null, 'normal', 'contrast']).toContain(s.mapStyle);
      if (s.sketches !== null) expect(s.sketches.length).toBeGreaterThan(0);
      for (const id of s.compare) expect(FEATURES).toContain(id);
      expect(s.compare.length).toBeLessThanOrEqual(4);
      for (const t of s.rank ?? []) expect(t).toMatch(/^[a-z_]+-\d$/);
      if (s.sort) expect(s.sort).toMatch(/^-?[a-z_]+$/);
      for (const [k, v] of Object.entries(s.filters)) {
        expect(['kind', 'status', 'area']).toContain(k);
        for (const x of v) expect(x).toMatch(/^[A-Za-z0-9_.-]+$/);
      }
    };
    const mangled = state.chain((s) =>
      fc
        .tuple(fc.nat(), fc.nat(), fc.string({ maxLength: 12 }), fc.integer({ min: 0, max: 3 }))
        .map(([at, len, junk, op]) => {
          const h = serialize(s);
          const i = at % (h.length + 1);
          if (op === 0) return h.slice(0, i); // truncated (e.g. cut off in a chat message)
          if (op === 1) return h.slice(0, i) + junk + h.slice(i); // garbage inserted
          if (op === 2) return h.slice(0, i) + h.slice(i + (len % 8)); // characters lost
          return h.replace(/[=&/,~]/g, (c) => (junk.length % 2 ? c : junk.slice(0, 1) || c)); // separators broken
        }),
    );
    const anything = fc.oneof(
      mangled,
      fc.string({ maxLength: 300 }),
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.constantFrom(
        '#',
        '#%',
        '#map=%E0%A4%A',
        '#map=NaN/Infinity/1e999',
        '#layers=,,,~~~',
        '#sel=<script>',
      ),
    );
    fc.assert(
      fc.property(anything, (hash) => {
        valid(parse(hash, ctx).state);
      }),
      { numRuns: 10_000 },
    );
  });

  it('writes the OpenStreetMap/MapLibre camera convention with precision by zoom', () => {
    const s: ViewState = {
      ...DEFAULT_STATE,
      camera: { zoom: 8.74, lat: 21.853851, lng: 106.761189, bearing: 0, pitch: 0 },
    };
    expect(serialize(s)).toBe('#map=8.74/21.8539/106.7612&v=1');
    const close: ViewState = {
      ...s,
      camera: { zoom: 15.2, lat: 21.853851, lng: 106.761189, bearing: 0, pitch: 0 },
    };
    expect(serialize(close)).toBe('#map=15.2/21.853851/106.761189&v=1');
    expect(serialize(DEFAULT_STATE)).toBe('#v=1');
  });

  it('keeps old links working through aliases and names ids it does not know', () => {
    const r = parse('#layers=province,kcn~40,gone-layer&sel=vsip-lang-son&panel=detail', ctx);
    expect(r.state.layers).toEqual([
      { id: 'province', opacity: 1 },
      { id: 'industrial-parks', opacity: 0.4 },
    ]);
    expect(r.state.selected).toBe('kcn-vsip-huu-lung');
    expect(r.state.panel).toBe('detail');
    expect(r.unknown).toEqual(['gone-layer']);
    expect(parse('#sel=no-such-project', ctx).unknown).toEqual(['no-such-project']);
  });

  it('accepts any well-formed feature id before the data is loaded, aliases applied', () => {
    const early = { ...ctx, featureIds: undefined };
    expect(parse('#sel=vsip-lang-son', early).state.selected).toBe('kcn-vsip-huu-lung');
    expect(parse('#sel=later-checked', early).state.selected).toBe('later-checked');
    expect(parse('#sel=bad%20id', early).state.selected).toBeNull();
  });

  it('falls back to defaults for bad values and ignores unknown keys', () => {
    const r = parse('#map=99/500/1000&base=satellite&lang=fr&panel=detail&utm_source=x&v=7', ctx);
    expect(r.state).toEqual(DEFAULT_STATE);
    // Each parameter it could not read is named, so the user can be told; unknown keys are not.
    expect(r.ignored).toEqual(['map', 'panel', 'base', 'lang']);
    expect(parse('#map=abc&f=kind:kcn+<b>;??&rank=gate-3,bogus&phase=1999', ctx).ignored).toEqual([
      'map',
      'f',
      'rank',
      'phase',
    ]);
    // A panel for a feature already named as unknown is not counted twice; a good link names nothing.
    expect(parse('#sel=gone&panel=detail', ctx).ignored).toEqual([]);
    expect(parse('#map=11/21.5/106.3&f=kind:kcn&rank=gate-3&lang=en', ctx).ignored).toEqual([]);
  });

  it('keeps the investor tools: table, ranking, sort and the sites compared', () => {
    const r = parse('#sites=1&rank=gate-3,area-2,bogus&sort=-area&cmp=ccn-ho-son-1,vsip-lang-son,gone', ctx);
    expect(r.state.sites).toBe(true);
    expect(r.state.rank).toEqual(['gate-3', 'area-2']);
    expect(r.state.sort).toBe('-area');
    expect(r.state.compare).toEqual(['ccn-ho-son-1', 'kcn-vsip-huu-lung']);
    expect(r.unknown).toEqual(['gone']);
    expect(parse('#rank=', ctx).state.rank).toEqual([]);
    // Ranking on with every weight at 0: an empty list, not a part the link could not use.
    expect(parse('#rank=', ctx).ignored).toEqual([]);
    expect(parse('#sort=<x>&sites=yes', ctx).state).toEqual(DEFAULT_STATE);
    expect(parse('#panel=sheet', ctx).state.panel).toBeNull();
    expect(parse('#panel=sheet&sel=gate-huu-nghi', ctx).state.panel).toBe('sheet');
    expect(parse('#panel=compare&cmp=gate-huu-nghi', ctx).state.panel).toBeNull();
    expect(parse('#panel=compare&cmp=gate-huu-nghi,ccn-ho-son-1', ctx).state.panel).toBe('compare');
  });

  it('keeps the plan phase and the swipe', () => {
    expect(parse('#phase=existing&swipe=2050', ctx).state).toMatchObject({
      phase: 'existing',
      swipe: '2050',
    });
    expect(parse('#phase=1999&swipe=moon', ctx).state).toMatchObject({ phase: '2050', swipe: null });
    expect(serialize({ ...DEFAULT_STATE, phase: '2030', swipe: 'base' })).toBe('#phase=2030&swipe=base&v=1');
  });

  it("keeps a land report's parcel by its form, and drops a broken one (the map still opens)", () => {
    expect(parse('#report=p.106.76,21.85', ctx).state.report).toBe('p.106.76,21.85');
    expect(parse('#report=u.user-x.3', ctx).state.report).toBe('u.user-x.3');
    for (const bad of ['x', 'p.', 'q.1,2,3', 'u.a b.3', 'g.<script>', `g.${'A'.repeat(3000)}`]) {
      const r = parse(`#map=10/21.8/106.7&report=${encodeURIComponent(bad)}`, ctx);
      expect(r.state.report).toBeNull();
      expect(r.state.camera?.zoom).toBe(10);
      expect(r.ignored).toEqual(['report']);
    }
  });

  it('keeps the map style, and says nothing when none was chosen', () => {
    expect(parse('#style=contrast', ctx).state.mapStyle).toBe('contrast');
    expect(parse('#style=normal', ctx).state.mapStyle).toBe('normal');
    expect(parse('#v=1', ctx).state.mapStyle).toBeNull();
    const bad = parse('#style=neon', ctx);
    expect(bad.state.mapStyle).toBeNull();
    expect(bad.ignored).toEqual(['style']);
    expect(serialize({ ...DEFAULT_STATE, mapStyle: 'contrast' })).toBe('#style=contrast&v=1');
    expect(serialize(DEFAULT_STATE)).toBe('#v=1');
  });

  it('stays short: a full state is well under 2,000 characters', () => {
    const s: ViewState = {
      camera: { zoom: 12.34, lat: 21.85, lng: 106.76, bearing: 12.5, pitch: 30 },
      layers: LAYERS.map((id) => ({ id, opacity: 0.5 })),
      selected: FEATURES[0] ?? null,
      panel: 'detail',
      sites: true,
      filters: { kind: ['kcn', 'ccn'], status: ['operating'], area: ['10-600'] },
      rank: ['gate-3', 'huu_nghi-2', 'expressway-3', 'road-1', 'railway-1', 'city-1', 'area-2', 'status-2'],
      sort: '-score',
      compare: ['kcn-vsip-huu-lung', 'gate-huu-nghi', 'ccn-ho-son-1'],
      phase: '2030',
      swipe: 'base',
      baseMap: 'osm',
      lang: 'en',
      mapStyle: 'contrast',
      report: null,
      sketches: null,
    };
    expect(serialize(s).length).toBeLessThan(400);
  });

  it('carries a sketch value as it is, without losing the rest of the link', () => {
    expect(parse('#map=10/21.8/106.7&sk=eJzLSM3JyQcABiwCFQ&v=1', ctx).state.sketches).toBe(
      'eJzLSM3JyQcABiwCFQ',
    );
    expect(serialize({ ...DEFAULT_STATE, sketches: 'abc_-1' })).toBe('#sk=abc_-1&v=1');
    // A damaged value is the sketch code's to name (sketch-link.test.ts); the rest of the link stands.
    const bad = parse('#map=10/21.8/106.7&sk=ab%2Bcd%2F&lang=en&v=1', ctx);
    expect(bad.state.sketches).toBe('ab+cd/');
    expect(bad.ignored).toEqual([]);
    expect(bad.state.camera?.zoom).toBe(10);
    expect(bad.state.lang).toBe('en');
    expect(parse('#sk=&v=1', ctx).state.sketches).toBeNull();
  });
});
