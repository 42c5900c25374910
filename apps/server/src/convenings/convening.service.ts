import { isProgramYear, programYearOf, todayInPacific } from '@cei/domain';
import { ref } from '@mikro-orm/core';
import { Cohort } from '../cohorts/cohort.entity.js';
import { applyInput } from '../common/apply-input.js';
import { type FieldProblem, InvalidInputError } from '../common/errors.js';
import { validationMessages } from '../common/validation.messages.js';
import type { Message } from '../i18n/messages.js';
import type { ScopedData } from '../scope/scoped-data.js';
import { Convening, ConveningCohort } from './convening.entity.js';
import type { CreateConveningInput, UpdateConveningInput } from './convening.inputs.js';
import { conveningMessages as m } from './convening.messages.js';

export async function createConvening(
  data: ScopedData,
  input: CreateConveningInput,
): Promise<Convening> {
  return data.transaction(async (tx) => {
    const convening = tx.em.create(Convening, {
      programYear: input.programYear,
      number: input.number,
      modality: input.modality,
      startsAt: input.startsAt,
    });
    await save(tx, convening, input);
    return convening;
  });
}

export async function updateConvening(
  data: ScopedData,
  id: string,
  version: number,
  input: UpdateConveningInput,
): Promise<Convening> {
  return data.transaction(async (tx) => {
    const convening = await tx.forWrite(Convening, id, version);
    await save(tx, convening, input);
    return convening;
  });
}

async function save(
  tx: ScopedData,
  convening: Convening,
  input: CreateConveningInput | UpdateConveningInput,
) {
  const { cohortIds, ...fields } = input;
  await applyInput(tx, convening, fields);
  const cohorts = cohortIds
    ? await Promise.all(
        cohortIds.map((id, index) => tx.reference(Cohort, id, `input.cohortIds.${index}`)),
      )
    : (
        await tx.em.find(ConveningCohort, { convening: convening.id }, { populate: ['cohort'] })
      ).map((link) => link.cohort.getEntity());
  await checkConvening(tx, convening, cohorts);
  await tx.assertWritable(Convening, convening);
  if (cohortIds) {
    await tx.em.nativeDelete(ConveningCohort, { convening: convening.id });
    for (const cohort of cohorts)
      tx.em.create(ConveningCohort, { convening: ref(convening), cohort: ref(cohort) });
  }
  await tx.em.flush();
}

async function checkConvening(
  tx: ScopedData,
  convening: Convening,
  cohorts: Cohort[],
): Promise<void> {
  const problems: FieldProblem[] = [];
  const problem = (path: string, message: Message) =>
    problems.push({ path: `input.${path}`, message });
  if (!isProgramYear(convening.programYear)) {
    problem('programYear', validationMessages.programYearInOrder({ example: '2019-20' }));
  } else if (programYearOf(todayInPacific(convening.startsAt)) !== convening.programYear) {
    problem('startsAt', m.startsOutsideYear({ year: convening.programYear }));
  }
  if (convening.endsAt && convening.endsAt <= convening.startsAt)
    problem('endsAt', m.endsBeforeStart());
  if (new Set(cohorts.map((cohort) => cohort.id)).size !== cohorts.length)
    problem('cohortIds', m.cohortTwice());
  // Numbers are unique within a cohort's program year (unscoped: an invariant of all rows).
  const clash = await tx.em.count(Convening, {
    id: { $ne: convening.id },
    programYear: convening.programYear,
    number: convening.number,
    cohortLinks: { cohort: { $in: cohorts.map((cohort) => cohort.id) } },
  });
  if (clash > 0) problem('number', m.numberTaken({ year: convening.programYear }));
  if (problems.length) throw new InvalidInputError(problems);
}
