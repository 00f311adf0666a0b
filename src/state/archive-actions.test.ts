import { describe, expect, it } from 'vitest';
import { freshState as testState } from '../../tests/fixtures/app-state';
import type { ArchiveInfo, ArchiveReader } from '../import/archive-info';
import type { AppState } from './app-state';
import {
  type ArchiveLayer,
  addArchive,
  archiveHandle,
  archiveOpened,
  archivesRestored,
  archiveWaits,
  moveArchive,
  pickArchiveFeature,
  rememberedArchives,
  removeArchive,
  updateArchive,
} from './archive-actions';
import { closePopups } from './popup-actions';
import { mapClick } from './selection-actions';

const info: ArchiveInfo = {
  kind: 'vector',
  format: 'mvt',
  bounds: [106, 21.3, 107.4, 22.5],
  minZoom: 5,
  maxZoom: 12,
  layers: [{ id: 'thua', fields: [] }],
  attribution: null,
  title: null,
};
const reader = {} as ArchiveReader;
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

describe('the remembered archives', () => {
  it('not one opened for the first time, but once open and while opened again; with its handle', () => {
    const handle = { kind: 'file', name: 'b.pmtiles' } as FileSystemFileHandle;
    let s = addArchive(addArchive(testState(), layer('a')), layer('b'));
    expect(rememberedArchives(s.archives)).toEqual([]);
    s = archiveOpened(s, 'a', info, reader);
    s = archiveHandle(s, 'b', handle);
    expect(rememberedArchives(s.archives).map((a) => a.id)).toEqual(['a']);
    s = archiveOpened(s, 'b', info, reader);
    s = archiveWaits(s, 'b', 'opening');
    const list = rememberedArchives(s.archives);
    expect(list.map((a) => a.id)).toEqual(['a', 'b']);
    // Where to read it and its look only: never the reader nor what was read.
    expect(list[1]).toEqual({
      id: 'b',
      name: 'b',
      color: '#c2255c',
      opacity: 1,
      visible: true,
      origin: { kind: 'url', url: 'https://example.org/b.pmtiles' },
      handle,
    });
    expect(rememberedArchives(archiveHandle(s, 'b', null).archives)[1]).not.toHaveProperty('handle');
  });
});

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
    s = { ...s, popup: { kind: 'place', id: 'p', label: 'p', kindLabel: 'k', at: [106, 22] } };
    s = pickArchiveFeature(s, { ...pick, at: [106.3, 21.6] });
    expect(s.popup).toMatchObject({ kind: 'archive', layerId: 'archive-a', properties: { ma: 'T-1' } });
    expect(closePopups(s).popup).toBeNull();
    expect(removeArchive(s, 'archive-a').popup).toBeNull();
    // Removing another archive leaves it open.
    expect(removeArchive(s, 'archive-b').popup).toBe(s.popup);
  });

  it('takes the popup from a plan area under the same click, never from measuring', () => {
    const at: [number, number] = [106.76, 21.85];
    let s = mapClick(testState(), { planIds: ['zone-1'], userKey: null, userOnTop: false, at });
    s = pickArchiveFeature(s, { layerId: 'archive-a', sourceLayer: null, properties: {}, at });
    expect(s.popup).toMatchObject({ kind: 'archive', layerId: 'archive-a' });
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
      mapClick(picked, { planIds: ['kcn-1'], userKey: null, userOnTop: false, at: [106, 22] }).popup,
    ).toEqual({ kind: 'plan', id: 'kcn-1', at: [106, 22], fly: false });
  });
});
