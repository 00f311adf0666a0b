import { pictureFrame, pictureUrl } from 'virtual:province-picture';
import { picturePoint } from '../analysis/picture-frame';
import type { LngLat } from '../types/core';
import './no-map.css';

/**
 * The static picture of the province made at build time (scripts/province-picture.ts), shown where
 * the browser cannot draw the map; a site is ringed on it at the place the same projection gives.
 */
export function ProvincePicture({
  alt,
  mark,
}: {
  alt: string;
  mark?: { at: LngLat; label?: string } | null;
}) {
  const at = mark ? picturePoint(pictureFrame, mark.at) : null;
  return (
    <div className="province-picture">
      <img src={pictureUrl} alt={alt} width={pictureFrame.width} height={pictureFrame.height} />
      {at && mark && (
        <>
          <span className="picture-ring" style={{ left: `${at.x * 100}%`, top: `${at.y * 100}%` }} />
          {mark.label && (
            <span
              className={`picture-label ${at.x > 0.6 ? 'is-left' : ''}`}
              style={{ left: `${at.x * 100}%`, top: `${at.y * 100}%` }}
            >
              {mark.label}
            </span>
          )}
        </>
      )}
    </div>
  );
}
