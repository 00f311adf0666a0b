import { translate } from '../i18n/translate';

/**
 * The offer of English to a browser that prefers another language than Vietnamese: written in
 * English (whoever needs it cannot read the Vietnamese page around it), small, and answered once.
 */
export function LangOffer({ onAnswer }: { onAnswer: (english: boolean) => void }) {
  const t = (key: 'lang.offer' | 'lang.offer.accept' | 'lang.offer.dismiss') => translate('en', key);
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
