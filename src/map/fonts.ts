import type { FontFacesSpecification } from '@maplibre/maplibre-gl-style-spec';
import { FONT, FONT_BOLD } from '../data/fonts';
import { absUrl, FONT_FILES } from '../ui/font-files';

/** The style's `font-faces`: map labels drawn from the bundled Noto Sans files. */
export function fontFaces(): FontFacesSpecification {
  const faces = (weight: number) =>
    FONT_FILES.filter((f) => f.weight === weight).map((f) => ({
      url: absUrl(f.url),
      'unicode-range': f.ranges,
    }));
  return { [FONT]: faces(400), [FONT_BOLD]: faces(700) };
}
