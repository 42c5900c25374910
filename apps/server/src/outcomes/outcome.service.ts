import {
  type DeliverableProblem,
  deliverableProblems,
  MEASUREMENT_LIMIT,
  type MeasurementProblem,
  measurementProblem,
  measurementValue,
  todayInPacific,
} from '@cei/domain';
import { ref } from '@mikro-orm/core';
import { Account } from '../accounts/account.entity.js';
import { applyInput } from '../common/apply-input.js';
import { type FieldProblem, ForbiddenError, InvalidInputError } from '../common/errors.js';
import { validationMessages } from '../common/validation.messages.js';
import { enumValue, type Message } from '../i18n/messages.js';
import type { ScopedData } from '../scope/scoped-data.js';
import { Team } from '../teams/team.entity.js';
import { CheckIn, FollowUp } from './check-in.entity.js';
import { Deliverable } from './deliverable.entity.js';
import { Measurement, Metric } from './metric.entity.js';
import type {
  CreateCheckInInput,
  CreateMetricInput,
  FollowUpInput,
  RecordMeasurementInput,
  UpdateCheckInInput,
  UpdateDeliverableInput,
  UpdateFollowUpInput,
  UpdateMeasurementInput,
  UpdateMetricInput,
} from './outcome.inputs.js';
import { outcomeMessages as m } from './outcome.messages.js';

/** Update inputs leave a field out to keep it; null only clears fields that may be empty. */
function assertNoNulls(input: object, clearable: string[] = []): void {
  const problems = Object.entries(input)
    .filter(([key, value]) => value === null && !clearable.includes(key))
    .map(([key]) => ({
      path: `input.${key}`,
      message: validationMessages.notNullKeep(),
    }));
  if (problems.length) throw new InvalidInputError(problems);
}

// --- metrics ---------------------------------------------------------------------------------

export async function createMetric(data: ScopedData, input: CreateMetricInput): Promise<Metric> {
  return data.transaction(async (tx) => {
    const metric = tx.em.create(Metric, {
      key: input.key,
      name: input.name,
      description: input.description ?? null,
      unit: input.unit,
      direction: input.direction,
    });
    await saveMetric(tx, metric);
    return metric;
  });
}

export async function updateMetric(
  data: ScopedData,
  id: string,
  version: number,
  input: UpdateMetricInput,
): Promise<Metric> {
  return data.transaction(async (tx) => {
    assertNoNulls(input, ['description']);
    const metric = await tx.forWrite(Metric, id, version);
    await applyInput(tx, metric, input);
    await saveMetric(tx, metric);
    return metric;
  });
}

async function saveMetric(tx: ScopedData, metric: Metric): Promise<void> {
  const same = await tx.em.count(Metric, { key: metric.key, id: { $ne: metric.id } });
  if (same > 0) throw InvalidInputError.field('input.key', m.metricKeyTaken());
  await tx.assertWritable(Metric, metric);
  await tx.em.flush();
}

// --- measurements ----------------------------------------------------------------------------

/**
 * Records a value. A team has one baseline per metric: recording a new one makes the earlier
 * baseline an ordinary value (in the same transaction, audited), so progress is measured from
 * the baseline most recently set.
 */
export async function recordMeasurement(
  data: ScopedData,
  input: RecordMeasurementInput,
): Promise<Measurement> {
  return data.transaction(async (tx) => {
    const metric = await tx.reference(Metric, input.metricId, 'input.metricId');
    const team = await tx.reference(Team, input.teamId, 'input.teamId');
    const value = storedValue(input.value);
    // The earlier baseline goes first: the database allows one baseline per team and metric.
    if (input.isBaseline) await demoteBaseline(tx, metric.id, team.id, null);
    const measurement = tx.em.create(Measurement, {
      metric: ref(metric),
      team: ref(team),
      periodStart: input.periodStart,
      periodEnd: input.periodEnd,
      value,
      source: input.source,
      isBaseline: input.isBaseline ?? false,
    });
    await saveMeasurement(tx, measurement);
    return measurement;
  });
}

export async function updateMeasurement(
  data: ScopedData,
  id: string,
  version: number,
  input: UpdateMeasurementInput,
): Promise<Measurement> {
  return data.transaction(async (tx) => {
    assertNoNulls(input);
    const measurement = await tx.forWrite(Measurement, id, version);
    const { value, ...fields } = input;
    if (input.isBaseline && !measurement.isBaseline) {
      await demoteBaseline(tx, measurement.metric.id, measurement.team.id, measurement.id);
    }
    await applyInput(tx, measurement, {
      ...fields,
      value: value === undefined ? undefined : storedValue(value),
    });
    await saveMeasurement(tx, measurement);
    return measurement;
  });
}

