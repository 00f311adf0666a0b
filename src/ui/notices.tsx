import type { Text } from '../data/plan-schema';
import { useT } from '../i18n/lang-context';
import type { StringKey } from '../i18n/strings';

export interface Notice {
  id: string;
  key: StringKey;
  params?: Record<string, string | number | Text>;
  /** Already written in both languages (e.g. a storage failure); shown instead of `key`. */
  text?: Text;
  /** A button that acts on it (undo a removal); the notice closes when it is used. */
  action?: { label: StringKey; run: () => void };
  /** Closes by itself after this long (an offer to undo does not wait for ever). */
  timeoutMs?: number;
}

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
