import { fixLabel, importMessage } from '../../i18n/import-messages';
import { usePanelT } from '../../i18n/panel-text';
import type { ImportProgressState, ImportReport } from '../../import/import-report';
import type { ImportFix } from '../../import/problems';
import type { Unsaved } from '../../state/app-state';
import { ImportNotes } from './import-notes';
import { UnsavedLine } from './unsaved-mark';

/** Above this many features a layer may slow the map down (software WebGL more so): say so. */
const LARGE = 50_000;

/**
 * Over the map: the file being imported with a progress bar, then what became of each file —
 * added (with any notes), or refused with every reason and, for coordinates in another system,
 * the conversions that would make it usable.
 */
export function ImportStatus({
  progress,
  reports,
  onFix,
  onDismiss,
  unsaved,
}: {
  progress: ImportProgressState | null;
  reports: readonly ImportReport[];
  onFix: (report: ImportReport, fix: ImportFix) => void;
  onDismiss: (report: ImportReport) => void;
  /** Imported layers this browser could not store, by id, with their names. */
  unsaved: (layerId: string) => { name: string; unsaved: Unsaved } | undefined;
}) {
  const { lang, t } = usePanelT();
  if (!progress && reports.length === 0) return null;
  return (
    <div className="import-status">
      {progress && (
        <div className="import-card" data-import-progress={progress.progress.stage}>
          <p>{t(`import.${progress.progress.stage}`, { name: progress.fileName })}</p>
          <progress max={1} value={progress.progress.fraction} aria-label={t('import.progress')} />
        </div>
      )}
      {reports.map((r) => {
        const { result } = r;
        const warnings = result.ok ? result.warnings : (result.warnings ?? []);
        const notKept = r.layerId ? unsaved(r.layerId) : undefined;
        return (
          <div
            key={r.fileName}
            className={`import-card ${result.ok ? 'is-ok' : 'is-refused'}`}
            role={result.ok ? 'status' : 'alert'}
            data-import-report={r.fileName}
          >
            <p className="import-title">
              {result.ok
                ? t(result.data.count === 1 ? 'import.addedOne' : 'import.added', {
                    name: r.fileName,
                    n: result.data.count,
                  })
                : t('import.refused', { name: r.fileName })}
            </p>
            {!result.ok && (
              <ul
                className="import-problems"
                aria-label={t('import.problems', { n: result.problems.length })}
                // biome-ignore lint/a11y/noNoninteractiveTabindex: a long list scrolls, and a keyboard must reach it to scroll it
                tabIndex={0}
              >
                {result.problems.map((p) => (
                  <li key={JSON.stringify(p)}>{importMessage(lang, p)}</li>
                ))}
              </ul>
            )}
            {!result.ok && result.fix && result.fix.length > 0 && (
              <div className="import-fixes">
                {result.fix.every((f) => f.kind === 'skip-bad') ? (
                  <p>{t(result.bad?.unit === 'feature' ? 'import.keepGoodFeatures' : 'import.keepGood')}</p>
                ) : (
                  <p>
                    {t('import.fixes')}
                    {result.bad &&
                      ` ${t(result.bad.unit === 'row' ? 'import.fixesSkip' : 'import.fixesSkipFeatures')}`}
                  </p>
                )}
                {result.fix.map((f) => (
                  <button key={fixLabel('en', f)} type="button" onClick={() => onFix(r, f)}>
                    {fixLabel(lang, f)}
                  </button>
                ))}
              </div>
            )}
            {result.ok && result.data.count > LARGE && (
              <p className="import-large">{t('user.large', { name: r.fileName, n: result.data.count })}</p>
            )}
            {notKept && <UnsavedLine {...notKept} />}
            {warnings.length > 0 && <ImportNotes notes={warnings} />}
            <button type="button" className="link-button" onClick={() => onDismiss(r)}>
              {t('import.dismiss')}
            </button>
          </div>
        );
      })}
    </div>
  );
}
