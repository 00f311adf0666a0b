import { lazy, Suspense, useEffect, useRef } from 'react';
import { useT } from '../../i18n/lang-context';
import { archiveText } from '../../i18n/strings-archive';
import { translate } from '../../i18n/translate';
import { archiveOutOfView } from '../../import/archive-info';
import type { ArchiveLayer, ArchivePatch } from '../../state/archive-actions';
import { PartBoundary } from '../part-boundary';
import { UserLayerRow } from './user-layer-row';

const ArchiveStyleControl = lazy(() =>
  import('./archive-style').then((m) => ({ default: m.ArchiveStyleControl })),
);

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
}: {
  archives: readonly ArchiveLayer[];
  commands: ArchiveCommands;
}) {
  const { lang } = useT();
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
          const waiting =
            a.status === 'needs-file' || a.status === 'needs-permission' || a.status === 'failed';
          const byPicker = a.origin.kind === 'file' && a.status !== 'needs-permission';
          return (
            <UserLayerRow
              key={a.id}
              layer={a}
              data={{ 'data-archive': a.id, 'data-status': a.status }}
              status={
                <>
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
                </>
              }
              colour={a.info?.kind !== 'raster' && !a.style}
              can={{ up: i < archives.length - 1, down: i > 0 }}
              notPlan={archiveText(lang, 'archive.notPlan')}
              onChange={(patch) => commands.update(a.id, patch)}
              onMove={(dir) => commands.move(a.id, dir)}
              onZoom={commands.zoom && a.info ? () => commands.zoom?.(a) : null}
              onRemove={(e) => {
                // Focus stays in the list (the next row's ×, else the address field), not on the page.
                const li = e.currentTarget.closest('li');
                const near = (li?.nextElementSibling ?? li?.previousElementSibling) as HTMLElement | null;
                const target =
                  near?.querySelector<HTMLElement>('.user-remove') ??
                  document.querySelector<HTMLElement>('.archive-address input');
                commands.remove(a.id);
                requestAnimationFrame(() => target?.focus());
              }}
              footer={
                a.info?.kind === 'vector' && (
                  <PartBoundary message={translate(lang, 'user.partFailed')}>
                    <Suspense fallback={null}>
                      <ArchiveStyleControl
                        name={a.name}
                        info={a.info}
                        style={a.style}
                        onStyle={(style) => commands.update(a.id, { style })}
                      />
                    </Suspense>
                  </PartBoundary>
                )
              }
            />
          );
        })}
      </ul>
    </>
  );
}
