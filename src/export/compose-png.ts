import type { Swatch } from '../data/catalog-types';

/** What goes on the exported picture besides the map itself. */
export interface PngSpec {
  /** A copy of the map's canvas (device pixels). */
  map: HTMLCanvasElement;
  /** Device pixels per CSS pixel of the map canvas. */
  pixelRatio: number;
  title: string;
  subtitle: string;
  legendTitle: string;
  legend: { label: string; swatch: Swatch }[];
  /** The scale bar, in CSS pixels of the map. */
  scale: { px: number; label: string };
  north: string;
  /** Two phases compared: where the divider is (0–1 of the width) and what each side shows. */
  split: { at: number; left: string; right: string } | null;
  /** A line under the picture (a measure's result), or null. */
  note: string | null;
  /** Credits of every layer drawn, required by their licences. */
  attribution: string;
  footer: string;
}

const FONT = '"Noto Sans", sans-serif';
const LEGEND_W = 250;
const HEAD_H = 50;
const ROW_H = 19;

/** Wraps text to a width, word by word. */
function wrap(g: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (g.measureText(next).width > width && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

function drawSwatch(g: CanvasRenderingContext2D, s: Swatch, x: number, y: number): void {
  g.save();
  g.lineWidth = 1.4;
  g.strokeStyle = s.outline ?? s.color;
  g.fillStyle = s.color;
  if (s.kind === 'fill') {
    if (s.dash) g.setLineDash([3, 2]);
    g.fillRect(x, y + 2, 22, 12);
    g.strokeRect(x, y + 2, 22, 12);
  } else if (s.kind === 'line') {
    g.strokeStyle = s.color;
    g.lineWidth = Math.max(1.5, s.width ?? 2);
    if (s.dash) g.setLineDash([4, 3]);
    g.beginPath();
    g.moveTo(x, y + 8);
    g.lineTo(x + 22, y + 8);
    g.stroke();
  } else if (s.kind === 'circle') {
    g.beginPath();
    g.arc(x + 11, y + 8, 5, 0, Math.PI * 2);
    g.fill();
    g.strokeStyle = s.outline ?? '#ffffff';
    g.stroke();
  } else {
    g.font = `700 11px ${FONT}`;
    g.fillText('Aa', x + 3, y + 12);
  }
  g.restore();
}

/**
 * The map as a picture to hand on: a title band, the map with a scale bar and a north arrow, the
 * legend of what is drawn beside it, and the credits underneath. Drawn at the map's own pixel
 * ratio, so it is as sharp as the screen.
 */
export async function composePng(spec: PngSpec): Promise<Blob> {
  await document.fonts.load(`12px ${FONT}`);
  await document.fonts.load(`700 12px ${FONT}`);
  const r = spec.pixelRatio;
  const mapW = spec.map.width / r;
  const mapH = spec.map.height / r;
  const probe = document.createElement('canvas').getContext('2d');
  if (!probe) throw new Error('no 2D canvas');
  probe.font = `11px ${FONT}`;
  const credits = wrap(probe, spec.attribution, mapW + LEGEND_W - 20);
  const footH = 14 * (credits.length + 1 + (spec.note ? 1 : 0)) + 14;
  // Legend labels wrap to two lines at most; each row is as tall as its label.
  const labels = spec.legend.map((row) => wrap(probe, row.label, LEGEND_W - 44).slice(0, 2));
  const rowTops = labels.reduce<number[]>((tops, _lines, i) => {
    tops.push(i === 0 ? 0 : (tops[i - 1] ?? 0) + ROW_H + ((labels[i - 1]?.length ?? 1) - 1) * 13);
    return tops;
  }, []);
  const legendRowsH = (rowTops.at(-1) ?? 0) + ROW_H + ((labels.at(-1)?.length ?? 1) - 1) * 13;
  const legendH = HEAD_H + 30 + legendRowsH;
  const height = HEAD_H + Math.max(mapH, legendH - HEAD_H) + footH;
  const width = mapW + LEGEND_W;

  const c = document.createElement('canvas');
  c.width = Math.round(width * r);
  c.height = Math.round(height * r);
  const g = c.getContext('2d');
  if (!g) throw new Error('no 2D canvas');
  g.scale(r, r);
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, width, height);

  g.fillStyle = '#1f2328';
  g.font = `700 18px ${FONT}`;
  g.fillText(spec.title, 12, 24);
  g.font = `12px ${FONT}`;
  g.fillStyle = '#5b6470';
  g.fillText(spec.subtitle, 12, 42);

  g.drawImage(spec.map, 0, HEAD_H, mapW, mapH);
  g.strokeStyle = '#9aa3ad';
  g.strokeRect(0.5, HEAD_H + 0.5, mapW - 1, mapH - 1);

  // The compare divider and what each side shows.
  if (spec.split) {
    const x = mapW * spec.split.at;
    g.fillStyle = '#0b3d70';
    g.fillRect(x - 1.5, HEAD_H, 3, mapH);
    g.font = `700 12px ${FONT}`;
    const tag = (text: string, tx: number, align: 'left' | 'right') => {
      const w = g.measureText(text).width + 12;
      const left = align === 'left' ? tx : tx - w;
      g.fillStyle = 'rgba(11,61,112,0.9)';
      g.fillRect(left, HEAD_H + 8, w, 20);
      g.fillStyle = '#ffffff';
      g.fillText(text, left + 6, HEAD_H + 22);
    };
    tag(spec.split.left, x - 6, 'right');
    tag(spec.split.right, x + 6, 'left');
  }

  // Scale bar, bottom left of the map.
  const sx = 12;
  const sy = HEAD_H + mapH - 16;
  g.fillStyle = 'rgba(255,255,255,0.9)';
  g.fillRect(sx - 6, sy - 20, spec.scale.px + 12, 28);
  g.strokeStyle = '#1f2328';
  g.lineWidth = 2;
  g.beginPath();
  g.moveTo(sx, sy - 6);
  g.lineTo(sx, sy);
  g.lineTo(sx + spec.scale.px, sy);
  g.lineTo(sx + spec.scale.px, sy - 6);
  g.stroke();
  g.fillStyle = '#1f2328';
  g.font = `700 11px ${FONT}`;
  g.fillText(spec.scale.label, sx, sy - 9);

  // North arrow, top right of the map (the map never rotates).
  const nx = mapW - 28;
  const ny = HEAD_H + 12;
  g.fillStyle = 'rgba(255,255,255,0.9)';
  g.fillRect(nx - 14, ny - 4, 28, 44);
  g.fillStyle = '#1f2328';
  g.beginPath();
  g.moveTo(nx, ny);
  g.lineTo(nx + 9, ny + 26);
  g.lineTo(nx, ny + 20);
  g.lineTo(nx - 9, ny + 26);
  g.closePath();
  g.fill();
  g.font = `700 10px ${FONT}`;
  g.textAlign = 'center';
  g.fillText(spec.north, nx, ny + 38);
  g.textAlign = 'left';

  // Legend beside the map.
  const lx = mapW + 14;
  g.fillStyle = '#3b434c';
  g.font = `700 12px ${FONT}`;
  g.fillText(spec.legendTitle.toUpperCase(), lx, HEAD_H + 18);
  g.font = `11px ${FONT}`;
  spec.legend.forEach((row, i) => {
    const y = HEAD_H + 28 + (rowTops[i] ?? 0);
    drawSwatch(g, row.swatch, lx, y);
    g.fillStyle = '#1f2328';
    (labels[i] ?? []).forEach((line, k) => {
      g.fillText(line, lx + 30, y + 12 + k * 13);
    });
  });

  // Credits and date underneath.
  g.fillStyle = '#5b6470';
  g.font = `11px ${FONT}`;
  let fy = height - footH + 16;
  if (spec.note) {
    g.fillStyle = '#1f2328';
    g.font = `700 12px ${FONT}`;
    g.fillText(spec.note, 12, fy);
    g.fillStyle = '#5b6470';
    g.font = `11px ${FONT}`;
    fy += 14;
  }
  credits.forEach((line, i) => {
    g.fillText(line, 12, fy + i * 14);
  });
  g.fillText(spec.footer, 12, fy + credits.length * 14);

  return new Promise((resolve, reject) =>
    c.toBlob((b) => (b ? resolve(b) : reject(new Error('the picture could not be made'))), 'image/png'),
  );
}

/** Saves a blob as a file through a temporary link (no server round trip). */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
