import { unzip } from 'but-unzip';
import type { Problem } from './problems';
import { listZipEntries } from './zip-entries';

export type ReadKmz =
  | { ok: true; bytes: Uint8Array; entry: string; warnings: Problem[] }
  | { ok: false; problems: Problem[] };

/**
 * The KML inside a KMZ (Google Earth's zip of a KML and its icons): `doc.kml` at the top of the zip
 * as the format asks, else the first .kml found. Other KML files in the zip (rare: overlays saved
 * together) are named in a warning rather than silently dropped.
 */
export async function readKmz(zipBytes: Uint8Array): Promise<ReadKmz> {
  // but-unzip 0.1.10 never returns on a zip under 64 KiB without its end record (a download cut
  // short): its backward search wraps round to the end of the file. Our own reader finds the
  // record or says there is none, so only a zip with one reaches but-unzip.
  if (listZipEntries(zipBytes) === undefined) return { ok: false, problems: [{ code: 'zip-unreadable' }] };
  let entries: ReturnType<typeof unzip>;
  try {
    entries = unzip(zipBytes);
  } catch {
    return { ok: false, problems: [{ code: 'zip-unreadable' }] };
  }
  const kml = entries.filter((e) => !e.filename.endsWith('/') && e.filename.toLowerCase().endsWith('.kml'));
  const chosen = kml.find((e) => e.filename.toLowerCase() === 'doc.kml') ?? kml[0];
  if (!chosen) return { ok: false, problems: [{ code: 'kmz-no-kml' }] };
  const others = kml.filter((e) => e !== chosen);
  const warnings: Problem[] =
    others.length > 0
      ? [
          {
            code: 'kmz-other-kml',
            params: {
              used: chosen.filename.slice(0, 80),
              count: others.length,
              first: others[0]?.filename.slice(0, 80) ?? '',
            },
          },
        ]
      : [];
  try {
    return { ok: true, bytes: await chosen.read(), entry: chosen.filename, warnings };
  } catch {
    return { ok: false, problems: [{ code: 'zip-unreadable' }] };
  }
}
