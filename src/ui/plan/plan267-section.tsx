import type { Overview } from '../../data/overview-schema';
import { formatFactValue } from '../../i18n/format-fact';
import { usePanelT } from '../../i18n/panel-text';
import { SourceLinks } from './source-links';
import './plan267-section.css';

type Indicator = Overview['indicators'][number];

/** "2025: 8.06 %/yr → 2030: 10–11 %/yr" from an indicator's latest result and its 2030 target. */
function NowTo2030({ ind }: { ind: Indicator }) {
  const { lang, t } = usePanelT();
  const now = ind.values.filter((v) => v.kind === 'result').sort((a, b) => b.year - a.year)[0];
  const target = ind.values.find(
    (v) => v.kind === 'target' && v.year === 2030 && v.sources.some((s) => s.startsWith('seeds/002_')),
  );
  if (!now || !target) return null;
  const show = (v: typeof now) =>
    formatFactValue(lang, { value: v.value, unit: ind.unit, qualifier: v.qualifier });
  return (
    <li className="now-to-2030" data-baseline={ind.id}>
      {t('overview.nowTo2030')} · {ind.title[lang]}: {now.year}: <strong>{show(now)}</strong> → 2030:{' '}
      <strong>{show(target)}</strong> <SourceLinks refs={[...now.sources, ...target.sources]} compact />
    </li>
  );
}

/** Plan 267's goals, vision, numbered 2030 targets and investment priorities, as the plan groups them. */
export function Plan267Section({ data }: { data: Overview }) {
  const { lang, t } = usePanelT();
  const groups = data.plan_267 ?? [];
  if (groups.length === 0) return null;
  return (
    <section className="plan-267" aria-labelledby="plan-267-title">
      <h3 className="detail-subtitle" id="plan-267-title">
        {t('overview.plan267')}
      </h3>
      <p className="plan-267-note">{t('overview.plan267Note')}</p>
      {groups.map((g) => (
        <section key={g.id} className="plan-267-group" data-group={g.id}>
          <h4>{g.title[lang]}</h4>
          <ul className="fact-list">
            {g.items.map((i) => (
              <li key={i.id} data-target={i.id} data-line={i.line}>
                <span lang={lang}>{i.text[lang]}</span>{' '}
                <span className="plan-267-line">
                  ({t('overview.line', { n: i.line })} <SourceLinks refs={i.sources} compact />)
                </span>
                {i.map && <span className="plan-267-map">{i.map[lang]}</span>}
                {i.indicators && (
                  <ul className="fact-list">
                    {i.indicators.map((id) => {
                      const ind = data.indicators.find((x) => x.id === id);
                      return ind ? <NowTo2030 key={id} ind={ind} /> : null;
                    })}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
