import { LANGS, type Lang } from '../types/core';

/** The language the page opens in, and whether to offer English beside it. */
export interface LangStart {
  lang: Lang;
  /** The browser prefers another language than Vietnamese, and nobody has chosen yet. */
  offerEnglish: boolean;
}

const isLang = (x: unknown): x is Lang => (LANGS as readonly unknown[]).includes(x);

/**
 * Which language the page opens in: the link's (`lang=`) first, as whoever sent it chose it; then
 * the one the user chose last in this browser; else Vietnamese, the plan's own language. English
 * is only offered, never forced, and only when the browser's first language is not Vietnamese.
 *
 * @example startLang(null, null, ['en-US']) // { lang: 'vi', offerEnglish: true }
 */
export function startLang(
  linkLang: Lang | null,
  remembered: string | null,
  browserLangs: readonly string[],
): LangStart {
  if (linkLang) return { lang: linkLang, offerEnglish: false };
  if (isLang(remembered)) return { lang: remembered, offerEnglish: false };
  const first = browserLangs[0]?.toLowerCase() ?? 'vi';
  return { lang: 'vi', offerEnglish: first !== 'vi' && !first.startsWith('vi-') };
}

/** The language a link names (`lang=vi|en` among its `&`-separated keys), if it names a known one. */
export function linkLang(hash: string): Lang | null {
  for (const part of hash.replace(/^#/, '').split('&')) {
    const [key, value] = part.split('=');
    if (key === 'lang' && isLang(value)) return value;
  }
  return null;
}

const LANG_KEY = 'ls-lang';

/** The language the user chose last in this browser (null: none, or storage refused). */
export function rememberedLang(): string | null {
  try {
    return window.localStorage?.getItem(LANG_KEY) ?? null;
  } catch {
    return null;
  }
}

/** Keeps the user's choice of language for the next visit; a refused storage only forgets it. */
export function rememberLang(lang: Lang): void {
  try {
    window.localStorage?.setItem(LANG_KEY, lang);
  } catch {
    // private window or storage full: the next visit opens in Vietnamese again
  }
}
