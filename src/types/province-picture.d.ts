/** The static picture of the province, made at build time by scripts/province-picture.ts. */
declare module 'virtual:province-picture' {
  /** The SVG's address (a hashed asset of the build; a data: URL on the dev server). */
  export const pictureUrl: string;
  /** Its projection (a PictureFrame of src/analysis/picture-frame.ts), to mark a site on it. */
  export const pictureFrame: {
    bounds: [number, number, number, number];
    width: number;
    height: number;
    pad: number;
    padBottom: number;
    scale: number;
  };
  /** The catalog layers it draws, bottom to top. */
  export const pictureLayers: string[];
}
