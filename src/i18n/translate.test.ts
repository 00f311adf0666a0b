import { describe, expect, it } from 'vitest';
import { en, vi } from './strings';
import { formatNumber, mapLocale, translate } from './translate';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI strings', () => {
  it('exist in both languages, non-empty, with the same placeholders', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const key of Object.keys(vi) as (keyof typeof vi)[]) {
      expect(vi[key].trim()).not.toBe('');
      expect(en[key].trim()).not.toBe('');
      expect(placeholders(en[key])).toEqual(placeholders(vi[key]));
    }
  });

  it('fills placeholders and formats numbers for the language', () => {
    expect(translate('vi', 'layers.count', { n: 1234 })).toBe('1.234 đối tượng');
    expect(translate('en', 'layers.count', { n: 1234 })).toBe('1,234 features');
    expect(formatNumber('vi', 599.76)).toBe('599,76');
    expect(formatNumber('en', 599.76)).toBe('599.76');
  });

  it('leaves a missing placeholder visible rather than printing "undefined"', () => {
    expect(translate('en', 'layers.count')).toBe('{n} features');
  });

  it('localises the map controls', () => {
    expect(mapLocale('vi')['NavigationControl.ZoomIn']).toBe('Phóng to');
    expect(mapLocale('en')['Map.Title']).toBe('Map of the Lạng Sơn provincial plan');
  });
});
