import { usePanelT } from '../../i18n/panel-text';

/**
 * Text the sources give in Vietnamese only (old addresses): marked as Vietnamese for screen
 * readers, and said to be so in the English interface rather than passed off as translated.
 */
export function ViText({ text }: { text: string }) {
  const { lang, t } = usePanelT();
  return (
    <>
      <span lang="vi">{text}</span>
      {lang === 'en' && <span className="vi-note"> {t('cell.inVietnamese')}</span>}
    </>
  );
}
