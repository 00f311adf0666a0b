import { useEffect, useMemo, useRef, useState } from 'react';
import { encode } from 'uqr';
import { usePanelT } from '../i18n/panel-text';

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

/** The share box: the link to this exact view and an embed snippet, each with a copy button. */
export function ShareDialog({ onClose, userLayers = 0 }: { onClose: () => void; userLayers?: number }) {
  const { t } = usePanelT();
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
        <QrCode text={link} label={t('share.qr')} />
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
      {userLayers > 0 && <p className="share-hint">{t('share.noUserData')}</p>}
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
