import { useEffect, useId, useRef, useState } from 'react';
import { type CoordsKey, coordsText } from '../../i18n/strings-coords';
import { type CoordinateSystem, formatCoordinate } from '../../import/format-coordinate';
import { GRIDS } from '../../import/vn2000';
import type { Lang, LngLat } from '../../types/core';
import './coordinates.css';

const REMEMBER = 'ls-coordinate-system';
const DEFAULT: CoordinateSystem = 'tm3-107.25';

const remembered = (): CoordinateSystem => {
  try {
    const v = localStorage.getItem(REMEMBER);
    return v && (v === 'decimal' || v === 'dms' || GRIDS.some((g) => g.id === v)) ? v : DEFAULT;
  } catch {
    return DEFAULT;
  }
};

/** The map has the keyboard: its canvas (or a control inside it) has focus. */
const mapFocused = () => document.activeElement?.closest('.map') != null;

/**
 * Where the pointer is (or, without one, the map's centre) in the system the user picks: WGS 84
 * decimal or DMS, VN-2000 TM-3 (Lạng Sơn's 107°15′ first, any province's meridian) or UTM. `C`
 * copies it while the map has focus, as does the button; a live region says what was copied.
 */
export function CoordinateReadout({
  lang,
  watch,
}: {
  lang: Lang;
  watch: (onPointer: (p: LngLat | null) => void, onCentre: (c: LngLat) => void) => Promise<() => void>;
}) {
  const t = (key: CoordsKey, params?: Record<string, string | number>) => coordsText(lang, key, params);
  const id = useId();
  const [pointer, setPointer] = useState<LngLat | null>(null);
  const [centre, setCentre] = useState<LngLat | null>(null);
  const [system, setSystem] = useState<CoordinateSystem>(remembered);
  const [open, setOpen] = useState(() => !window.matchMedia('(max-width: 639px)').matches);
  const [copied, setCopied] = useState('');
  useEffect(() => {
    let stop: (() => void) | undefined;
    let gone = false;
    void watch(setPointer, setCentre).then((s) => {
      if (gone) s();
      else stop = s;
    });
    return () => {
      gone = true;
      stop?.();
    };
  }, [watch]);
  const at = pointer ?? centre;
  const full = at ? formatCoordinate(at, system) : '';
  const shown = full.includes(': ') ? full.slice(full.indexOf(': ') + 2) : full;
  const copy = useRef(() => {});
  copy.current = () => {
    if (!full) return;
    void navigator.clipboard?.writeText(full).catch(() => undefined);
    setCopied(t('coords.readout.copied', { text: full }));
  };
  useEffect(() => {
    const key = (e: KeyboardEvent) => {
      if (e.key.toLowerCase() !== 'c' || e.ctrlKey || e.metaKey || e.altKey || !mapFocused()) return;
      e.preventDefault();
      copy.current();
    };
    document.addEventListener('keydown', key);
    return () => document.removeEventListener('keydown', key);
  }, []);

  return (
    // data-covers-map: popups and the camera keep clear of it (map/map-cover.ts), as of the toolbar.
    <section
      className={`coord-readout ${open ? 'is-open' : ''}`}
      aria-label={t('coords.readout.label')}
      data-covers-map=""
    >
      <button
        type="button"
        aria-expanded={open}
        aria-controls={`${id}-value`}
        title={open ? t('coords.readout.hide') : t('coords.readout.label')}
        onClick={() => setOpen((o) => !o)}
      >
        {t('coords.readout.label')}
      </button>
      <span className="coord-where">
        {pointer ? t('coords.readout.pointer') : t('coords.readout.centre')}
      </span>
      <output id={`${id}-value`} className="coord-value" aria-live="off">
        {shown}
      </output>
      <select
        aria-label={t('coords.readout.system')}
        value={system}
        onChange={(e) => {
          setSystem(e.target.value);
          try {
            localStorage.setItem(REMEMBER, e.target.value);
          } catch {
            // A browser that keeps nothing shows the default next time.
          }
        }}
      >
        <option value="decimal">{t('coords.readout.decimal')}</option>
        <option value="dms">{t('coords.readout.dms')}</option>
        {GRIDS.map((g) => (
          <option key={g.id} value={g.id}>
            {g.label}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="coord-copy"
        title={t('coords.readout.copyHint')}
        onClick={() => copy.current()}
      >
        {t('coords.readout.copy')}
      </button>
      <span className="visually-hidden coord-copied" role="status">
        {copied}
      </span>
    </section>
  );
}
