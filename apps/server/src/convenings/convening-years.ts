import { conveningSchedule, nextProgramYear, programYearOf } from '@cei/domain';
import { Field, Int, ObjectType } from 'type-graphql';
import type { Cohort } from '../cohorts/cohort.entity.js';
import type { ScopedData } from '../scope/scoped-data.js';
import { ConveningCohort } from './convening.entity.js';

@ObjectType({
  description:
    "A cohort's network convenings in one program year against the number expected (eight): a shortfall is flagged.",
})
export class ConveningYear {
  @Field(() => String, { description: 'The program year, e.g. "2019-20".' })
  programYear: string;

  @Field(() => Int, {
    description:
      'Network convenings scheduled in the year (information sessions, trainings and coaching do not count).',
  })
  scheduled: number;

  @Field(() => Int, { description: "Convenings expected in the year: the cohort's setting." })
  expected: number;

  @Field(() => Int, { description: 'How many more are needed; 0 when the expectation is met.' })
  shortfall: number;

  @Field(() => Boolean, { description: 'Whether the year has as many as expected.' })
  meetsExpectation: boolean;
}

/**
 * The program years a cohort is committed to: from its first convening, for its minimum
 * commitment, so a committed year without any convening still shows its shortfall.
 */
function committedYears(cohort: Cohort): string[] {
  if (!cohort.firstConveningOn || !cohort.minimumCommitmentYears) return [];
  const years = [programYearOf(cohort.firstConveningOn)];
  while (years.length < cohort.minimumCommitmentYears)
    years.push(nextProgramYear(years.at(-1) as string));
  return years;
}

/** The schedule per program year (domain convenings.ts), for the cohorts of one request level. */
export function conveningYears(data: ScopedData, cohort: Cohort): Promise<ConveningYear[]> {
  const loader = data.batchLoader<ConveningCohort[]>('cohortConvenings', async (cohortIds) => {
    const links = await data.em.find(
      ConveningCohort,
      { cohort: { $in: [...cohortIds] } },
      { populate: ['convening'] },
    );
    return cohortIds.map((id) => links.filter((link) => link.cohort.id === id));
  });
  return loader.load(cohort.id).then((links) =>
    conveningSchedule(
      links.map((link) => link.convening.getEntity()),
      { expectedPerYear: cohort.conveningsExpectedPerYear, programYears: committedYears(cohort) },
    ),
  );
}
