/** Extensions the importer reads, as shown to a user whose file was refused. */
export const SUPPORTED_EXTENSIONS = [
  '.geojson',
  '.json',
  '.kml',
  '.kmz',
  '.gpx',
  '.csv',
  '.txt',
  '.zip',
] as const;
