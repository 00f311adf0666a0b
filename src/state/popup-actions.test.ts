import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../geodata/catalog';
import { freshState } from '../../tests/fixtures/app-state';
import type { AppState } from './app-state';
import { pickArchiveFeature } from './archive-actions';
import { applyLink, fromView, toView } from './link';
import { chooseFeature, choosePlace } from './selection-actions';

const at: [number, number] = [106.76, 21.85];

/** Which popups the state holds open: one at most, by construction (these tests were written when there were five fields). */
const openKinds = (s: AppState) => (s.popup ? [s.popup.kind] : []);

/** A feature of an archive, clicked: its popup open. */
const archiveOpen = () =>
  pickArchiveFeature(freshState(), {
    layerId: 'archive-a',
    sourceLayer: null,
    properties: { ma: 'T-1' },
    at,
  });

describe('one popup at a time: choosing something else after an archive feature', () => {
  it('a plan feature chosen from the search or a list replaces the archive popup, and is flown to', () => {
    const next = chooseFeature(archiveOpen(), 'kcn-vsip-huu-lung', 'kcn');
    expect(openKinds(next)).toEqual(['plan']);
    expect(next.popup).toMatchObject({ id: 'kcn-vsip-huu-lung', fly: true });
  });

  it('a place chosen in the search replaces the archive popup', () => {
    const next = choosePlace(archiveOpen(), { id: 'p', label: 'Đồng Đăng', kindLabel: 'Town', at });
    expect(openKinds(next)).toEqual(['place']);
  });

  it('a link pasted or walked to (back/forward) replaces the archive popup with its selection, or none', () => {
    const linked = toView(chooseFeature(freshState(), 'kcn-vsip-huu-lung', undefined), CATALOG);
    expect(openKinds(fromView(linked, archiveOpen(), CATALOG))).toEqual(['plan']);
    const plain = toView(freshState(), CATALOG);
    expect(openKinds(fromView(plain, archiveOpen(), CATALOG))).toEqual([]);
    expect(openKinds(applyLink(archiveOpen(), { state: plain, unknown: [], ignored: [] }, CATALOG))).toEqual(
      [],
    );
  });
});
