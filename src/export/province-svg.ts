// Imports here name their .ts files: this module is loaded with vite.config.ts, whose loader wants them.
import type { FeatureCollection, Position } from 'geojson';
import type { PictureLayer } from '../../geodata/picture-layers.ts';
import { metresPerPicturePixel, type PictureFrame, projectToPicture } from '../analysis/picture-frame.ts';
import { scaleBar } from '../analysis/scale-bar.ts';

/** Escapes text for an SVG/XML text node or a quoted attribute value. */
export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] as string,
  );
}

/**
 * A plan feature whose position no source settles: provisional, schematic or inferred. The map draws
 * these hollow or dashed (geodata/plan-styles.ts), and so does the picture.
 */
export function isLoose(props: Record<string, unknown> | null): boolean {
  return props?.provisional === true || props?.accuracy === 'schematic' || props?.inferred === true;
}

/** Smallest step, in picture pixels, between two points kept on a path: finer detail cannot be seen. */
const MIN_STEP_PX = 0.7;
const n1 = (v: number) => Number(v.toFixed(1));

/** How far past its edges the picture keeps a path's points; farther ones are pulled back to this. */
const MARGIN_PX = 20;

/**
 * An SVG path through a line's points in picture pixels, dropping points closer than MIN_STEP_PX.
 * Points far outside the picture are clamped to just outside it (they then mostly fall together and
 * drop out), so a neighbouring province costs a few points, not its whole outline.
 */
