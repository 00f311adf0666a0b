import type { Map as MlMap } from 'maplibre-gl';

export interface Shot {
  canvas: HTMLCanvasElement;
  /** Device pixels per CSS pixel of the picture. */
  pixelRatio: number;
  zoom: number;
  lat: number;
}

const idle = (map: MlMap) =>
  new Promise<void>((resolve) => {
    map.once('idle', () => resolve());
    map.triggerRepaint();
  });

/**
 * A copy of what a map shows, on a 2D canvas. The WebGL picture is read in the frame it is drawn,
 * so the map needs no preserved drawing buffer (which would slow every frame). With `pixelRatio`
 * the map is drawn once at that sharpness (2 for print) and set back afterwards.
 */
export async function captureMap(map: MlMap, pixelRatio?: number): Promise<Shot> {
  const before = map.getPixelRatio();
  if (pixelRatio && pixelRatio !== before) {
    map.setPixelRatio(pixelRatio);
    await idle(map);
  }
  try {
    return await new Promise<Shot>((resolve, reject) => {
      map.once('render', () => {
        const src = map.getCanvas();
        const canvas = document.createElement('canvas');
        canvas.width = src.width;
        canvas.height = src.height;
        const g = canvas.getContext('2d');
        if (!g) return reject(new Error('no 2D canvas'));
        g.drawImage(src, 0, 0);
        resolve({
          canvas,
          pixelRatio: src.width / src.clientWidth,
          zoom: map.getZoom(),
          lat: map.getCenter().lat,
        });
      });
      map.triggerRepaint();
    });
  } finally {
    if (pixelRatio && pixelRatio !== before) map.setPixelRatio(before);
  }
}
