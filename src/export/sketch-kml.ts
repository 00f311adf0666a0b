import type { Feature, Geometry } from 'geojson';

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const coords = (list: readonly number[][]) => list.map(([x, y]) => `${x},${y}`).join(' ');

function geometryKml(g: Geometry): string | null {
  if (g.type === 'Point') return `<Point><coordinates>${coords([g.coordinates])}</coordinates></Point>`;
  if (g.type === 'LineString')
    return `<LineString><coordinates>${coords(g.coordinates)}</coordinates></LineString>`;
  if (g.type === 'Polygon') {
    const [outer, ...holes] = g.coordinates;
    if (!outer) return null;
    const ring = (r: number[][]) => `<LinearRing><coordinates>${coords(r)}</coordinates></LinearRing>`;
    return `<Polygon><outerBoundaryIs>${ring(outer)}</outerBoundaryIs>${holes
      .map((h) => `<innerBoundaryIs>${ring(h)}</innerBoundaryIs>`)
      .join('')}</Polygon>`;
  }
  return null;
}

/**
 * Features with a `label` and a `note` (the user's sketches) as a KML 2.2 document: each a
 * Placemark named by its label, the note as its description, drawn in one orange style. Geometry
 * kinds KML has no plain form for here (multi-parts) are left out.
 */
export function toKml(name: string, features: readonly Feature[]): string {
  const marks = features.flatMap((f) => {
    const g = f.geometry && geometryKml(f.geometry);
    if (!g) return [];
    const p = f.properties ?? {};
    const label = typeof p.label === 'string' ? p.label : '';
    const note = typeof p.note === 'string' ? p.note : '';
    return [
      `<Placemark><name>${esc(label)}</name>${note ? `<description>${esc(note)}</description>` : ''}<styleUrl>#sketch</styleUrl>${g}</Placemark>`,
    ];
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<kml xmlns="http://www.opengis.net/kml/2.2"><Document>',
    `<name>${esc(name)}</name>`,
    '<Style id="sketch"><LineStyle><color>ff0c59e8</color><width>3</width></LineStyle><PolyStyle><color>400c59e8</color></PolyStyle></Style>',
    ...marks,
    '</Document></kml>',
    '',
  ].join('\n');
}
