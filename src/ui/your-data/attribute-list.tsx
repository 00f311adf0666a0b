import { asText } from '../../analysis/user-feature-name';
import { usePanelT } from '../../i18n/panel-text';
import type { ReportOrigin } from '../../state/report-actions';
import type { ReportParcel } from '../../state/report-ref';
import { useStore } from '../use-store';

const MAX_ROWS = 20;

/** A value as text; an http(s) address as a link (never any other scheme, never markup). */
function Value({ value }: { value: unknown }) {
  const text = asText(value);
  if (typeof value === 'string' && /^https?:\/\/\S+$/i.test(value.trim())) {
    try {
      const url = new URL(value.trim());
      if (url.protocol === 'https:' || url.protocol === 'http:')
        return (
          <a href={url.href} target="_blank" rel="noopener noreferrer">
            {text}
          </a>
        );
    } catch {
      // Not an address after all: shown as text.
    }
  }
  return <>{text}</>;
}

/**
 * The attributes of a user's feature (imported, or from an archive) in a popup: the first 20 as
 * text, http(s) addresses as links, and how many more there are; or that it has none.
 */
export function AttributeList({ entries }: { entries: readonly [string, unknown][] }) {
  const { t } = usePanelT();
  if (entries.length === 0) return <p className="unknown">{t('user.noProperties')}</p>;
  return (
    <>
      <dl className="popup-facts">
        {entries.slice(0, MAX_ROWS).map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>
              <Value value={v} />
            </dd>
          </div>
        ))}
      </dl>
      {entries.length > MAX_ROWS && (
        <p className="unknown">{t('user.moreProperties', { n: entries.length - MAX_ROWS })}</p>
      )}
    </>
  );
}

/**
 * "What does the plan say here?" under a feature's attributes: opens the land report on it. Here,
 * in the module both user popups share, so the first load's list of chunks does not grow; the
 * action is imported when used, as the map's own ways to ask do.
 */
export function AskReport({ parcel, origin }: { parcel: ReportParcel; origin: ReportOrigin }) {
  const store = useStore();
  const { t } = usePanelT();
  return (
    <button
      type="button"
      className="popup-details ask-report"
      data-ask-report
      onClick={() =>
        void import('../../state/report-actions').then((m) =>
          store.update((s) => m.openLandReport(s, parcel, origin)),
        )
      }
    >
      {t('user.askReport')}
    </button>
  );
}
