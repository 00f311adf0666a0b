import { useEffect, useMemo, useRef, useState } from 'react';
import { encode } from 'uqr';
import { usePanelT } from '../i18n/panel-text';
import { sketchText } from '../i18n/strings-sketch';
import { SKETCH_LAYER_ID } from '../state/map-draws';
import { MAX_LINK_CHARS } from '../state/sketch-link';
import { sketchesOf } from '../state/sketches';
import { exportSketches } from './sketch/export-sketches';
import { useAppState, useStore } from './use-store';

/** Copies text with the clipboard API, or says how to copy by hand where it is not allowed. */
async function copy(text: string, field: HTMLTextAreaElement | HTMLInputElement | null): Promise<boolean> {
  try {
    if (!navigator.clipboard) throw new Error('no clipboard API');
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    field?.focus();
    field?.select();
    return false;
  }
}

/** The link as a QR code, one SVG path of its dark modules (the share dialog, and this, load when first opened). */
function QrCode({ text, label }: { text: string; label: string }) {
  const { size, path } = useMemo(() => {
    const { data, size } = encode(text, { ecc: 'M', border: 2 });
    const modules = data.flatMap((row, y) => row.flatMap((dark, x) => (dark ? [`M${x} ${y}h1v1h-1z`] : [])));
    return { size, path: modules.join('') };
  }, [text]);
  return (
    <svg
      className="share-qr"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${size} ${size}`}
      shapeRendering="crispEdges"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}

/** The longest link drawn as a QR code: version 40 at level M holds 2,331 bytes; phones read far fewer well. */
const QR_MAX_CHARS = 2000;

/** Whether the link carries the user's sketches, said plainly; past the limit, a file is offered instead. */
function SketchesInLink({ link, onExport }: { link: string; onExport: () => void }) {
  const { lang } = usePanelT();
  const imported = useAppState((s) => s.imported);
  const inLink = useAppState((s) => s.sketchLink !== null);
  const sketches = sketchesOf({ imported });
  if (sketches.length === 0) return null;
  if (inLink)
    return (
      <p className="share-hint">
        {sketchText(lang, 'sketch.inLink', { n: sketches.length, chars: link.length })}
      </p>
    );
  const vertices = sketches.reduce(
    (n, f) =>
      n +
      (f.geometry.type === 'Point'
        ? 1
        : f.geometry.type === 'LineString'
          ? f.geometry.coordinates.length
          : (f.geometry.coordinates[0]?.length ?? 1) - 1),
    0,
  );
  return (
    <div className="share-hint share-sketches" role="note">
      <p>{sketchText(lang, 'sketch.notInLink', { n: vertices, max: MAX_LINK_CHARS })}</p>
      <button type="button" onClick={onExport}>
        {sketchText(lang, 'sketch.exportGeojson')}
      </button>
    </div>
  );
}

/** The share box: the link to this exact view and an embed snippet, each with a copy button. */
export function ShareDialog({ onClose, userLayers = 0 }: { onClose: () => void; userLayers?: number }) {
  const { t } = usePanelT();
  const store = useStore();
  // The sketches are a layer of the user's own data, but they travel in the link: not counted here.
  const imported = useAppState((s) => s.imported.filter((l) => l.id !== SKETCH_LAYER_ID).length);
  const dialog = useRef<HTMLDialogElement>(null);
  const linkField = useRef<HTMLInputElement>(null);
  const embedField = useRef<HTMLTextAreaElement>(null);
  const [result, setResult] = useState<{ which: 'link' | 'embed'; ok: boolean } | null>(null);

  const link = window.location.href;
  const embedUrl = new URL(link);
  embedUrl.searchParams.set('embed', '1');
  const snippet = `<iframe src="${embedUrl.href}" width="800" height="600" style="border:0" loading="lazy" title="${t('app.title')}"></iframe>`;

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    linkField.current?.select();
  }, []);

  const doCopy = async (which: 'link' | 'embed') => {
    const ok = await copy(
      which === 'link' ? link : snippet,
      which === 'link' ? linkField.current : embedField.current,
    );
    setResult({ which, ok });
  };

  return (
    <dialog ref={dialog} className="share-dialog" aria-labelledby="share-title" onClose={onClose}>
      <h2 id="share-title">{t('share.heading')}</h2>
      <label htmlFor="share-link">{t('share.link')}</label>
      <div className="share-row">
        <input id="share-link" ref={linkField} readOnly value={link} onFocus={(e) => e.target.select()} />
        <button type="button" onClick={() => doCopy('link')}>
          {result?.which === 'link' && result.ok ? t('share.copied') : t('share.copy')}
        </button>
      </div>
      <label htmlFor="share-embed">{t('share.embed')}</label>
      <div className="share-row">
        <textarea id="share-embed" ref={embedField} readOnly rows={3} value={snippet} />
        <button type="button" onClick={() => doCopy('embed')}>
          {result?.which === 'embed' && result.ok ? t('share.copied') : t('share.copy')}
        </button>
      </div>
      <div className="share-more">
        {link.length <= QR_MAX_CHARS && <QrCode text={link} label={t('share.qr')} />}
        {/* A phone's own share sheet (messaging apps, e-mail), where the browser has one. */}
        {typeof navigator.share === 'function' && (
          <button
            type="button"
            className="share-native"
            onClick={() => void navigator.share({ title: t('app.title'), url: link }).catch(() => undefined)}
          >
            {t('share.native')}
          </button>
        )}
      </div>
      {Math.min(userLayers, imported) > 0 && <p className="share-hint">{t('share.noUserData')}</p>}
      <SketchesInLink link={link} onExport={() => exportSketches(store.get(), 'geojson')} />
      {result && !result.ok && (
        <p className="share-hint" role="status">
          {t('share.copyFailed')}
        </p>
      )}
      <button
        type="button"
        className="detail-close"
        aria-label={t('share.close')}
        onClick={() => dialog.current?.close()}
      >
        ×
      </button>
    </dialog>
  );
}
