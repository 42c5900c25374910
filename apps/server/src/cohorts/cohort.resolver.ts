import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { Account } from '../accounts/account.entity.js';
import { Allow, PUBLIC, STAFF } from '../graphql/access.js';
import type { Context } from '../graphql/context.js';
import { entityQueries } from '../graphql/entity-queries.js';
import { referenceFields } from '../graphql/references.js';
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

@Resolver(() => Cohort)
export class CohortResolver {
  @FieldResolver(() => CohortDeadlineList.Page, {
    description: 'Every application deadline set for this cohort, newest first.',
  })
  deadlineHistory(
    @Root() cohort: Cohort,
    @Args(() => CohortDeadlineList.Args) args: InstanceType<typeof CohortDeadlineList.Args>,
    @Ctx() { data }: Context,
  ) {
    return data.children(CohortDeadlineList.spec, 'cohort', cohort.id, args);
  }

  @Allow(...STAFF)
  @Mutation(() => Cohort, { description: 'Adds a cohort.' })
  createCohort(
    @Arg('input', () => CreateCohortInput) input: CreateCohortInput,
    @Ctx() { data }: Context,
  ): Promise<Cohort> {
    return createCohort(data, input);
  }

  @Allow(...STAFF)
  @Mutation(() => Cohort, {
    description: 'Changes a cohort; a new deadline is kept in its history.',
  })
  updateCohort(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => UpdateCohortInput) input: UpdateCohortInput,
    @Ctx() { data }: Context,
  ): Promise<Cohort> {
    return updateCohort(data, id, version, input);
  }

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

  @Allow(...STAFF)
  @Mutation(() => ID, {
    description: 'Deletes a cohort without teams or convenings; returns its id.',
  })
  deleteCohort(@Arg('id', () => ID) id: string, @Ctx() { data }: Context): Promise<string> {
    return data.remove(Cohort, id);
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
