import { gpx, kml } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import type { FeatureCollection, Geometry } from 'geojson';
import type { Problem } from './problems';

/** A KML or GPX file as GeoJSON (geometries may still be null: `checkGeoJson` sorts those out). */
export type ParsedXml =
  | { ok: true; format: 'kml' | 'gpx'; fc: FeatureCollection<Geometry | null> }
  | { ok: false; problems: Problem[] };

type Locator = { lineNumber?: number; columnNumber?: number };

function locatorOf(context: unknown): Locator | undefined {
  if (typeof context !== 'object' || context === null || !('locator' in context)) return undefined;
  const { locator } = context;
  return typeof locator === 'object' && locator !== null ? (locator as Locator) : undefined;
}

/**
 * Reads KML or GPX (told apart by the root element) with @tmcw/togeojson on an @xmldom/xmldom
 * document: the browser's DOMParser does not exist inside a Web Worker, where imports run. A
 * syntax error becomes a problem with its line and column when the parser knows them.
 */
export function parseXml(text: string): ParsedXml {
  let doc: ReturnType<DOMParser['parseFromString']>;
  let first: Record<string, string | number> | undefined;
  try {
    doc = new DOMParser({
      onError: (level, message, context) => {
        if (level === 'warning') return;
        const at = locatorOf(context);
        first = { detail: message.slice(0, 160) };
        if (at?.lineNumber !== undefined && at.lineNumber > 0) {
          first.line = at.lineNumber;
          if (at.columnNumber !== undefined) first.column = at.columnNumber;
        }
        // Throwing is how xmldom is told to stop; what it throws back is read from `first`.
        throw new Error(message);
      },
    }).parseFromString(text, 'text/xml');
  } catch (err) {
    const params = first ?? { detail: (err instanceof Error ? err.message : String(err)).slice(0, 160) };
    return { ok: false, problems: [{ code: 'xml-syntax', params }] };
  }
  const root = doc.documentElement;
  const name = (root?.localName ?? root?.nodeName ?? '').toLowerCase();
  let fc: FeatureCollection<Geometry | null>;
  let format: 'kml' | 'gpx';
  if (name === 'kml') {
    format = 'kml';
    fc = kml(doc);
  } else if (name === 'gpx') {
    format = 'gpx';
    fc = gpx(doc);
  } else {
    return {
      ok: false,
      problems: [{ code: 'not-kml-or-gpx', params: { root: (root?.nodeName ?? '').slice(0, 40) } }],
    };
  }
  if (fc.features.length === 0) return { ok: false, problems: [{ code: 'no-features' }] };
  return { ok: true, format, fc };
}
