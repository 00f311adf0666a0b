import { LAND_USE_CODES, LAND_USE_REGULATION, landUseColour } from '../../analysis/land-use-codes';
import { usePanelT } from '../../i18n/panel-text';
import type { ArchiveInfo } from '../../import/archive-info';
import type { ArchiveStyle } from '../../state/archive-actions';
import { mapStyleOf } from '../../state/selectors';
import { Swatch } from '../swatch';
import { useAppState } from '../use-store';

/**
 * How a vector archive is coloured: one colour, or by the land-use code of a field its metadata
 * lists; when by code, the legend of the whole national list (an archive's values are read tile by
 * tile, so which codes it holds, and their areas, are not known here).
 */
export function ArchiveStyleControl({
  name,
  info,
  style,
  onStyle,
}: {
  name: string;
  info: ArchiveInfo;
  style: ArchiveStyle | undefined;
  onStyle: (style: ArchiveStyle | undefined) => void;
}) {
  const { t, lang } = usePanelT();
  const contrast = useAppState((s) => mapStyleOf(s) === 'contrast');
  const fields = [...new Set(info.layers.flatMap((l) => l.fields))];
  if (info.kind !== 'vector' || fields.length === 0) return null;
  return (
    <div className="layer-style" data-layer-style>
      <label>
        {t('style.by')}{' '}
        <select
          aria-label={t('style.byLayer', { title: name })}
          value={style?.field ?? ''}
          onChange={(e) => onStyle(e.target.value ? { by: 'land-use', field: e.target.value } : undefined)}
        >
          <option value="">{t('style.one')}</option>
          <optgroup label={t('style.groupLandUse')}>
            {fields.map((f) => (
              <option key={f} value={f}>
                {t('style.landUse', { field: f })}
              </option>
            ))}
          </optgroup>
        </select>
      </label>
      {style && (
        <details className="land-use" data-land-use-legend>
          <summary className="land-use-summary">{t('style.archiveLegend')}</summary>
          <ul className="land-use-codes">
            {LAND_USE_CODES.map((c) => (
              <li key={c.code}>
                <Swatch swatch={{ kind: 'fill', color: landUseColour(c, contrast), outline: '#5f5f5f' }} />{' '}
                <strong>{c.code}</strong> {c[lang]}
              </li>
            ))}
          </ul>
          <p className="layer-source">{t('style.archiveNoArea')}</p>
          <p className="layer-source">
            {contrast
              ? t('style.contrastBasis')
              : t('style.basis', { regulation: LAND_USE_REGULATION[lang] })}
          </p>
        </details>
      )}
    </div>
  );
}
