import { useT } from '../i18n/lang-context';
import type { Notice } from '../state/app-state';

/** Messages about things that went wrong, announced politely to screen readers. */
export function Notices({ notices, onDismiss }: { notices: Notice[]; onDismiss: (id: string) => void }) {
  const { lang, t } = useT();
  return (
    <div className="notices" aria-live="polite">
      {notices.map((n) => {
        const params = Object.fromEntries(
          Object.entries(n.params ?? {}).map(([k, v]) => [k, typeof v === 'object' ? v[lang] : v]),
        );
        return (
          <div key={n.id} className="notice" role="status" data-notice={n.id}>
            <span>{n.text ? n.text[lang] : t(n.key, params)}</span>
            {n.action && (
              <button
                type="button"
                className="notice-action"
                onClick={() => {
                  n.action?.run();
                  onDismiss(n.id);
                }}
              >
                {t(n.action.label)}
              </button>
            )}
            <button
              type="button"
              className="notice-close"
              aria-label={t('notice.dismiss')}
              onClick={() => onDismiss(n.id)}
            >
              ×
            </button>
          </div>
        );
      })}
    </div>
  );
}
