import type { LayerAnswer, ReportHit } from '../../analysis/land-report';
import { landUseCodeOf, landUseEntry } from '../../analysis/land-use-codes';
import { phraseOf } from '../../analysis/report-phrase';
import { asText, STYLE_KEY } from '../../analysis/user-feature-name';
import { sourceHref } from '../../data/sources';
import { formatKm } from '../../i18n/format-distance';
import { usePanelT } from '../../i18n/panel-text';
import { formatShare, reportText } from '../../i18n/strings-report';
import { formatNumber } from '../../i18n/translate';
import type { Lang } from '../../types/core';

const NAME_KEY = /^(name|ten|title|tieu_de|ten_.*)$/i;
/** Properties the report says in words of its own (sources, accuracy), or that only style a feature. */
const OWN_KEYS =
  /^(sources|accuracy|accuracy_note|provisional|provisional_note|inferred|summary|facts|name|name_en|stacked_above)$/;
const MAX_ATTRS = 6;

/** What to call a hit: the plan's bilingual name, a name-like attribute, else its number. */
export function hitName(h: Pick<ReportHit, 'properties' | 'featureId'>, lang: Lang): string {
  const name = h.properties.name;
  if (name && typeof name === 'object' && lang in name) return String((name as Record<Lang, unknown>)[lang]);
  const key = Object.keys(h.properties).find((k) => NAME_KEY.test(k));
  return (key && asText(h.properties[key])) || `#${h.featureId}`;
}

function relationText(lang: Lang, h: ReportHit, point: boolean): string {
  const p = phraseOf(h);
  if (p.phrase === 'near') {
    const m = h.distanceM;
    return reportText(lang, 'report.rel.near', {
      distance: m < 1000 ? `${formatNumber(lang, Math.round(m), 0)} m` : formatKm(lang, m / 1000, 'derived'),
    });
  }
  if (p.phrase === 'in' && point) return reportText(lang, 'report.rel.inPoint');
  if (p.phrase === 'overlaps' || (p.phrase === 'in' && h.share !== null && h.share < 1))
    return reportText(lang, 'report.rel.overlaps', { share: formatShare(lang, h.share ?? 0) });
  return reportText(lang, `report.rel.${p.phrase}`);
}

/** A hit's sources: an address (http(s) or a document served with the app) as a link, else as text. */
function Sources({ refs }: { refs: readonly string[] }) {
  return (
    <>
      {refs.map((ref, i) => {
        const href = sourceHref(ref);
        return (
          <span key={ref}>
            {i > 0 && ', '}
            {href ? (
              <a href={href} target="_blank" rel="noopener noreferrer">
                {ref.replace(/^https?:\/\/(www\.)?/, '').slice(0, 48)}
              </a>
            ) : (
              ref
            )}
          </span>
        );
      })}
    </>
  );
}

/** A land-use code's name in brackets, when the national list has it ("ONT" → " (Đất ở tại nông thôn)"). */
function codeName(code: string, lang: Lang): string {
  // Read as the map and the layer's table read it: "ONT+CLN" is named as ONT.
  const entry = landUseEntry(landUseCodeOf(code.trim()) ?? '');
  return entry ? ` (${entry[lang]})` : '';
}

/** One layer's answers: its share by land-use code, then each feature and how it stands to the parcel. */
export function LayerAnswers({
  answer,
  point,
  withinM,
}: {
  answer: LayerAnswer;
  point: boolean;
  withinM: number;
}) {
  const { lang, t } = usePanelT();
  const total = answer.shares.reduce((sum, s) => sum + s.share, 0);
  return (
    <section className="report-layer" data-report-layer={answer.layerId} aria-label={answer.title[lang]}>
      <h4>{answer.title[lang]}</h4>
      {answer.codeKey && answer.shares.length > 0 && (
        <p className="report-shares" data-report-shares>
          {reportText(lang, 'report.shares', { key: answer.codeKey })}:{' '}
          <strong>
            {answer.shares
              .map((s) => `${formatShare(lang, s.share)} ${s.code}${codeName(s.code, lang)}`)
              .join(', ')}
            {total < 0.995 && `, ${formatShare(lang, 1 - total)} ${reportText(lang, 'report.outside')}`}
          </strong>
        </p>
      )}
      <ul className="report-hits">
        {answer.hits.map((h) => {
          const p = phraseOf(h);
          const attrs = Object.entries(h.properties).filter(
            ([k, v]) => !OWN_KEYS.test(k) && !STYLE_KEY.test(k) && (typeof v !== 'object' || v === null),
          );
          return (
            <li key={h.featureId} data-hit={h.featureId} data-relation={p.phrase}>
              <span className="report-hit-name">{hitName(h, lang)}</span>: {relationText(lang, h, point)}
              {p.approximate && p.phrase !== 'near-schematic' && (
                <span className="badge badge-provisional">{reportText(lang, 'report.approximate')}</span>
              )}
              {h.provisional && (
                <span className="badge badge-provisional">{reportText(lang, 'report.provisional')}</span>
              )}
              {answer.kind !== 'plan' && attrs.length > 0 && (
                <span className="report-attrs">
                  {' '}
                  (
                  {attrs
                    .slice(0, MAX_ATTRS)
                    .map(([k, v]) => `${k}: ${asText(v)}`)
                    .join('; ')}
                  )
                </span>
              )}
              <span className="report-provenance">
                {' '}
                {reportText(lang, 'report.accuracy')}:{' '}
                {h.accuracy ? t(`accuracy.${h.accuracy}`) : reportText(lang, 'report.accUnknown')}
                {' · '}
                {h.sources.length > 0 ? (
                  <>
                    {reportText(lang, 'report.sources')}: <Sources refs={h.sources} />
                  </>
                ) : (
                  reportText(lang, 'report.credit', { credit: answer.credit[lang] })
                )}
              </span>
            </li>
          );
        })}
      </ul>
      {answer.moreNear > 0 && (
        <p className="report-more">
          {reportText(lang, 'report.moreNear', { n: answer.moreNear, m: withinM })}
        </p>
      )}
    </section>
  );
}
