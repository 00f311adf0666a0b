/** Font stacks the style uses; the map module backs them with bundled Noto Sans files. */
export const FONT = 'Noto Sans Regular';
export const FONT_BOLD = 'Noto Sans Bold';
