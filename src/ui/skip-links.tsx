import { useT } from '../i18n/lang-context';

/**
 * The first two Tab stops of the page, shown when focused: straight to the map (past the side
 * panel's seventy-odd controls) and to the list of keyboard shortcuts.
 */
export function SkipLinks({ onMap, onKeys }: { onMap: () => void; onKeys: () => void }) {
  const { t } = useT();
  return (
    <nav className="skip-links" aria-label={t('skip.label')}>
      <button type="button" className="skip-link" onClick={onMap}>
        {t('skip.map')}
      </button>
      <button
        type="button"
        className="skip-link"
        aria-haspopup="dialog"
        aria-keyshortcuts="?"
        onClick={onKeys}
      >
        {t('skip.keys')} <kbd>?</kbd>
      </button>
    </nav>
  );
}
