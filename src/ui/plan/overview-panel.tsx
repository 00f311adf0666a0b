import { useEffect, useRef, useState } from 'react';
import { Overview } from '../../data/overview-schema';
import { formatDate, formatFactValue, formatUnit } from '../../i18n/format-fact';
import { usePanelT } from '../../i18n/panel-text';
import { formatNumber } from '../../i18n/translate';
import { Plan267Section } from './plan267-section';
import { SourceLinks } from './source-links';
import { SourceList, UnquotedNote } from './source-list';

type Indicator = Overview['indicators'][number];
type Value = Indicator['values'][number];

const upper = (v: Value['value']) => (typeof v === 'number' ? v : v.max);

/** Bars for an indicator's values over the years: results solid, targets hatched (outlined). */
function Bars({ ind }: { ind: Indicator }) {
  const { lang, t } = usePanelT();
  const values = [...ind.values].sort((a, b) => a.year - b.year || a.kind.localeCompare(b.kind));
  const max = Math.max(...values.map((v) => upper(v.value)), 0);
  if (values.length < 2 || max <= 0) return null;
  const w = 280;
  const barH = 16;
  const gap = 6;
  const labelW = 92;
  const h = values.length * (barH + gap);
  return (
    <svg className="bars" width={w} height={h} viewBox={`0 0 ${w} ${h}`} aria-hidden="true">
      {values.map((v, i) => {
        const y = i * (barH + gap);
        const len = ((w - labelW - 70) * upper(v.value)) / max;
        return (
          <g key={`${v.year}-${v.kind}-${JSON.stringify(v.value)}-${v.sources.join()}`}>
            <text x={0} y={y + 12} fontSize="11" fill="#3b434c">
              {v.year} · {t(v.kind === 'result' ? 'overview.result' : 'overview.target')}
            </text>
            <rect
              x={labelW}
              y={y}
              width={Math.max(len, 1)}
              height={barH}
              rx="2"
              className={v.kind === 'result' ? 'bar-result' : 'bar-target'}
            />
            <text x={labelW + len + 4} y={y + 12} fontSize="11" fill="#1f2328">
              {typeof v.value === 'number'
                ? formatNumber(lang, v.value)
                : `${formatNumber(lang, v.value.min)}–${formatNumber(lang, v.value.max)}`}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** Every source the overview cites, in full, with the passages quoted for its figures. */
function OverviewSources({ data }: { data: Overview }) {
  const cited = [
    ...data.indicators.flatMap((i) => i.values),
    ...data.documents,
    ...(data.breakthroughs ?? []),
    ...(data.key_projects ?? []),
  ];
  return (
    <SourceList
      refs={[...new Set(cited.flatMap((c) => c.sources))]}
      quotes={cited.flatMap((c) => c.quotes ?? [])}
    />
  );
}

function OverviewUnquoted({ data }: { data: Overview }) {
  return (
    <UnquotedNote
      reasons={[
        ...data.indicators.flatMap((i) => i.values),
        ...data.documents,
        ...(data.breakthroughs ?? []),
        ...(data.key_projects ?? []),
      ].map((c) => c.unquoted)}
    />
  );
}

/** The plan's documents and headline targets and results, each figure with its sources. */
export function OverviewPanel({ onClose }: { onClose: () => void }) {
  const { lang, t } = usePanelT();
  const [data, setData] = useState<Overview | 'failed'>();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    void import('../../../geodata/plan/overview.json').then(
      (m) => {
        const r = Overview.safeParse(m.default);
        setData(r.success ? r.data : 'failed');
      },
      () => setData('failed'),
    );
  }, []);

  return (
    <aside className="detail overview" aria-labelledby="overview-title">
      <header className="detail-head">
        <h2 id="overview-title" tabIndex={-1} ref={heading}>
          {t('overview.heading')}
        </h2>
        <button type="button" className="detail-close" onClick={onClose} aria-label={t('overview.close')}>
          ×
        </button>
      </header>
      <div className="detail-body">
        {data === undefined && <p>{t('sources.loading')}</p>}
        {data === 'failed' && <p className="unknown">{t('layers.failed')}</p>}
        {data && data !== 'failed' && (
          <>
            <Plan267Section data={data} />
            <h3 className="detail-subtitle">{t('overview.indicators')}</h3>
            {data.indicators.map((ind) => (
              <section key={ind.id} className="indicator" data-indicator={ind.id}>
                <h4>
                  {ind.title[lang]}
                  {ind.unit ? ` (${formatUnit(lang, ind.unit)})` : ''}
                </h4>
                <Bars ind={ind} />
                <ul className="fact-list">
                  {ind.values.map((v) => (
                    <li key={`${v.year}-${v.kind}-${JSON.stringify(v.value)}-${v.sources.join()}`}>
                      {v.year} · {t(v.kind === 'result' ? 'overview.result' : 'overview.target')}:{' '}
                      <strong>
                        {formatFactValue(lang, { value: v.value, unit: ind.unit, qualifier: v.qualifier })}
                      </strong>
                      {v.note ? ` — ${v.note[lang]}` : ''} <SourceLinks refs={v.sources} compact />
                    </li>
                  ))}
                </ul>
              </section>
            ))}
            {data.breakthroughs && data.breakthroughs.length > 0 && (
              <>
                <h3 className="detail-subtitle">{t('overview.breakthroughs')}</h3>
                <ol className="documents" data-list="breakthroughs">
                  {data.breakthroughs.map((b) => (
                    <li key={b.id}>
                      {b.title[lang]}
                      {b.note ? ` — ${b.note[lang]}` : ''} <SourceLinks refs={b.sources} compact />
                    </li>
                  ))}
                </ol>
              </>
            )}
            {data.key_projects && data.key_projects.length > 0 && (
              <>
                <h3 className="detail-subtitle">{t('overview.keyProjects')}</h3>
                <ul className="documents" data-list="key-projects">
                  {data.key_projects.map((k) => (
                    <li key={k.id}>
                      <strong>{k.title[lang]}</strong>
                      {k.note ? ` — ${k.note[lang]}` : ''} <SourceLinks refs={k.sources} compact />
                    </li>
                  ))}
                </ul>
              </>
            )}
            <h3 className="detail-subtitle">{t('overview.documents')}</h3>
            <ul className="documents">
              {data.documents.map((d) => (
                <li key={d.id}>
                  <strong>{d.title[lang]}</strong>
                  {d.date ? ` — ${formatDate(lang, d.date)}` : ''}
                  <br />
                  {d.summary[lang]} <SourceLinks refs={d.sources} compact />
                </li>
              ))}
            </ul>
            <h3 className="detail-subtitle">{t('detail.allSources')}</h3>
            <OverviewSources data={data} />
            <OverviewUnquoted data={data} />
          </>
        )}
      </div>
    </aside>
  );
}
