import { useEffect, useRef } from 'react';
import { useT } from '../i18n/lang-context';
import { archiveText } from '../i18n/strings-archive';
import { archiveOutOfView } from '../import/archive-info';
import type { ArchiveLayer, ArchivePatch } from '../state/archive-actions';
import type { LayerTools } from './layer-tools';

/** What the list of archives may do: each through the store or the archives' own module. */
export interface ArchiveCommands {
  update: (id: string, patch: ArchivePatch) => void;
  move: (id: string, dir: 'up' | 'down') => void;
  remove: (id: string) => void;
  /** Frames the archive on the map; left out without a map. */
  zoom: ((layer: ArchiveLayer) => void) | null;
  /** Asks the browser again for a remembered file (permission), or takes the file the user chose. */
  reopen: (id: string, file?: File) => void;
  /** Chooses the file again through the browser's own picker, which also gives a handle to keep (Chromium). */
  pick: ((id: string) => void) | null;
}

/** What an archive is and where it is read from, or what it waits for. */
function Status({ a }: { a: ArchiveLayer }) {
  const { lang } = useT();
  const at = (key: Parameters<typeof archiveText>[1], params = {}) => archiveText(lang, key, params);
  const file = a.origin.kind === 'file' ? a.origin.fileName : '';
  if (a.status === 'needs-file') return <p className="layer-unsaved">{at('archive.needsFile', { file })}</p>;
  if (a.status === 'needs-permission')
    return <p className="layer-unsaved">{at('archive.needsPermission', { file })}</p>;
  const { info } = a;
  const away = info ? archiveOutOfView(info.bounds) : null;
  return (
    <>
      <span className="layer-status">
        {a.status === 'opening'
          ? at('archive.opening')
          : info?.kind === 'vector'
            ? at(info.layers.length === 1 ? 'archive.vectorOne' : 'archive.vector', { n: info.layers.length })
            : info
              ? at('archive.raster', { format: info.format.toUpperCase() })
              : ''}
        {away && ` · ${at('archive.outOfView')}`}
      </span>
      <span className="layer-source">
        {a.origin.kind === 'url'
          ? at('archive.fromAddress', { url: a.origin.url })
          : at('archive.fromFile', { file })}
      </span>
      {info?.attribution && (
        <span className="layer-source">{at('archive.credit', { text: info.attribution })}</span>
      )}
    </>
  );
}

/**
 * The user's PMTiles archives in "Your data", newest (drawn on top) first: each with its box,
 * colour (vector), opacity, order, zoom and remove, where it is read from, its credit, and — for a
 * remembered file the browser no longer lets the page read — a button that opens it again.
 */
export function ArchiveList({
  archives,
  commands,
  Tools,
}: {
  archives: readonly ArchiveLayer[];
  commands: ArchiveCommands;
  /** The layers' own tools (opacity, order), handed down by the page, which has them already. */
  Tools: typeof LayerTools;
}) {
  const { lang, t } = useT();
  const picker = useRef<HTMLInputElement>(null);
  const reopening = useRef<string | null>(null);
  // The reopen button goes once the archive opens (again): its row's box takes the focus it had.
  useEffect(() => {
    const id = reopening.current;
    const a = id ? archives.find((x) => x.id === id) : undefined;
    if (!a || a.status === 'needs-file' || a.status === 'needs-permission' || a.status === 'failed') return;
    reopening.current = null;
    if (!document.activeElement || document.activeElement === document.body)
      document.getElementById(`layer-${a.id}`)?.focus();
  }, [archives]);
  return (
    <>
      <input
        ref={picker}
        type="file"
        accept=".pmtiles"
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        data-archive-reopen=""
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file && reopening.current) commands.reopen(reopening.current, file);
        }}
      />
      <ul className="layer-list archive-list">
        {[...archives].reverse().map((a, shownAt) => {
          const i = archives.length - 1 - shownAt;
          const boxId = `layer-${a.id}`;
          const title = a.name;
          const waiting =
            a.status === 'needs-file' || a.status === 'needs-permission' || a.status === 'failed';
          const byPicker = a.origin.kind === 'file' && a.status !== 'needs-permission';
          return (
            <li
              key={a.id}
              className={`layer ${a.visible ? 'is-on' : ''}`}
              data-archive={a.id}
              data-status={a.status}
            >
              <div className="layer-main">
                <input
                  id={boxId}
                  type="checkbox"
                  checked={a.visible}
                  onChange={(e) => commands.update(a.id, { visible: e.target.checked })}
                />
                <label htmlFor={boxId}>{a.name}</label>
              </div>
              <Status a={a} />
              {waiting && (
                <button
                  type="button"
                  className="import-button"
                  onClick={() => {
                    reopening.current = a.id;
                    if (byPicker && commands.pick) commands.pick(a.id);
                    else if (byPicker) picker.current?.click();
                    else commands.reopen(a.id);
                  }}
                >
                  {archiveText(
                    lang,
                    byPicker
                      ? 'archive.openAgain'
                      : a.status === 'failed'
                        ? 'archive.retry'
                        : 'archive.allow',
                  )}
                </button>
              )}
              <Tools
                title={title}
                opacity={a.opacity}
                onOpacity={(opacity) => commands.update(a.id, { opacity })}
                onMove={(dir) => commands.move(a.id, dir)}
                can={{ up: i < archives.length - 1, down: i > 0 }}
                before={
                  a.info?.kind !== 'raster' && (
                    <input
                      type="color"
                      className="user-color"
                      value={a.color}
                      aria-label={t('user.color', { title })}
                      title={t('user.color', { title })}
                      onChange={(e) => commands.update(a.id, { color: e.target.value })}
                    />
                  )
                }
                after={
                  <>
                    {commands.zoom && a.info && (
                      <button
                        type="button"
                        className="order-button"
                        aria-label={t('user.zoom', { title })}
                        title={t('user.zoom', { title })}
                        onClick={() => commands.zoom?.(a)}
                      >
                        ⤢
                      </button>
                    )}
                    <button
                      type="button"
                      className="order-button user-remove"
                      aria-label={t('user.remove', { title })}
                      title={t('user.remove', { title })}
                      onClick={(e) => {
                        // Focus stays in the list (the next row's ×, else the address field), not on the page.
                        const li = e.currentTarget.closest('li');
                        const near = (li?.nextElementSibling ??
                          li?.previousElementSibling) as HTMLElement | null;
                        const target =
                          near?.querySelector<HTMLElement>('.user-remove') ??
                          document.querySelector<HTMLElement>('.archive-address input');
                        commands.remove(a.id);
                        requestAnimationFrame(() => target?.focus());
                      }}
                    >
                      ×
                    </button>
                  </>
                }
              />
              <p className="layer-source">{archiveText(lang, 'archive.notPlan')}</p>
            </li>
          );
        })}
      </ul>
    </>
  );
}
