import { useT } from '../../i18n/lang-context';
import type { Unsaved } from '../../state/app-state';
import { notKeptText } from '../../state/storage-actions';

/**
 * "Not saved" beside an imported layer this browser could not store. The short word is visible;
 * what is lost and why is its tooltip and, for screen readers, part of its text.
 */
export function UnsavedMark({ name, unsaved }: { name: string; unsaved: Unsaved }) {
  const { lang, t } = useT();
  const why = notKeptText(name, unsaved)[lang];
  return (
    <span className="unsaved-mark" title={why} data-unsaved={unsaved.reason}>
      <span aria-hidden="true">⚠ </span>
      {t('store.unsaved')}
      <span className="visually-hidden">: {why}</span>
    </span>
  );
}

/** The same, as a line of an import report: the file was added but is not kept. */
export function UnsavedLine({ name, unsaved }: { name: string; unsaved: Unsaved }) {
  const { lang, t } = useT();
  return (
    <p className="import-unsaved" data-unsaved={unsaved.reason}>
      <strong>{t('store.unsavedReport')}</strong> {notKeptText(name, unsaved)[lang]}
    </p>
  );
}