const MEASUREMENT_PROBLEMS: Readonly<Record<MeasurementProblem, () => Message>> = {
  notANumber: () => m.notANumber(),
  tooLarge: () => m.valueTooLarge({ limit: MEASUREMENT_LIMIT }),
  tooPrecise: () => m.valueTooPrecise(),
};

/** Why a value cannot be stored (here, and for a row of a measurements import), or null. */
export function measurementValueProblem(value: number): Message | null {
  const problem = measurementProblem(value);
  return problem ? MEASUREMENT_PROBLEMS[problem]() : null;
}

function storedValue(value: number): string {
  const problem = measurementValueProblem(value);
  if (problem) throw InvalidInputError.field('input.value', problem);
  return measurementValue(value);
}

/** Makes the team's current baseline for the metric (other than `keep`) an ordinary value. */
async function demoteBaseline(
  tx: ScopedData,
  metricId: string,
  teamId: string,
  keep: string | null,
): Promise<void> {
  const previous = await tx.em.find(Measurement, {
    metric: metricId,
    team: teamId,
    isBaseline: true,
    ...(keep ? { id: { $ne: keep } } : {}),
  });
  if (previous.length === 0) return;
  for (const measurement of previous) measurement.isBaseline = false;
  await tx.em.flush();
}

/**
 * A measurement's own rules (paths `input.<field>`): for one measurement here, and for each row
 * of a measurements import.
 */
export function measurementProblems(
  measurement: Pick<Measurement, 'periodStart' | 'periodEnd' | 'source'>,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (measurement.periodEnd < measurement.periodStart) {
    problems.push({
      path: 'input.periodEnd',
      message: m.endBeforeStart({ start: measurement.periodStart }),
    });
  }
  if (!measurement.source.trim()) {
    problems.push({ path: 'input.source', message: validationMessages.notBlank() });
  }
  return problems;
}

async function saveMeasurement(tx: ScopedData, measurement: Measurement): Promise<void> {
  const problems = measurementProblems(measurement);
  const samePeriod = await tx.em.count(Measurement, {
    metric: measurement.metric.id,
    team: measurement.team.id,
    periodStart: measurement.periodStart,
    id: { $ne: measurement.id },
  });
  if (samePeriod > 0) {
    problems.push({
      path: 'input.periodStart',
      message: m.periodTaken({ start: measurement.periodStart }),
    });
  }
  if (problems.length) throw new InvalidInputError(problems);
  await tx.assertWritable(Measurement, measurement);
  await tx.em.flush();
}

// --- check-ins and follow-ups ----------------------------------------------------------------

/** A check-in is the note of the liaison who records it: the viewer's own account. */
export async function createCheckIn(data: ScopedData, input: CreateCheckInInput): Promise<CheckIn> {
  return data.transaction(async (tx) => {
    const accountId = tx.viewer.accountId;
    if (!accountId) throw new ForbiddenError();
    const checkIn = tx.em.create(CheckIn, {
      team: ref(await tx.reference(Team, input.teamId, 'input.teamId')),
      liaison: tx.em.getReference(Account, accountId, { wrapped: true }),
      occurredOn: input.occurredOn,
      kind: input.kind,
      summary: input.summary,
    });
    await saveCheckIn(tx, checkIn);
    return checkIn;
  });
}

export async function updateCheckIn(
  data: ScopedData,
  id: string,
  version: number,
  input: UpdateCheckInInput,
): Promise<CheckIn> {
  return data.transaction(async (tx) => {
    assertNoNulls(input);
    const checkIn = await tx.forWrite(CheckIn, id, version);
    await applyInput(tx, checkIn, input);
    await saveCheckIn(tx, checkIn);
    return checkIn;
  });
}

/** Deletes a check-in with its follow-ups, each through the unit of work (and the audit log). */
export async function deleteCheckIn(data: ScopedData, id: string): Promise<string> {
  return data.transaction(async (tx) => {
    const checkIn = await tx.forWrite(CheckIn, id);
    for (const followUp of await tx.em.find(FollowUp, { checkIn: checkIn.id })) {
      tx.em.remove(followUp);
    }
    tx.em.remove(checkIn);
    await tx.em.flush();
    return id;
  });
}

