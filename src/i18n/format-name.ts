import type { ImportFormat } from '../import/problems';

const FORMAT_NAMES: Record<ImportFormat, string> = {
  geojson: 'GeoJSON',
  kml: 'KML',
  gpx: 'GPX',
  csv: 'CSV',
  shapefile: 'Shapefile (.zip)',
};

/** The name people know a format by; the same in both languages. */
export function formatName(format: string): string {
  return format in FORMAT_NAMES ? FORMAT_NAMES[format as ImportFormat] : format;
}
