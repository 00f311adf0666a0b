import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../geodata/catalog';
import { freshState } from '../../tests/fixtures/app-state';
import { fromView, toView } from './link';
import { openLandReport } from './report-actions';
import { decodeParcel } from './report-ref';
import { parse, serialize } from './url';

describe('openLandReport', () => {
  it('opens the report panel on the parcel, closing the popup it was asked from', () => {
    const s = freshState({ popup: { kind: 'user', key: 'user-a/3', at: [106.7, 21.8] } });
    const next = openLandReport(s, { kind: 'user', key: 'user-a/3' }, { kind: 'popup' });
    expect(next.popup).toBeNull();
    expect(next.panel).toEqual({ kind: 'report', ref: 'u.user-a.3' });
  });

  it('keeps the archive feature it was asked from, but not in the link', () => {
    const pick = {
      layerId: 'archive-1',
      sourceLayer: 'parcels',
      properties: { ma: 'ONT' },
      at: [106.7, 21.8] as [number, number],
    };
    const next = openLandReport(freshState(), { kind: 'point', at: pick.at }, { kind: 'archive', pick });
    expect(next.panel).toEqual({ kind: 'report', ref: 'p.106.7,21.8', pick });
    expect(toView(next, CATALOG).report).toBe('p.106.7,21.8');
    expect(serialize(toView(next, CATALOG))).not.toContain('ONT');
  });

  it('reopens from its link: the same parcel, in a fresh page', () => {
    const geometry = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [106.76, 21.85],
          [106.761, 21.85],
          [106.761, 21.851],
          [106.76, 21.85],
        ],
      ],
    };
    const opened = openLandReport(freshState(), { kind: 'shape', geometry }, { kind: 'sketch' });
    const text = serialize(toView(opened, CATALOG));
    const ctx = { layerIds: new Set(CATALOG.map((d) => d.id)) };
    const again = fromView(parse(text, ctx).state, freshState(), CATALOG);
    expect(again.panel?.kind).toBe('report');
    const ref = again.panel?.kind === 'report' ? again.panel.ref : '';
    expect(decodeParcel(ref)).toEqual({ kind: 'shape', geometry });
  });

  it('tells the user, and changes nothing else, when the shape is too big for a link', () => {
    const ring = Array.from({ length: 700 }, (_, i) => [106 + Math.sin(i) / 10, 21.8 + Math.cos(i) / 10]);
    const s = freshState();
    const next = openLandReport(
      s,
      { kind: 'shape', geometry: { type: 'Polygon', coordinates: [[...ring, ring[0] as number[]]] } },
      { kind: 'paste' },
    );
    expect(next.panel).toBeNull();
    expect(next.notices.map((n) => n.id)).toEqual(['report-too-big']);
  });
});
