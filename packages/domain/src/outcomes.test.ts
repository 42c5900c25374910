import { describe, expect, it } from 'vitest';
import {
  changeFromBaseline,
  deliverableProblems,
  isImprovement,
  measurementValue,
  progressFrom,
} from './outcomes.js';

describe('measurementValue', () => {
  it.each([
    [42, '42.0000'],
    [42.5, '42.5000'],
    [0.1, '0.1000'],
    [-3.25, '-3.2500'],
    [0, '0.0000'],
    [9999999999.9999, '9999999999.9999'],
  ])('keeps %d as %j', (value, expected) => {
    expect(measurementValue(value)).toBe(expected);
  });

  it.each([
    ['more than four decimals', 1.23456, 'must have at most four decimal places'],
    ['a float artifact', 0.1 + 0.2, 'must have at most four decimal places'],
    ['too large a value', 1e10, 'must be less than 10000000000'],
    ['infinity', Number.POSITIVE_INFINITY, 'must be a number'],
    ['not a number', Number.NaN, 'must be a number'],
  ])('refuses %s', (_title, value, message) => {
    expect(() => measurementValue(value)).toThrow(message);
  });
});

describe('changeFromBaseline', () => {
  it('subtracts the exact decimals, not floats', () => {
    expect(changeFromBaseline('32.3000', '40.1000')).toBe(7.8);
    expect(40.1 - 32.3).not.toBe(7.8);
  });

  it('is negative when the value fell, and zero when it stayed', () => {
    expect(changeFromBaseline('18.5', '15.25')).toBe(-3.25);
    expect(changeFromBaseline('-1.5', '-1.5')).toBe(0);
    expect(changeFromBaseline('-1.5', '0.5')).toBe(2);
  });
});

describe('isImprovement', () => {
  it.each([
    ['HIGHER_IS_BETTER', 2, true],
    ['HIGHER_IS_BETTER', -2, false],
    ['LOWER_IS_BETTER', -2, true],
    ['LOWER_IS_BETTER', 2, false],
    ['HIGHER_IS_BETTER', 0, false],
    ['LOWER_IS_BETTER', 0, false],
    ['HIGHER_IS_BETTER', null, null],
  ] as const)('%s with a change of %s is %s', (direction, change, expected) => {
    expect(isImprovement(direction, change)).toBe(expected);
  });
});

describe('progressFrom', () => {
  const value = (periodStart: string, periodEnd: string, amount: string, isBaseline = false) => ({
    periodStart,
    periodEnd,
    value: amount,
    isBaseline,
  });
  const baseline = value('2019-07-01', '2020-06-30', '18.0000', true);
  const second = value('2020-07-01', '2021-06-30', '16.5000');
  const third = value('2021-07-01', '2022-06-30', '14.0000');

  it('measures the latest value against the baseline, in the metric direction', () => {
    expect(progressFrom([third, baseline, second], 'LOWER_IS_BETTER')).toEqual({
      baseline,
      latest: third,
      change: -4,
      isImprovement: true,
    });
    expect(progressFrom([baseline, third], 'HIGHER_IS_BETTER').isImprovement).toBe(false);
  });

  it('takes the later start among periods ending the same day', () => {
    const quarter = value('2022-04-01', '2022-06-30', '13.0000');
    expect(progressFrom([baseline, third, quarter], 'LOWER_IS_BETTER').latest).toBe(quarter);
  });

  it('has no change without a baseline or without a later value', () => {
    expect(progressFrom([second, third], 'LOWER_IS_BETTER')).toEqual({
      baseline: null,
      latest: third,
      change: null,
      isImprovement: null,
    });
    expect(progressFrom([baseline], 'LOWER_IS_BETTER')).toEqual({
      baseline,
      latest: null,
      change: null,
      isImprovement: null,
    });
    expect(progressFrom([], 'HIGHER_IS_BETTER').baseline).toBeNull();
  });
});

describe('deliverableProblems', () => {
  const today = '2024-07-01';

  it('accepts a completed deliverable with its date and evidence, and open ones without', () => {
    expect(
      deliverableProblems(
        { status: 'COMPLETED', completedOn: '2024-06-28', evidence: 'https://example.org/r' },
        today,
      ),
    ).toEqual([]);
    expect(deliverableProblems({ status: 'IN_PROGRESS' }, today)).toEqual([]);
    expect(deliverableProblems({ status: 'SUBMITTED', evidence: 'Sent 28 June' }, today)).toEqual(
      [],
    );
  });

  it('needs a completion date and evidence for COMPLETED', () => {
    expect(
      deliverableProblems({ status: 'COMPLETED', completedOn: null, evidence: '  ' }, today).map(
        (problem) => problem.field,
      ),
    ).toEqual(['completedOn', 'evidence']);
  });

  it('refuses a completion date on an unfinished deliverable, and one in the future', () => {
    expect(
      deliverableProblems({ status: 'IN_PROGRESS', completedOn: '2024-06-01' }, today),
    ).toEqual([
      {
        field: 'completedOn',
        rule: 'onlyWhenCompleted',
        message: 'must be empty unless the status is COMPLETED (it is IN_PROGRESS)',
      },
    ]);
    expect(
      deliverableProblems(
        { status: 'COMPLETED', completedOn: '2024-07-02', evidence: 'Report' },
        today,
      ),
    ).toEqual([
      {
        field: 'completedOn',
        rule: 'notAfterToday',
        message: 'must not be after today (2024-07-01)',
      },
    ]);
  });
});
