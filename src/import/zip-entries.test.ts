import { describe, expect, it } from 'vitest';
import { fixtureBytes } from '../../tests/fixtures/import-fixtures';
import { listZipEntries } from './zip-entries';

const fixture = (name: string) => new Uint8Array(fixtureBytes(name));

describe('listZipEntries', () => {
  it('lists the files of a zip in order', () => {
    expect(listZipEntries(fixture('shapefile.zip'))).toEqual([
      'diem.shp',
      'diem.shx',
      'diem.dbf',
      'diem.prj',
      'diem.cpg',
      'vung.shp',
      'vung.shx',
      'vung.dbf',
    ]);
  });

  it('returns undefined for anything else, including a cut-off zip', () => {
    expect(listZipEntries(fixture('valid.geojson'))).toBeUndefined();
    expect(listZipEntries(new Uint8Array(0))).toBeUndefined();
    const zip = fixture('shapefile.zip');
    const cut = new Uint8Array([...zip.subarray(0, 200), ...zip.subarray(zip.length - 22)]);
    expect(listZipEntries(cut)).toBeUndefined();
  });
});
