import { compareIsoDates } from './dates.js';
import { DeliverableStatus, MetricDirection } from './vocabulary.js';

/**
 * Outcomes (domain.md, Outcomes and accountability): a metric's values per team and period,
 * progress as the change from the team's baseline, and the rules of statutory deliverables.
 * Values are exact decimals with up to four places (numeric(14,4) in the database); the change
 * is computed on those exact values, then given as a number.
 */

const SCALE = 4;
const UNITS = 10n ** BigInt(SCALE);
const VALUE = /^(-)?(\d+)(?:\.(\d{1,4}))?$/;
/** numeric(14,4) keeps ten digits before the point. */
const VALUE_LIMIT = 1e10;

/** Why a number cannot be kept as a measured value, for callers that word it themselves. */
export type MeasurementProblem = 'notANumber' | 'tooLarge' | 'tooPrecise';

/** Measured values must be below this in magnitude: numeric(14,4) keeps ten digits before the point. */
export const MEASUREMENT_LIMIT = VALUE_LIMIT;

const MEASUREMENT_PROBLEM_TEXT: Readonly<Record<MeasurementProblem, string>> = {
  notANumber: 'must be a number',
  tooLarge: `must be less than ${VALUE_LIMIT}`,
  tooPrecise: 'must have at most four decimal places',
};

/** What measurementValue would refuse the value for, or null when the column holds it exactly. */
export function measurementProblem(value: number): MeasurementProblem | null {
  if (!Number.isFinite(value)) return 'notANumber';
  if (Math.abs(value) >= VALUE_LIMIT) return 'tooLarge';
  if (Number(value.toFixed(SCALE)) !== value) return 'tooPrecise';
  return null;
}

/**
 * A measured value as the database keeps it, four decimals ("42.5" → "42.5000").
 * @throws RangeError, with a message starting "must", for a value the column cannot hold exactly.
 */
export function measurementValue(value: number): string {
  const problem = measurementProblem(value);
  if (problem) throw new RangeError(MEASUREMENT_PROBLEM_TEXT[problem]);
  return value.toFixed(SCALE);
}

function toUnits(value: string): bigint {
  const match = VALUE.exec(value.trim());
  if (!match) throw new RangeError(`Not a measured value: ${JSON.stringify(value)}`);
  const [, minus, whole = '', fraction = ''] = match;
  const units = BigInt(whole) * UNITS + BigInt(fraction.padEnd(SCALE, '0'));
  return minus ? -units : units;
}

/** `value − baseline`, computed exactly on the decimals ("40.1" − "32.3" is 7.8, not 7.800000000000001). */
export function changeFromBaseline(baseline: string, value: string): number {
  const difference = toUnits(value) - toUnits(baseline);
  const sign = difference < 0n ? '-' : '';
  const absolute = difference < 0n ? -difference : difference;
  return Number(`${sign}${absolute / UNITS}.${String(absolute % UNITS).padStart(SCALE, '0')}`);
}

/** Whether a change is for the better given the metric's direction; null without a change. */
export function isImprovement(direction: MetricDirection, change: number | null): boolean | null {
  if (change === null) return null;
  return direction === MetricDirection.HIGHER_IS_BETTER ? change > 0 : change < 0;
}

export interface MeasuredValue {
  isBaseline: boolean;
  periodStart: string;
  periodEnd: string;
  value: string;
}

export interface Progress<M> {
  /** The team's baseline for the metric, if recorded. */
  baseline: M | null;
  /** The most recent value other than the baseline (by period end, then start). */
  latest: M | null;
  /** latest − baseline; null unless both exist. */
  change: number | null;
  isImprovement: boolean | null;
}

/** Progress of one team on one metric, from that team's values of it. */
export function progressFrom<M extends MeasuredValue>(
  measurements: readonly M[],
  direction: MetricDirection,
): Progress<M> {
  const baseline = measurements.find((measurement) => measurement.isBaseline) ?? null;
  let latest: M | null = null;
  for (const measurement of measurements) {
    if (measurement.isBaseline) continue;
    const later =
      !latest ||
      compareIsoDates(measurement.periodEnd, latest.periodEnd) > 0 ||
      (measurement.periodEnd === latest.periodEnd &&
        compareIsoDates(measurement.periodStart, latest.periodStart) > 0);
    if (later) latest = measurement;
  }
  const change = baseline && latest ? changeFromBaseline(baseline.value, latest.value) : null;
  return { baseline, latest, change, isImprovement: isImprovement(direction, change) };
}

export interface DeliverableState {
  status: DeliverableStatus;
  completedOn?: string | null;
  evidence?: string | null;
}

export interface DeliverableProblem {
  field: 'status' | 'completedOn' | 'evidence';
  /** The rule broken, for callers that word it themselves (in another language). */
  rule: 'requiredWhenCompleted' | 'onlyWhenCompleted' | 'notAfterToday';
  message: string;
}

/**
 * What is wrong with a deliverable's status, completion date and evidence: a completed milestone
 * has the day it was completed (not in the future) and evidence of it (a link to the report, the
 * minutes); only a completed one has a completion date. Other moves between statuses are free:
 * milestones are corrected as often as they progress.
 */
export function deliverableProblems(
  deliverable: DeliverableState,
  today: string,
): DeliverableProblem[] {
  const problems: DeliverableProblem[] = [];
  const completed = deliverable.status === DeliverableStatus.COMPLETED;
  if (completed && !deliverable.completedOn) {
    problems.push({
      field: 'completedOn',
      rule: 'requiredWhenCompleted',
      message: 'is required for a COMPLETED deliverable',
    });
  }
  if (completed && !deliverable.evidence?.trim()) {
    problems.push({
      field: 'evidence',
      rule: 'requiredWhenCompleted',
      message: 'is required for a COMPLETED deliverable (e.g. a link to the published report)',
    });
  }
  if (!completed && deliverable.completedOn) {
    problems.push({
      field: 'completedOn',
      rule: 'onlyWhenCompleted',
      message: `must be empty unless the status is COMPLETED (it is ${deliverable.status})`,
    });
  }
  if (deliverable.completedOn && compareIsoDates(deliverable.completedOn, today) > 0) {
    problems.push({
      field: 'completedOn',
      rule: 'notAfterToday',
      message: `must not be after today (${today})`,
    });
  }
  return problems;
}
