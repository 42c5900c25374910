import { Arg, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import { Account } from '../accounts/account.entity.js';
import { Allow, PUBLIC, STAFF } from '../graphql/access.js';
import type { Context } from '../graphql/context.js';
import { entityMutations } from '../graphql/entity-mutations.js';
import { entityQueries } from '../graphql/entity-queries.js';
import { childLists, referenceFields } from '../graphql/references.js';
import { Cohort, CohortDeadline } from './cohort.entity.js';
import {
  CohortDeadlineList,
  CohortList,
  CreateCohortInput,
  MoveApplicationDeadlineInput,
  OpenRecruitmentInput,
  UpdateCohortInput,
} from './cohort.inputs.js';
import {
  createCohort,
  moveApplicationDeadline,
  openRecruitment,
  updateCohort,
} from './cohort.service.js';

/** The references of Cohort records, resolved through the scope layer (null when out of scope). */
export const CohortReferences = referenceFields(Cohort, {
  designee: {
    type: () => Account,
    description:
      'The CEI staff member teams notify of vacancies, who gets the vacancy reminders (every CEI admin while none is named). Null when none is named or you may not read accounts.',
  },
});

/** The nested lists of Cohort records, read through the scope layer. */
export const CohortChildren = childLists(Cohort, {
  deadlineHistory: {
    list: CohortDeadlineList,
    via: 'cohort',
    description: 'Every application deadline set for this cohort, newest first.',
  },
});

export const CohortMutations = entityMutations(Cohort, {
  access: STAFF,
  create: { input: CreateCohortInput, description: 'Adds a cohort.', run: createCohort },
  update: {
    input: UpdateCohortInput,
    description: 'Changes a cohort; a new deadline is kept in its history.',
    run: updateCohort,
  },
  delete: { description: 'Deletes a cohort without teams or convenings; returns its id.' },
});

@Resolver(() => Cohort)
export class CohortResolver {
  @Allow(...STAFF)
  @Mutation(() => Cohort, {
    description:
      'Opens recruitment: a PLANNED cohort becomes RECRUITING with its application window.',
  })
  openRecruitment(
    @Arg('cohortId', () => ID) cohortId: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => OpenRecruitmentInput) input: OpenRecruitmentInput,
    @Ctx() { data }: Context,
  ): Promise<Cohort> {
    return openRecruitment(data, cohortId, version, input);
  }

  @Allow(...STAFF)
  @Mutation(() => Cohort, {
    description:
      "Moves a recruiting cohort's application deadline; the history keeps every deadline, and submitted applications are marked late again against the new one.",
  })
  moveApplicationDeadline(
    @Arg('cohortId', () => ID) cohortId: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => MoveApplicationDeadlineInput) input: MoveApplicationDeadlineInput,
    @Ctx() { data }: Context,
  ): Promise<Cohort> {
    return moveApplicationDeadline(data, cohortId, version, input);
  }
}

export const CohortQueries = entityQueries(Cohort, CohortList, {
  one: 'cohort',
  many: 'cohorts',
  description: 'The cohorts (Peer Leading and Learning Networks) of the initiative.',
  access: [PUBLIC],
});

export const CohortDeadlineQueries = entityQueries(CohortDeadline, CohortDeadlineList, {
  one: 'cohortDeadline',
  many: 'cohortDeadlines',
  description: 'Application deadlines set for cohorts, with their history.',
  access: [PUBLIC],
});
