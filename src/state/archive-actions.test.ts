import { describe, expect, it } from 'vitest';
import { freshState as testState } from '../../tests/fixtures/app-state';
import type { AppState } from './app-state';
import {
  type ArchiveLayer,
  addArchive,
  archivesRestored,
  moveArchive,
  pickArchiveFeature,
  removeArchive,
  updateArchive,
} from './archive-actions';
import { closePopups } from './popup-actions';
import { mapClick } from './selection-actions';

const layer = (id: string, status: ArchiveLayer['status'] = 'opening'): ArchiveLayer => ({
  id,
  name: id,
  color: '#c2255c',
  opacity: 1,
  visible: true,
  origin: { kind: 'url', url: `https://example.org/${id}.pmtiles` },
  status,
  info: null,
  reader: null,
});
const ids = (s: AppState) => s.archives.map((a) => a.id);

describe('archive actions', () => {
  it('adds archives on top, and opening one again replaces it in its place', () => {
    let s = addArchive(addArchive(testState(), layer('archive-a')), layer('archive-b'));
    expect(ids(s)).toEqual(['archive-a', 'archive-b']);
    s = addArchive(s, { ...layer('archive-a'), name: 'again' });
    expect(ids(s)).toEqual(['archive-a', 'archive-b']);
    expect(s.archives[0]?.name).toBe('again');
  });

  it('puts remembered archives below those opened meanwhile', () => {
    const s = archivesRestored(addArchive(testState(), layer('archive-new')), [layer('archive-old')]);
    expect(ids(s)).toEqual(['archive-old', 'archive-new']);
  });

  it('changes the look, moves and removes an archive', () => {
    let s = addArchive(addArchive(testState(), layer('archive-a')), layer('archive-b'));
    s = updateArchive(s, 'archive-a', { opacity: 0.4, visible: false, color: '#000000' });
    expect(s.archives[0]).toMatchObject({ opacity: 0.4, visible: false, color: '#000000' });
    s = moveArchive(s, 'archive-a', 'up');
    expect(ids(s)).toEqual(['archive-b', 'archive-a']);
    expect(moveArchive(s, 'archive-a', 'up')).toBe(s);
    s = removeArchive(s, 'archive-b');
    expect(ids(s)).toEqual(['archive-a']);
  });

  it('opens the popup of a clicked archive feature, closing others; removing the archive closes it', () => {
    const pick = {
      layerId: 'archive-a',
      sourceLayer: 'thua',
      properties: { ma: 'T-1' },
      at: [106.3, 21.6] as const,
    };
    let s = addArchive(testState(), layer('archive-a', 'open'));
    s = { ...s, place: { id: 'p', label: 'p', kindLabel: 'k', at: [106, 22] } };
    s = pickArchiveFeature(s, { ...pick, at: [106.3, 21.6] });
    expect(s.archivePick).toMatchObject({ layerId: 'archive-a', properties: { ma: 'T-1' } });
    expect(s.place).toBeNull();
    expect(closePopups(s).archivePick).toBeNull();
    expect(removeArchive(s, 'archive-a').archivePick).toBeNull();
  });

  it('takes the popup from a plan area under the same click, never from measuring', () => {
    const at: [number, number] = [106.76, 21.85];
    let s = mapClick(testState(), { planIds: ['zone-1'], userKey: null, userOnTop: false, at });
    s = pickArchiveFeature(s, { layerId: 'archive-a', sourceLayer: null, properties: {}, at });
    expect(s.selection).toBeNull();
    expect(s.archivePick?.layerId).toBe('archive-a');
    const measuring = { ...testState(), measure: { mode: 'line' as const, points: [], done: false } };
    expect(
      pickArchiveFeature(measuring, { layerId: 'archive-a', sourceLayer: null, properties: {}, at }),
    ).toBe(measuring);
    // A later click on a plan feature closes the archive's popup.
    const picked = pickArchiveFeature(testState(), {
      layerId: 'archive-a',
      sourceLayer: null,
      properties: {},
      at,
    });
    expect(
      mapClick(picked, { planIds: ['kcn-1'], userKey: null, userOnTop: false, at: [106, 22] }).archivePick,
    ).toBeNull();
  });
});
