import { useEffect, useRef } from 'react';
import { type ListKey, listText } from '../i18n/strings-list';
import type { Lang } from '../types/core';
import './list/list-view.css';

type Row = [keys: string[], what: ListKey];

/** MapLibre's own keyboard handler (see KeyboardHandler), when the map has the focus. */
const ON_MAP: Row[] = [
  [['←', '↑', '→', '↓'], 'keys.pan'],
  [['+', '−'], 'keys.zoom'],
  [['Enter'], 'keys.details'],
];
/** Ours (app/list-dock.tsx), anywhere but in a text box, a list or a dialog. */
const ANYWHERE: Row[] = [
  [['?'], 'keys.help'],
  [['N', 'P'], 'keys.next'],
  [['D'], 'keys.details'],
  [['L'], 'keys.list'],
  [['M'], 'keys.focusMap'],
  [['R'], 'keys.report'],
  [['Esc'], 'keys.escape'],
];
const IN_LIST: Row[] = [
  [['↓', '↑'], 'keys.move'],
  [['Home', 'End'], 'keys.ends'],
  [['PgUp', 'PgDn'], 'keys.page'],
  [['a–z'], 'keys.typeAhead'],
  [['Enter'], 'keys.choose'],
];

/** The keyboard shortcuts, in a modal dialog: opened by `?` or its button, closed by Escape; focus goes back. */
export function KeysDialog({ lang, onClose }: { lang: Lang; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    return () => {
      if (opener?.isConnected) opener.focus();
    };
  }, []);
  const section = (title: ListKey, rows: Row[]) => (
    <section className="keys-section">
      <h3>{listText(lang, title)}</h3>
      <dl>
        {rows.map(([keys, what]) => (
          <div key={`${title}-${what}`}>
            <dt>
              {keys.map((k, i) => (
                <span key={k}>
                  {i > 0 && ' '}
                  <kbd>{k}</kbd>
                </span>
              ))}
            </dt>
            <dd>{listText(lang, what)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
  return (
    <dialog ref={dialog} className="keys-dialog" aria-labelledby="keys-title" onClose={onClose}>
      <h2 id="keys-title">{listText(lang, 'keys.heading')}</h2>
      {section('keys.anywhere', ANYWHERE)}
      {section('keys.onMap', ON_MAP)}
      {section('keys.inList', IN_LIST)}
      <div className="keys-actions">
        <button type="button" onClick={() => dialog.current?.close()}>
          {listText(lang, 'keys.close')}
        </button>
      </div>
    </dialog>
  );
}