export function pathOf(frame: PictureFrame, line: readonly Position[], closed: boolean): string {
  const kept: [number, number][] = [];
  const clamp = (v: number, max: number) => Math.min(max + MARGIN_PX, Math.max(-MARGIN_PX, v));
  for (const [i, pos] of line.entries()) {
    const [px, py] = projectToPicture(frame, [pos[0] as number, pos[1] as number]);
    const x = clamp(px, frame.width);
    const y = clamp(py, frame.height);
    const last = kept[kept.length - 1];
    const isEnd = i === line.length - 1;
    if (last && Math.hypot(x - last[0], y - last[1]) < MIN_STEP_PX && !(isEnd && !closed)) continue;
    kept.push([x, y]);
  }
  if (kept.length < 2) return '';
  return `${kept.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${n1(x)} ${n1(y)}`).join('')}${closed ? 'Z' : ''}`;
}

/** Every ring or line of a geometry as paths, with whether they close. */
function linesOf(
  g: FeatureCollection['features'][number]['geometry'],
): { line: Position[]; closed: boolean }[] {
  switch (g.type) {
    case 'Polygon':
      return g.coordinates.map((line) => ({ line, closed: true }));
    case 'MultiPolygon':
      return g.coordinates.flat().map((line) => ({ line, closed: true }));
    case 'LineString':
      return [{ line: g.coordinates, closed: false }];
    case 'MultiLineString':
      return g.coordinates.map((line) => ({ line, closed: false }));
    case 'GeometryCollection':
      return g.geometries.flatMap(linesOf);
    default:
      return [];
  }
}

function drawLayer(frame: PictureFrame, layer: PictureLayer, fc: FeatureCollection): string {
  const out: string[] = [];
  for (const f of fc.features) {
    if (!f.geometry) continue;
    const loose = layer.plan === true && isLoose(f.properties);
    const c = escapeXml(layer.color);
    if (layer.draw === 'point') {
      const points = f.geometry.type === 'Point' ? [f.geometry.coordinates] : [];
      for (const p of points) {
        const [x, y] = projectToPicture(frame, [p[0] as number, p[1] as number]);
        // As on the map: filled where a source places the site, hollow where it is sketched.
        out.push(
          `<circle cx="${n1(x)}" cy="${n1(y)}" r="${layer.size}" fill="${loose ? '#ffffff' : c}" stroke="${c}" stroke-width="${loose ? 2 : 1.2}"/>`,
        );
      }
      continue;
    }
    const d = linesOf(f.geometry)
      .map(({ line, closed }) => pathOf(frame, line, closed))
      .join('');
    if (!d) continue;
    const dash = layer.dash ?? (loose ? `${layer.size * 2} ${layer.size * 1.2}` : undefined);
    const by = layer.fillBy;
    const fillColor = (by ? by.colors[String(f.properties?.[by.property])] : undefined) ?? layer.fill;
    const fill = layer.draw === 'area' && fillColor ? escapeXml(fillColor) : 'none';
    out.push(
      `<path d="${d}" fill="${fill}" fill-rule="evenodd" stroke="${c}" stroke-width="${layer.size}" stroke-linejoin="round" stroke-linecap="round"${dash ? ` stroke-dasharray="${escapeXml(dash)}"` : ''}/>`,
    );
  }
  return `<g data-layer="${escapeXml(layer.id)}">${out.join('')}</g>`;
}

/** Splits credits into lines of at most about `maxChars` characters, breaking between credits. */
export function wrapCredits(credits: readonly string[], maxChars: number): string[] {
  const lines: string[] = [];
  for (const c of credits) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 3 + c.length <= maxChars)
      lines[lines.length - 1] = `${last} · ${c}`;
    else lines.push(c);
  }
  return lines;
}

const FONT = 'Noto Sans, DejaVu Sans, Arial, sans-serif';
const CREDIT_LINE_PX = 12;

/**
 * The static picture of the province as SVG text: the layers in order (hollow or dashed where the
 * plan's position is not sourced), a north arrow, a scale bar and, along the bottom, the credit of
 * every dataset drawn. Text is escaped; nothing in the data becomes markup.
 */
export function provinceSvg(
  frame: PictureFrame,
  layers: readonly { layer: PictureLayer; fc: FeatureCollection }[],
  credits: readonly string[],
  background: string,
): string {
  const { width, height } = frame;
  const midLat = (frame.bounds[1] + frame.bounds[3]) / 2;
  const bar = scaleBar(metresPerPicturePixel(frame, midLat), width / 5);
  const creditLines = wrapCredits(credits, Math.floor(width / 5.4));
  const bandTop = height - creditLines.length * CREDIT_LINE_PX - 6;
  const barY = bandTop - 12;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}">`,
    `<rect width="${width}" height="${height}" fill="${escapeXml(background)}"/>`,
    ...layers.map(({ layer, fc }) => drawLayer(frame, layer, fc)),
    // North arrow, top right.
    `<g transform="translate(${width - 30} 12)"><path d="M12 0L20 24L12 19L4 24Z" fill="#1f2328" stroke="#ffffff" stroke-width="1.2"/><text x="12" y="36" text-anchor="middle" font-size="11" font-weight="700" fill="#1f2328">N</text></g>`,
    // Scale bar, bottom left, measured at the middle latitude.
    `<g transform="translate(12 ${n1(barY)})"><rect x="-4" y="-13" width="${n1(bar.px + 8)}" height="20" fill="#ffffff" fill-opacity="0.8"/><path d="M0 0V4H${n1(bar.px)}V0" fill="none" stroke="#1f2328" stroke-width="1.5"/><text x="${n1(bar.px / 2)}" y="-3" text-anchor="middle" font-size="10" fill="#1f2328">${escapeXml(bar.label)}</text></g>`,
    `<rect y="${bandTop}" width="${width}" height="${height - bandTop}" fill="#ffffff" fill-opacity="0.85"/>`,
    ...creditLines.map(
      (line, i) =>
        `<text x="${width - 6}" y="${bandTop + 3 + (i + 1) * CREDIT_LINE_PX - 2}" text-anchor="end" font-size="9.5" fill="#3b434c">${escapeXml(line)}</text>`,
    ),
    '</svg>',
  ];
  return parts.join('\n');
}
