import { INTL_LOCALE, type UiLanguage } from './labels.js';

/**
 * Money is US dollars as an exact decimal string with two places ("30000.00"), the way the
 * database's numeric(12,2) returns it. Arithmetic goes through integer cents in BigInt: a float
 * cannot hold 0.10 exactly, and totals against an appropriation must add up to the cent.
 */

const AMOUNT = /^(-)?(\d+)(?:\.(\d{1,2}))?$/;
/** numeric(12,2) keeps 10 digits before the point. */
const MAX_WHOLE_DIGITS = 10;

export interface ParseMoneyOptions {
  /** Refunds and corrections may be negative; stipends and claims may not. */
  allowNegative?: boolean;
}

/** Why a text is not an amount, for callers that word it themselves (in another language). */
export type MoneyProblem = 'notAnAmount' | 'negative' | 'tooLarge';

/** Amounts must be below this: numeric(12,2) keeps 10 digits before the point. */
export const MONEY_LIMIT = `${'1'.padEnd(MAX_WHOLE_DIGITS + 1, '0')}.00`;

const MONEY_PROBLEM_TEXT: Readonly<Record<MoneyProblem, string>> = {
  notAnAmount: 'must be an amount such as 30000.00 (digits, at most two decimals)',
  negative: 'must not be negative',
  tooLarge: `must be less than ${MONEY_LIMIT}`,
};

function toCentsOrProblem(
  value: string,
  options: ParseMoneyOptions & { checkRange: boolean },
): bigint | MoneyProblem {
  const match = AMOUNT.exec(value.trim());
  if (!match) return 'notAnAmount';
  const [, minus, whole = '', fraction = ''] = match;
  const cents = BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
  if (minus && cents !== 0n && !options.allowNegative) return 'negative';
  if (options.checkRange && cents >= 10n ** BigInt(MAX_WHOLE_DIGITS + 2)) return 'tooLarge';
  return minus ? -cents : cents;
}

/** What parseMoney would refuse the value for, or null when it is an amount. */
export function moneyProblem(value: string, options: ParseMoneyOptions = {}): MoneyProblem | null {
  const cents = toCentsOrProblem(value, { ...options, checkRange: true });
  return typeof cents === 'string' ? cents : null;
}

/**
 * The amount written with two decimals ("30000" → "30000.00", "30000.5" → "30000.50", "007" →
 * "7.00"). Error messages start with "must" so callers can prefix the field's name.
 * @throws RangeError for anything else: signs other than an allowed minus, more than two
 * decimals, grouping commas, exponents, or an amount too large for numeric(12,2).
 */
export function parseMoney(value: string, options: ParseMoneyOptions = {}): string {
  const cents = toCentsOrProblem(value, { ...options, checkRange: true });
  if (typeof cents === 'string') throw new RangeError(MONEY_PROBLEM_TEXT[cents]);
  return fromCents(cents);
}

export function isMoney(value: unknown, options: ParseMoneyOptions = {}): value is string {
  return (
    typeof value === 'string' &&
    typeof toCentsOrProblem(value, { ...options, checkRange: true }) === 'bigint'
  );
}

/** Whole cents of an amount, negative ones included; no upper bound (totals may exceed a column). */
export function toCents(amount: string): bigint {
  const cents = toCentsOrProblem(amount, { allowNegative: true, checkRange: false });
  if (typeof cents === 'string') {
    throw new RangeError(`Amount ${JSON.stringify(amount)} ${MONEY_PROBLEM_TEXT[cents]}`);
  }
  return cents;
}

export function fromCents(cents: bigint): string {
  const absolute = cents < 0n ? -cents : cents;
  const sign = cents < 0n ? '-' : '';
  return `${sign}${absolute / 100n}.${String(absolute % 100n).padStart(2, '0')}`;
}

export function addMoney(a: string, b: string): string {
  return fromCents(toCents(a) + toCents(b));
}

export function subtractMoney(a: string, b: string): string {
  return fromCents(toCents(a) - toCents(b));
}

/** "0.00" for no amounts. */
export function sumMoney(amounts: Iterable<string>): string {
  let total = 0n;
  for (const amount of amounts) total += toCents(amount);
  return fromCents(total);
}

/** Negative, zero or positive, to sort amounts by value ("9.99" before "10.00"). */
export function compareMoney(a: string, b: string): number {
  const difference = toCents(a) - toCents(b);
  return difference < 0n ? -1 : difference > 0n ? 1 : 0;
}

const formats = new Map<UiLanguage, Intl.NumberFormat>();

/** "$30,000.00" for people to read; Intl formats the decimal string itself, so no float rounding. */
export function formatMoney(amount: string, language: UiLanguage): string {
  let format = formats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALE[language], { style: 'currency', currency: 'USD' });
    formats.set(language, format);
  }
  return format.format(fromCents(toCents(amount)) as Intl.StringNumericLiteral);
}
