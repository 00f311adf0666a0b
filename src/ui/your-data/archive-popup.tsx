import { asText } from '../../analysis/user-feature-name';
import { usePanelT } from '../../i18n/panel-text';
import { archiveText } from '../../i18n/strings-archive';
import type { ArchivePick } from '../../state/archive-actions';
import { AskReport, AttributeList } from './attribute-list';

const NAME_KEY = /^(name|ten|title|tieu_de|ten_.*)$/i;

/** The popup of a feature of an archive: its attributes as the tile gives them, as text, and that it is the user's. */
export function ArchivePopup({ pick, layerName }: { pick: ArchivePick; layerName: string }) {
  const { lang, t } = usePanelT();
  const entries = Object.entries(pick.properties);
  const title = entries.find(([k]) => NAME_KEY.test(k))?.[1];
  return (
    <div className="popup" data-archive-feature={pick.layerId}>
      <h2 className="popup-name">{asText(title ?? pick.sourceLayer ?? layerName)}</h2>
      <p className="plan-badges">
        <span className="badge badge-kind">
          {t('user.layer')}: {layerName}
        </span>
        {pick.sourceLayer && (
          <span className="badge badge-kind">
            {archiveText(lang, 'archive.sourceLayer')}: {pick.sourceLayer}
          </span>
        )}
        <span className="badge badge-provisional">{archiveText(lang, 'archive.notPlan')}</span>
      </p>
      <AttributeList entries={entries} />
      <AskReport parcel={{ kind: 'point', at: pick.at }} origin={{ kind: 'archive', pick }} />
    </div>
  );
}
