import type { Swatch as SwatchDef } from '../data/catalog-types';

/** A small picture of how a layer is drawn, made from the same colours as its style. */
export function Swatch({ swatch }: { swatch: SwatchDef }) {
  const { kind, color, outline, dash, width } = swatch;
  return (
    <svg className="swatch" width="22" height="14" viewBox="0 0 22 14" aria-hidden="true">
      {kind === 'fill' && (
        <rect
          x="1"
          y="1"
          width="20"
          height="12"
          rx="2"
          fill={color}
          stroke={outline ?? color}
          strokeWidth="1.2"
        />
      )}
      {kind === 'line' && (
        <line
          x1="1"
          y1="7"
          x2="21"
          y2="7"
          stroke={color}
          strokeWidth={Math.max(1.5, width ?? 2)}
          strokeDasharray={
            dash ? `${Math.max(3, (width ?? 2) * 0.9)} ${Math.max(2.5, (width ?? 2) * 0.8)}` : undefined
          }
          strokeLinecap={dash ? 'butt' : 'round'}
        />
      )}
      {kind === 'circle' && (
        <circle cx="11" cy="7" r="4.5" fill={color} stroke={outline ?? '#fff'} strokeWidth="1.5" />
      )}
      {kind === 'symbol' && (
        <text x="11" y="11" textAnchor="middle" fontSize="11" fontWeight="700" fill={color}>
          Aa
        </text>
      )}
    </svg>
  );
}
