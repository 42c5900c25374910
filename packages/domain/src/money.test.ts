import { describe, expect, it } from 'vitest';
import {
  addMoney,
  compareMoney,
  formatMoney,
  fromCents,
  isMoney,
  parseMoney,
  subtractMoney,
  sumMoney,
  toCents,
} from './money.js';

describe('parseMoney', () => {
  it.each([
    ['30000', '30000.00'],
    ['30000.5', '30000.50'],
    ['30000.50', '30000.50'],
    ['0', '0.00'],
    ['0.01', '0.01'],
    ['007.10', '7.10'],
    [' 42 ', '42.00'],
    ['-0', '0.00'],
    ['9999999999.99', '9999999999.99'],
  ])('writes %j as %j', (value, expected) => {
    expect(parseMoney(value)).toBe(expected);
    expect(isMoney(value)).toBe(true);
  });

  it.each([
    ['more than two decimals', '30000.505', 'must be an amount'],
    ['a float artifact', String(0.1 + 0.2), 'must be an amount'],
    ['not a number', 'NaN', 'must be an amount'],
    ['infinity', 'Infinity', 'must be an amount'],
    ['an exponent', '1e5', 'must be an amount'],
    ['grouping commas', '30,000', 'must be an amount'],
    ['a dollar sign', '$30000', 'must be an amount'],
    ['a plus sign', '+5', 'must be an amount'],
    ['a bare point', '5.', 'must be an amount'],
    ['no whole part', '.5', 'must be an amount'],
    ['an empty string', '', 'must be an amount'],
    ['a negative amount', '-5.00', 'must not be negative'],
    ['more than numeric(12,2) holds', '10000000000', 'must be less than 10000000000.00'],
  ])('rejects %s', (_, value, message) => {
    expect(() => parseMoney(value)).toThrow(RangeError);
    expect(() => parseMoney(value)).toThrow(message);
    expect(isMoney(value)).toBe(false);
  });

  it('accepts a negative amount when asked to', () => {
    expect(parseMoney('-12.5', { allowNegative: true })).toBe('-12.50');
    expect(isMoney('-12.5', { allowNegative: true })).toBe(true);
  });

  it('does not take a number for an amount', () => {
    expect(isMoney(30000)).toBe(false);
  });
});

describe('money arithmetic', () => {
  it('adds to the cent where floating point would not', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(addMoney('0.10', '0.20')).toBe('0.30');
  });

  it('sums a year of stipends exactly', () => {
    expect(sumMoney(Array.from({ length: 12 }, () => '30000.00'))).toBe('360000.00');
    expect(sumMoney(['0.01', '0.02', '1234567890.97', '9999999999.99'])).toBe('11234567890.99');
    expect(sumMoney([])).toBe('0.00');
  });

  it('subtracts into the negative, for what remains of an appropriation', () => {
    expect(subtractMoney('13274000.00', '13274000.01')).toBe('-0.01');
    expect(subtractMoney('100', '0.5')).toBe('99.50');
  });

  it('converts to and from whole cents', () => {
    expect(toCents('-1.05')).toBe(-105n);
    expect(fromCents(5n)).toBe('0.05');
    expect(fromCents(-12_345n)).toBe('-123.45');
  });

  it('sorts amounts by value, not as text', () => {
    expect(['10.00', '9.99', '-1'].sort(compareMoney)).toEqual(['-1', '9.99', '10.00']);
  });

  it.each([['1.234'], ['abc'], ['']])('refuses to compute with %j', (amount) => {
    expect(() => addMoney(amount, '1.00')).toThrow(RangeError);
  });
});

describe('formatMoney', () => {
  it.each([
    ['30000', 'en', '$30,000.00'],
    ['30000.5', 'es', '$30,000.50'],
    ['13274000', 'en', '$13,274,000.00'],
    ['-0.01', 'en', '-$0.01'],
    ['9999999999.99', 'en', '$9,999,999,999.99'],
  ] as const)('formats %s in %s as %s', (amount, language, expected) => {
    expect(formatMoney(amount, language)).toBe(expected);
  });

  it('keeps every cent of an amount too long for a float', () => {
    expect(formatMoney('90071992547409.93', 'en')).toBe('$90,071,992,547,409.93');
  });
});
