import { importMessage } from '../../i18n/import-messages';
import { usePanelT } from '../../i18n/panel-text';
import type { Problem } from '../../import/problems';

/**
 * What an import said about a file (rows skipped, data out of view…), folded: in the import's
 * report, and under the layer it made once the report is closed (`className` tells them apart).
 */
export function ImportNotes({ notes, className = '' }: { notes: readonly Problem[]; className?: string }) {
  const { lang, t } = usePanelT();
  return (
    <details className={`import-warnings ${className}`.trim()}>
      <summary>{t('import.warnings', { n: notes.length })}</summary>
      <ul>
        {notes.map((p) => (
          <li key={JSON.stringify(p)}>{importMessage(lang, p)}</li>
        ))}
      </ul>
    </details>
  );
}
