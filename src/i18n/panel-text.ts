import { useContext } from 'react';
import type { Lang } from '../types/core';
import { LangContext } from './lang-context';
import type { StringKey } from './strings';
import { investorEn, investorVi } from './strings-investor';
import { landUseEn, landUseVi } from './strings-land-use';
import { panelsEn, panelsVi } from './strings-panels';
import { fill, translate } from './translate';

/**
 * The strings of what loads when first opened (panels, dialogs, popups, the site table). Only
 * those lazy modules import this file, so its tables are not in the page's first load (a budget
 * test counts it: `scripts/first-load-size.mjs`); a module of the first view that needs one of
 * these strings does not compile until the string moves to the main table (strings.ts).
 */
const PANEL_STRINGS: Record<Lang, Record<PanelKey, string>> = {
  vi: { ...investorVi, ...panelsVi, ...landUseVi },
  en: { ...investorEn, ...panelsEn, ...landUseEn },
};

/** A key of the lazily loaded tables. */
export type PanelKey = keyof typeof investorVi | keyof typeof panelsVi | keyof typeof landUseVi;

/** A string of the main table or of a lazily loaded panel's, with its placeholders filled. */
export function panelText(
  lang: Lang,
  key: StringKey | PanelKey,
  params: Record<string, string | number> = {},
): string {
  const own = (PANEL_STRINGS[lang] as Record<string, string>)[key];
  return own === undefined ? translate(lang, key as StringKey, params) : fill(lang, own, params);
}

/** `useT` for the lazily loaded panels: the current language and a translator of both tables. */
export function usePanelT(): {
  lang: Lang;
  t: (key: StringKey | PanelKey, params?: Record<string, string | number>) => string;
} {
  const lang = useContext(LangContext);
  return { lang, t: (key, params) => panelText(lang, key, params) };
}
