/** URL of every data file under geodata/, keyed by its path relative to geodata/. */
const modules = import.meta.glob('../../geodata/**/*.geojson', {
  query: '?url',
  import: 'default',
  eager: true,
}) as Record<string, string>;

export const GEODATA_URLS: Record<string, string> = Object.fromEntries(
  Object.entries(modules).map(([path, url]) => [path.replace('../../geodata/', ''), url]),
);
