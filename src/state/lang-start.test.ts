import { describe, expect, it } from 'vitest';
import { linkLang, startLang } from './lang-start';

describe('startLang', () => {
  it('opens in the language a link names, whatever was chosen before or the browser prefers', () => {
    expect(startLang('vi', 'en', ['en-US'])).toEqual({ lang: 'vi', offerEnglish: false });
    expect(startLang('en', 'vi', ['vi-VN'])).toEqual({ lang: 'en', offerEnglish: false });
  });

  it('then in the language chosen last, with no offer', () => {
    expect(startLang(null, 'en', ['vi-VN'])).toEqual({ lang: 'en', offerEnglish: false });
    expect(startLang(null, 'vi', ['en-GB'])).toEqual({ lang: 'vi', offerEnglish: false });
  });

  it('else in Vietnamese, offering English when the browser’s first language is another', () => {
    expect(startLang(null, null, ['en-US', 'vi'])).toEqual({ lang: 'vi', offerEnglish: true });
    expect(startLang(null, null, ['fr'])).toEqual({ lang: 'vi', offerEnglish: true });
    expect(startLang(null, null, ['vi-VN', 'en'])).toEqual({ lang: 'vi', offerEnglish: false });
    expect(startLang(null, null, ['VI'])).toEqual({ lang: 'vi', offerEnglish: false });
    // A browser that names no language: nothing to go on, no offer.
    expect(startLang(null, null, [])).toEqual({ lang: 'vi', offerEnglish: false });
  });

  it('ignores a stored value it does not know', () => {
    expect(startLang(null, 'de', ['de-DE'])).toEqual({ lang: 'vi', offerEnglish: true });
  });
});

describe('linkLang', () => {
  it('reads lang= among the link’s keys, and only a known language', () => {
    expect(linkLang('#map=11/21.5/106.3&lang=en&v=1')).toBe('en');
    expect(linkLang('#lang=vi')).toBe('vi');
    expect(linkLang('#map=11/21.5/106.3&v=1')).toBeNull();
    expect(linkLang('#lang=fr&v=1')).toBeNull();
    expect(linkLang('#slang=en')).toBeNull();
    expect(linkLang('')).toBeNull();
  });
});
