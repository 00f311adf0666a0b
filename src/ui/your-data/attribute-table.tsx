import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { asText, STYLE_KEY } from '../../analysis/user-feature-name';
import { usePanelT } from '../../i18n/panel-text';
import type { ImportedLayer } from '../../import/imported-store';
import { readFeature } from '../../import/layer-data';

/** Rows a page shows: each is parsed from its own bytes when shown, so a layer of any size opens at once. */
export const PAGE_ROWS = 50;
/** Columns shown at most; the others are named under the table (the popup has them all). */
export const MAX_COLUMNS = 12;

const pageOf = (n: number) => Math.floor(n / PAGE_ROWS);

/**
 * An imported layer's attribute table, over the map: its features a page at a time, a column per
 * field. Choosing a row shows that feature on the map with its popup; a feature chosen on the map
 * (its popup) is the table's chosen row, its page turned to. Escape closes it.
 */
export function AttributeTable({
  layer,
  chosen,
  onChoose,
  onClose,
}: {
  layer: ImportedLayer;
  /** The feature of this layer chosen on the map (its place in the layer), if any. */
  chosen: number | null;
  onChoose: (n: number) => void;
  onClose: () => void;
}) {
  const { t } = usePanelT();
  const base = useId();
  const count = layer.data.count;
  const pages = Math.max(1, Math.ceil(count / PAGE_ROWS));
  const [wanted, setPage] = useState(chosen === null ? 0 : pageOf(chosen));
  // A layer that shrank (features removed) keeps a page that still exists.
  const page = Math.min(wanted, pages - 1);
  const body = useRef<HTMLTableSectionElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  // Opened: the focus goes to its heading, so a keyboard or screen-reader user is where it is.
  useEffect(() => heading.current?.focus(), []);
  const fields = (layer.data.fields ?? []).map((f) => f.name).filter((name) => !STYLE_KEY.test(name));
  const columns = fields.slice(0, MAX_COLUMNS);

  // A feature chosen on the map: its page, its row in view.
  useEffect(() => {
    if (chosen === null) return;
    setPage(pageOf(chosen));
    requestAnimationFrame(() =>
      body.current?.querySelector(`[data-n="${chosen}"]`)?.scrollIntoView({ block: 'nearest' }),
    );
  }, [chosen]);

  const first = page * PAGE_ROWS;
  const last = Math.min(count, first + PAGE_ROWS);
  const rows = Array.from({ length: last - first }, (_, i) => {
    const n = first + i;
    return { n, properties: readFeature(layer.data, n)?.properties ?? {} };
  });
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    onClose();
  };
  return (
    <section
      className="attribute-table"
      data-covers-map=""
      data-attribute-table={layer.id}
      aria-labelledby={`${base}-h`}
      onKeyDown={onKey}
    >
      <div className="attribute-table-head">
        <h2 id={`${base}-h`} ref={heading} tabIndex={-1}>
          {t('table.heading', { name: layer.name })}
        </h2>
        <button
          type="button"
          className="detail-close"
          aria-label={t('table.close')}
          title={t('table.close')}
          onClick={onClose}
        >
          ×
        </button>
      </div>
      <div className="attribute-table-scroll">
        <table>
          <caption className="visually-hidden">{t('table.caption', { name: layer.name })}</caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              {columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody ref={body}>
            {rows.map(({ n, properties }) => (
              <tr key={n} data-n={n} data-chosen={n === chosen} className={n === chosen ? 'is-chosen' : ''}>
                <th scope="row">
                  <button
                    type="button"
                    className="link-button"
                    aria-label={t(n === chosen ? 'table.shown' : 'table.show', { n: n + 1 })}
                    aria-current={n === chosen ? 'true' : undefined}
                    onClick={() => onChoose(n)}
                  >
                    {n + 1}
                  </button>
                </th>
                {columns.map((c) => (
                  <td key={c}>{asText(properties[c])}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="attribute-table-foot">
        <button type="button" disabled={page === 0} onClick={() => setPage(page - 1)}>
          {t('table.previous')}
        </button>
        <span role="status">{t('table.rows', { from: first + 1, to: last, count })}</span>
        <button type="button" disabled={page >= pages - 1} onClick={() => setPage(page + 1)}>
          {t('table.next')}
        </button>
      </div>
      {fields.length > columns.length && (
        <p className="layer-source">
          {t('table.moreColumns', {
            n: fields.length - columns.length,
            names: fields.slice(MAX_COLUMNS).join(', '),
          })}
        </p>
      )}
      <p className="layer-source">{t('table.hint')}</p>
    </section>
  );
}
