import { useId } from 'react';
import { usePanelT } from '../../i18n/panel-text';

/** "Open an archive address": a PMTiles archive on a server (https, or http on this computer). */
export function ArchiveAddress({ onOpen }: { onOpen: (address: string) => Promise<boolean> }) {
  const { t } = usePanelT();
  const id = useId();
  return (
    <form
      className="archive-address"
      // The app's own refusal (in the page's language) rather than the browser's tooltip.
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const box = e.currentTarget.elements.namedItem('address') as HTMLInputElement;
        const typed = box.value;
        if (!typed.trim()) return;
        // Cleared only once it opened: a refused address stays, to be corrected.
        void onOpen(typed).then((ok) => {
          if (ok && box.value === typed) box.value = '';
        });
      }}
    >
      <label htmlFor={id}>{t('archive.address')}</label>
      <span className="archive-address-row">
        <input id={id} name="address" type="url" inputMode="url" placeholder={t('archive.addressExample')} />
        <button type="submit">{t('archive.open')}</button>
      </span>
    </form>
  );
}
