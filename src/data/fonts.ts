import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latin700 from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url';
import latinExt400 from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';
import latinExt700 from '@fontsource/noto-sans/files/noto-sans-latin-ext-700-normal.woff2?url';
import viet400 from '@fontsource/noto-sans/files/noto-sans-vietnamese-400-normal.woff2?url';
import viet700 from '@fontsource/noto-sans/files/noto-sans-vietnamese-700-normal.woff2?url';
import type { FontFacesSpecification } from '@maplibre/maplibre-gl-style-spec';

/** Font stacks the map style uses, backed by the bundled Noto Sans files below. */
export const FONT = 'Noto Sans Regular';
export const FONT_BOLD = 'Noto Sans Bold';

export interface FontFile {
  url: string;
  weight: 400 | 700;
  ranges: string[];
}

const LATIN = [
  'U+0000-00FF',
  'U+0131',
  'U+0152-0153',
  'U+02BB-02BC',
  'U+02C6',
  'U+02DA',
  'U+02DC',
  'U+2000-206F',
];
const LATIN_EXT = [
  'U+0100-02AF',
  'U+0304',
  'U+0308',
  'U+0329',
  'U+1E00-1E9F',
  'U+1EF2-1EFF',
  'U+2020',
  'U+20A0-20AB',
];
const VIETNAMESE = [
  'U+0102-0103',
  'U+0110-0111',
  'U+0128-0129',
  'U+0168-0169',
  'U+01A0-01A1',
  'U+01AF-01B0',
  'U+0300-0301',
  'U+0303-0304',
  'U+0308-0309',
  'U+0323',
  'U+0329',
  'U+1EA0-1EF9',
  'U+20AB',
];

/**
 * The bundled Noto Sans files (Vietnamese, Latin, Latin Extended; regular and bold), used by both
 * the page and the map labels, so text looks the same on every machine and needs no network.
 * Vietnamese comes first so its file wins for the characters the subsets share.
 */
export const FONT_FILES: FontFile[] = [
  { url: viet400, weight: 400, ranges: VIETNAMESE },
  { url: latin400, weight: 400, ranges: LATIN },
  { url: latinExt400, weight: 400, ranges: LATIN_EXT },
  { url: viet700, weight: 700, ranges: VIETNAMESE },
  { url: latin700, weight: 700, ranges: LATIN },
  { url: latinExt700, weight: 700, ranges: LATIN_EXT },
];

export const absUrl = (u: string) => new URL(u, document.baseURI).href;

/** Registers the files as the page's 'Noto Sans' family (through the FontFace API: no inline CSS). */
export function registerUiFonts(): void {
  for (const f of FONT_FILES) {
    const face = new FontFace('Noto Sans', `url(${absUrl(f.url)}) format('woff2')`, {
      weight: String(f.weight),
      unicodeRange: f.ranges.join(', '),
      display: 'swap',
    });
    document.fonts.add(face);
  }
}

/** The style's `font-faces`: map labels drawn from the same bundled files as the page. */
export function fontFaces(): FontFacesSpecification {
  const faces = (weight: number) =>
    FONT_FILES.filter((f) => f.weight === weight).map((f) => ({
      url: absUrl(f.url),
      'unicode-range': f.ranges,
    }));
  return { [FONT]: faces(400), [FONT_BOLD]: faces(700) };
}
