import { toKml } from '../../export/sketch-kml';
import { sketchText } from '../../i18n/strings-sketch';
import type { AppState } from '../../state/app-state';
import { sketchesOf } from '../../state/sketches';

/** Saves the sketches alone as a file (GeoJSON, or KML for Google Earth). */
export function exportSketches(s: AppState, format: 'geojson' | 'kml'): void {
  const list = sketchesOf(s);
  const name = sketchText(s.lang, 'sketch.layerName');
  const base = `${s.lang === 'vi' ? 'phac-thao' : 'sketches'}-${new Date().toISOString().slice(0, 10)}`;
  if (format === 'kml')
    download(new Blob([toKml(name, list)], { type: 'application/vnd.google-earth.kml+xml' }), `${base}.kml`);
  else
    download(
      new Blob([JSON.stringify({ type: 'FeatureCollection', features: list })], {
        type: 'application/geo+json',
      }),
      `${base}.geojson`,
    );
}

/**
 * Saves a file. The same few lines as compose-png's `download`, kept here: importing that module
 * would split it out of the export's chunk and add its name to the first load's list of chunks.
 */
function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
