import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../geodata/catalog';
import { freshState } from '../../tests/fixtures/app-state';
import { selectedId } from './app-state';
import { applyLink, toView } from './link';
import { mapUnavailable } from './map-actions';
import { chooseFeature } from './selection-actions';
import { parse } from './url';
import { urlContext } from './url-sync';

const NO_WEBGL = { reason: 'no-webgl' as const, detail: null };

describe('without a map', () => {
  it('drops what only the map shows, and keeps what the link carries', () => {
    const s = freshState({
      popup: { kind: 'place', id: 'p', label: 'Đồng Đăng', kindLabel: 'town', at: [106.7, 21.9] },
      measure: { mode: 'line', points: [[106.7, 21.9]], done: false },
      swipe: '2050',
      phase: 'existing',
    });
    const next = mapUnavailable(s, NO_WEBGL);
    expect(next.mapFailure).toEqual(NO_WEBGL);
    expect(next.popup).toBeNull();
    expect(next.measure).toBeNull();
    expect(toView(next, CATALOG)).toEqual(toView(s, CATALOG));
  });

  it('opens the details of a feature the link selected, instead of its popup', () => {
    const s = freshState({ popup: { kind: 'plan', id: 'kcn-a', fly: true } });
    expect(mapUnavailable(s, NO_WEBGL).panel).toEqual({ kind: 'detail', id: 'kcn-a' });
    const sheet = freshState({
      popup: { kind: 'plan', id: 'kcn-a', fly: true },
      panel: { kind: 'sheet', id: 'kcn-a' },
    });
    expect(mapUnavailable(sheet, NO_WEBGL).panel).toEqual({ kind: 'sheet', id: 'kcn-a' });
  });

  it('a feature chosen from the search or the table opens its details', () => {
    const s = mapUnavailable(freshState(), NO_WEBGL);
    const next = chooseFeature(s, 'kcn-a', 'industrial-parks');
    expect(next.panel).toEqual({ kind: 'detail', id: 'kcn-a' });
    expect(selectedId(next)).toBe('kcn-a');
    // With a map, the popup shows it and no panel opens.
    expect(chooseFeature(freshState(), 'kcn-a', 'industrial-parks').panel).toBeNull();
  });

  it('a link pasted later that selects a feature opens its details', () => {
    const s = mapUnavailable(freshState(), NO_WEBGL);
    const link = parse('#sel=kcn-vsip-huu-lung&v=1', urlContext(CATALOG));
    expect(applyLink(s, link, CATALOG).panel).toEqual({ kind: 'detail', id: 'kcn-vsip-huu-lung' });
    // With a map it selects (the popup), as before.
    expect(applyLink(freshState(), link, CATALOG).panel).toBeNull();
  });
});
