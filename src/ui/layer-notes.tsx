import { importMessage } from '../i18n/import-messages';
import { useT } from '../i18n/lang-context';
import type { Problem } from '../import/problems';

/**
 * What the import said about a layer's file (rows skipped, data out of view…), kept with the
 * layer after the import's own message is closed. Loaded only when a layer has notes.
 */
export function LayerNotes({ notes }: { notes: readonly Problem[] }) {
  const { lang, t } = useT();
  return (
    <details className="import-warnings layer-notes">
      <summary>{t('import.warnings', { n: notes.length })}</summary>
      <ul>
        {notes.map((p) => (
          <li key={JSON.stringify(p)}>{importMessage(lang, p)}</li>
        ))}
      </ul>
    </details>
  );
}
