import { describe, expect, it } from 'vitest';
import {
  formatCdsCode,
  isCdsCode,
  isDistrictLevelCdsCode,
  normalizeCdsCode,
  parseCdsCode,
} from './cdsCode.js';

describe('CDS codes', () => {
  it.each([
    ['19647330000000'],
    ['19-64733-0000000'],
    ['19 64733 0000000'],
    [' 19-64733-0000000 '],
    ['36-67876-3634400'],
  ])('reads %j as county, district and school', (value) => {
    expect(isCdsCode(value)).toBe(true);
    expect(parseCdsCode(value)).toMatchObject({ county: expect.stringMatching(/^\d{2}$/) });
  });

  it('splits the 14 digits 2, 5 and 7', () => {
    expect(parseCdsCode('19-64733-0000000')).toEqual({
      county: '19',
      district: '64733',
      school: '0000000',
    });
  });

  it.each([
    ['13 digits', '1964733000000'],
    ['15 digits', '196473300000000'],
    ['letters', '19-64733-000000A'],
    ['dots', '19.64733.0000000'],
    ['county 00', '00-64733-0000000'],
    ['county 59, past Yuba', '59-64733-0000000'],
    ['an empty string', ''],
  ])('rejects %s', (_, value) => {
    expect(isCdsCode(value)).toBe(false);
    expect(parseCdsCode(value)).toBeNull();
    expect(normalizeCdsCode(value)).toBeNull();
    expect(formatCdsCode(value)).toBeNull();
  });

  it('stores bare digits and shows them dashed', () => {
    expect(normalizeCdsCode('19 64733 0000000')).toBe('19647330000000');
    expect(formatCdsCode('19647330000000')).toBe('19-64733-0000000');
  });

  it('tells a district code from a school code', () => {
    expect(isDistrictLevelCdsCode('19-64733-0000000')).toBe(true);
    expect(isDistrictLevelCdsCode('19-64733-1933746')).toBe(false);
    expect(isDistrictLevelCdsCode('nonsense')).toBe(false);
  });
});