async function saveCheckIn(tx: ScopedData, checkIn: CheckIn): Promise<void> {
  const problems: FieldProblem[] = [];
  const today = todayInPacific();
  if (checkIn.occurredOn > today) {
    problems.push({
      path: 'input.occurredOn',
      message: validationMessages.notAfterToday({ today }),
    });
  }
  if (!checkIn.summary.trim())
    problems.push({ path: 'input.summary', message: validationMessages.notBlank() });
  if (problems.length) throw new InvalidInputError(problems);
  await tx.assertWritable(CheckIn, checkIn);
  await tx.em.flush();
}

export async function addFollowUp(
  data: ScopedData,
  checkInId: string,
  input: FollowUpInput,
): Promise<FollowUp> {
  return data.transaction(async (tx) => {
    const checkIn = await tx.forWrite(CheckIn, checkInId);
    const followUp = tx.em.create(FollowUp, {
      checkIn: ref(checkIn),
      description: input.description,
      dueOn: input.dueOn ?? null,
    });
    await saveFollowUp(tx, followUp, checkIn);
    return followUp;
  });
}

export async function updateFollowUp(
  data: ScopedData,
  id: string,
  version: number,
  input: UpdateFollowUpInput,
): Promise<FollowUp> {
  return data.transaction(async (tx) => {
    assertNoNulls(input, ['dueOn', 'completedOn']);
    const followUp = await tx.forWrite(FollowUp, id, version);
    await applyInput(tx, followUp, input);
    await saveFollowUp(tx, followUp, await followUp.checkIn.loadOrFail());
    return followUp;
  });
}

/** Due and done on or after the check-in it follows; done no later than today. */
async function saveFollowUp(tx: ScopedData, followUp: FollowUp, checkIn: CheckIn): Promise<void> {
  const problems: FieldProblem[] = [];
  const today = todayInPacific();
  const after = m.beforeCheckIn({ day: checkIn.occurredOn });
  if (!followUp.description.trim()) {
    problems.push({ path: 'input.description', message: validationMessages.notBlank() });
  }
  if (followUp.dueOn && followUp.dueOn < checkIn.occurredOn) {
    problems.push({ path: 'input.dueOn', message: after });
  }
  if (followUp.completedOn && followUp.completedOn < checkIn.occurredOn) {
    problems.push({ path: 'input.completedOn', message: after });
  } else if (followUp.completedOn && followUp.completedOn > today) {
    problems.push({
      path: 'input.completedOn',
      message: validationMessages.notAfterToday({ today }),
    });
  }
  if (problems.length) throw new InvalidInputError(problems);
  await tx.assertWritable(FollowUp, followUp);
  await tx.em.flush();
}

// --- deliverables ----------------------------------------------------------------------------

export async function updateDeliverable(
  data: ScopedData,
  id: string,
  version: number,
  input: UpdateDeliverableInput,
): Promise<Deliverable> {
  return data.transaction(async (tx) => {
    assertNoNulls(input, ['evidence', 'completedOn']);
    const deliverable = await tx.forWrite(Deliverable, id, version);
    await applyInput(tx, deliverable, {
      ...input,
      evidence: input.evidence === undefined ? undefined : input.evidence?.trim() || null,
    });
    const today = todayInPacific();
    const problems = deliverableProblems(deliverable, today);
    if (problems.length) {
      throw new InvalidInputError(
        problems.map((problem) => ({
          path: `input.${problem.field}`,
          message: deliverableMessage(problem, deliverable, today),
        })),
      );
    }
    await tx.assertWritable(Deliverable, deliverable);
    await tx.em.flush();
    return deliverable;
  });
}

/** The domain's deliverable rules, worded in the catalog. */
function deliverableMessage(
  problem: DeliverableProblem,
  deliverable: Deliverable,
  today: string,
): Message {
  switch (problem.rule) {
    case 'requiredWhenCompleted':
      return problem.field === 'evidence' ? m.evidenceRequired() : m.completedOnRequired();
    case 'onlyWhenCompleted':
      return m.completedOnOnlyWhenCompleted({
        status: enumValue('DeliverableStatus', deliverable.status),
      });
    case 'notAfterToday':
      return validationMessages.notAfterToday({ today });
  }
}
