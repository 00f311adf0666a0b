import { createContext, useContext } from 'react';
import type { Lang } from '../types/core';
import type { StringKey } from './strings';
import { translate } from './translate';

export const LangContext = createContext<Lang>('vi');

/** The current language and a translator bound to it. */
export function useT(): {
  lang: Lang;
  t: (key: StringKey, params?: Record<string, string | number>) => string;
} {
  const lang = useContext(LangContext);
  return { lang, t: (key, params) => translate(lang, key, params) };
}
