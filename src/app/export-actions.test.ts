import { describe, expect, it } from 'vitest';
import type { ArchiveInfo, ArchiveReader } from '../import/archive-info';
import type { ArchiveLayer } from '../state/archive-actions';
import { mapDraws } from '../state/map-draws';
import { pictureCredits, type ShownView } from './export-actions';

const info = (attribution: string | null): ArchiveInfo =>
  ({ kind: 'vector', attribution }) as unknown as ArchiveInfo;
const archive = (id: string, over: Partial<ArchiveLayer>): ArchiveLayer => ({
  id,
  name: id,
  color: '#1971c2',
  opacity: 0.8,
  visible: true,
  origin: { kind: 'url', url: `https://example.org/${id}.pmtiles` },
  status: 'open',
  info: info(`© ${id} 2024`),
  reader: {} as ArchiveReader,
  ...over,
});
const view = (archives: ArchiveLayer[]): ShownView => ({
  catalog: [],
  draws: mapDraws({ layers: { visible: new Set(), order: [], opacity: {} }, imported: [], archives }),
  data: new Map(),
  swipe: null,
  measure: null,
  baseMap: 'embedded',
  lang: 'vi',
  visible: new Set(),
  phase: '2050',
  siteLayers: [],
  shownSites: null,
});

describe('pictureCredits', () => {
  it('credits each archive drawn in the picture with its own attribution, and as the user’s data', () => {
    const credits = pictureCredits(view([archive('parcels', {}), archive('roads', { info: info(null) })]));
    expect(credits).toContain('© parcels 2024');
    expect(credits).toContain('Dữ liệu do người dùng nhập');
  });

  it('leaves out archives that are hidden or not open', () => {
    const credits = pictureCredits(
      view([
        archive('hidden', { visible: false }),
        archive('waiting', { status: 'needs-file', reader: null }),
      ]),
    );
    expect(credits).toEqual([]);
  });
});
