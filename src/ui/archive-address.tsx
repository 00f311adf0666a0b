import { useId } from 'react';
import { useT } from '../i18n/lang-context';

/** "Open an archive address": a PMTiles archive on a server (https, or http on this computer). */
export function ArchiveAddress({ onOpen }: { onOpen: (address: string) => void }) {
  const { t } = useT();
  const id = useId();
  return (
    <form
      className="archive-address"
      onSubmit={(e) => {
        e.preventDefault();
        const box = e.currentTarget.elements.namedItem('address') as HTMLInputElement;
        if (box.value.trim()) onOpen(box.value);
        box.value = '';
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
