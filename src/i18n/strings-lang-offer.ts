import type { Lang } from '../types/core';

/**
 * The offer of English to a browser that prefers another language. Apart from the main table: it
 * loads only with the offer, which a Vietnamese browser never sees.
 */
export const langOfferVi = {
  'lang.offer': 'Bản đồ đang hiển thị bằng tiếng Việt.',
  'lang.offer.accept': 'Xem bằng tiếng Anh',
  'lang.offer.dismiss': 'Không, giữ tiếng Việt',
};

export const langOfferEn: Record<keyof typeof langOfferVi, string> = {
  'lang.offer': 'This map is in Vietnamese.',
  'lang.offer.accept': 'Read it in English',
  'lang.offer.dismiss': 'No, keep Vietnamese',
};

export type LangOfferKey = keyof typeof langOfferVi;

export const langOfferText = (lang: Lang, key: LangOfferKey): string =>
  (lang === 'vi' ? langOfferVi : langOfferEn)[key];
