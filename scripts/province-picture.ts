import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FeatureCollection } from 'geojson';
import type { Plugin } from 'vite';
import { BASE_COLORS } from '../geodata/colors.ts';
import { PICTURE_LAYERS } from '../geodata/picture-layers.ts';
import { pictureFrame } from '../src/analysis/picture-frame.ts';
import { PROVINCE_BOUNDS } from '../src/data/boxes.ts';
import { ATTRIBUTIONS } from '../src/data/catalog-types.ts';
import { provinceSvg } from '../src/export/province-svg.ts';

const ID = 'virtual:province-picture';
const RESOLVED = `\0${ID}`;
/** The picture's width in its own pixels; its height follows from the province's shape. */
const WIDTH = 640;

/** The static picture of the province from the files in geodata/, and what the app needs to mark a site on it. */
export function buildProvincePicture(root: string) {
  const frame = pictureFrame(PROVINCE_BOUNDS, WIDTH, 18, 40);
  const layers = PICTURE_LAYERS.map((layer) => ({
    layer,
    fc: JSON.parse(readFileSync(resolve(root, 'geodata', layer.file), 'utf8')) as FeatureCollection,
  }));
  // Each dataset once, even where two layers share part of their credit.
  const credits = [...new Set(PICTURE_LAYERS.flatMap((l) => ATTRIBUTIONS[l.attribution].split(' · ')))];
  const svg = provinceSvg(frame, layers, credits, BASE_COLORS.background);
  return { svg, frame, files: PICTURE_LAYERS.map((l) => resolve(root, 'geodata', l.file)) };
}

/**
 * Makes the static picture of the province at build time and serves it as the module
 * `virtual:province-picture`: `pictureUrl` (an SVG asset of the build; a data: URL on the dev
 * server), `pictureFrame` (to place a mark on it) and `pictureLayers` (the catalog ids drawn, for
 * the legend and credits). Only the no-WebGL views import it, so it costs the first load nothing.
 */
export function provincePicture(): Plugin {
  let root = process.cwd();
  let serving = false;
  return {
    name: 'province-picture',
    configResolved(config) {
      root = config.root;
      serving = config.command === 'serve';
    },
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      const { svg, frame, files } = buildProvincePicture(root);
      for (const f of files) this.addWatchFile(f);
      const url = serving
        ? JSON.stringify(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`)
        : `import.meta.ROLLUP_FILE_URL_${this.emitFile({ type: 'asset', name: 'province.svg', source: svg })}`;
      return [
        `export const pictureUrl = ${url};`,
        `export const pictureFrame = ${JSON.stringify(frame)};`,
        `export const pictureLayers = ${JSON.stringify(PICTURE_LAYERS.map((l) => l.id))};`,
      ].join('\n');
    },
  };
}
