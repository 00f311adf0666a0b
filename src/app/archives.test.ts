import { beforeEach, describe, expect, it, vi } from 'vitest';
import { freshState } from '../../tests/fixtures/app-state';
import type { ArchiveInfo, ArchiveReader } from '../import/archive-info';
import { type ArchiveLayer, addArchive, archiveOpened } from '../state/archive-actions';
import { createStore } from '../state/store';
import { restoreArchives } from './archives';

const idb = vi.hoisted(() => ({
  list: undefined as unknown,
  readFails: false,
  stores: 0,
  writes: [] as unknown[],
}));
vi.mock('idb-keyval', () => ({
  createStore: () => {
    idb.stores++;
    return {};
  },
  get: async () => {
    if (idb.readFails) throw new Error('InvalidStateError');
    return idb.list;
  },
  set: async (_k: string, v: unknown) => {
    idb.writes.push(v);
  },
}));

const fileArchive = (id: string, getFile: () => Promise<File>) => ({
  id,
  name: `${id}.pmtiles`,
  color: '#123456',
  opacity: 1,
  visible: true,
  origin: { kind: 'file', fileName: `${id}.pmtiles`, size: 10 },
  handle: { kind: 'file', name: `${id}.pmtiles`, queryPermission: async () => 'granted', getFile },
});

const settle = () => new Promise((r) => setTimeout(r, 50));

describe('restoring remembered archives', () => {
  beforeEach(() => {
    idb.list = undefined;
    idb.readFails = false;
    idb.writes = [];
  });

  it('marks an archive whose file is gone as failed, with its notice, and goes on with the rest', async () => {
    const second = vi.fn(async () => new File(['not an archive at all'], 'b.pmtiles'));
    idb.list = [
      fileArchive('a', async () => {
        throw new DOMException('gone', 'NotFoundError');
      }),
      fileArchive('b', second),
    ];
    const store = createStore(freshState());
    await restoreArchives(store);
    await settle();
    expect(second).toHaveBeenCalled();
    const a = store.get().archives.find((x) => x.id === 'a');
    expect(a?.status).toBe('failed');
    expect(JSON.stringify(store.get().notices)).toContain('NotFoundError');
    await new Promise((r) => setTimeout(r, 400)); // its own save, before the next test
  });

  it('writes nothing over a list it could not read, and opens the database once', async () => {
    idb.readFails = true;
    const store = createStore(freshState());
    await restoreArchives(store);
    // An archive opened afterwards is not written either (the list would lose the unread ones).
    const opened: ArchiveLayer = {
      id: 'c',
      name: 'c.pmtiles',
      color: '#123456',
      opacity: 1,
      visible: true,
      origin: { kind: 'url', url: 'https://example.org/c.pmtiles' },
      status: 'opening',
      info: null,
      reader: null,
    };
    store.update((s) => archiveOpened(addArchive(s, opened), 'c', {} as ArchiveInfo, {} as ArchiveReader));
    await new Promise((r) => setTimeout(r, 400));
    // (Writes of the first test's store may still land: only this store's archive is looked for.)
    expect(idb.writes.flat()).not.toContainEqual(expect.objectContaining({ id: 'c' }));
    // One connection for every read and write of the module, from the first test on.
    expect(idb.stores).toBe(1);
  });
});
