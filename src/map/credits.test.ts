import { describe, expect, it } from 'vitest';
import { uniqueCredits } from './credits';

describe('uniqueCredits', () => {
  it('names each dataset once, in the order it first appears', () => {
    const joined =
      'GeoNames (CC BY 4.0) · Open Admin Data (CC BY 4.0) | QĐ 236/QĐ-TTg · KH 267/KH-UBND · GeoNames (CC BY 4.0) · © OpenStreetMap (ODbL) | QĐ 236/QĐ-TTg · KH 267/KH-UBND · Open Admin Data (CC BY 4.0)';
    expect(uniqueCredits(joined)).toEqual([
      'GeoNames (CC BY 4.0)',
      'Open Admin Data (CC BY 4.0)',
      'QĐ 236/QĐ-TTg',
      'KH 267/KH-UBND',
      '© OpenStreetMap (ODbL)',
    ]);
  });

  it('keeps a credit with a link whole', () => {
    const osm =
      '© <a href="https://www.openstreetmap.org/copyright" target="_blank" rel="noopener">OpenStreetMap</a> contributors';
    expect(uniqueCredits(`${osm} | GeoNames (CC BY 4.0) | ${osm}`)).toEqual([osm, 'GeoNames (CC BY 4.0)']);
  });
});
