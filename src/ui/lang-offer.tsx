import { type LangOfferKey, langOfferText } from '../i18n/strings-lang-offer';

/**
 * The offer of English to a browser that prefers another language than Vietnamese: written in
 * English (whoever needs it cannot read the Vietnamese page around it), small, and answered once.
 */
export function LangOffer({ onAnswer }: { onAnswer: (english: boolean) => void }) {
  const t = (key: LangOfferKey) => langOfferText('en', key);
  return (
    <p className="lang-offer" lang="en">
      <span>{t('lang.offer')}</span>
      <button type="button" className="lang-offer-accept" onClick={() => onAnswer(true)}>
        {t('lang.offer.accept')}
      </button>
      <button
        type="button"
        className="lang-offer-dismiss"
        aria-label={t('lang.offer.dismiss')}
        title={t('lang.offer.dismiss')}
        onClick={() => onAnswer(false)}
      >
        ×
      </button>
    </p>
  );
}
