import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { Cohort } from '../cohorts/cohort.entity.js';
import { Allow, PUBLIC, SIGNED_IN, STAFF } from '../graphql/access.js';
import type { Context } from '../graphql/context.js';
import { entityQueries } from '../graphql/entity-queries.js';
import type { ListArguments } from '../graphql/list.js';
import { Membership } from '../rosters/membership.entity.js';
import { Attendance, Convening } from './convening.entity.js';
import {
  AttendanceList,
  ConveningCohortList,
  ConveningList,
  CreateConveningInput,
  UpdateConveningInput,
} from './convening.inputs.js';
import { createConvening, updateConvening } from './convening.service.js';

@Resolver(() => Convening)
export class ConveningResolver {
  @FieldResolver(() => [Cohort], { description: 'The cohorts it is for.' })
  async cohorts(@Root() convening: Convening, @Ctx() { data }: Context): Promise<Cohort[]> {
    const links = await data.children(ConveningCohortList.spec, 'convening', convening.id, {
      limit: 100,
    });
    const cohorts = await Promise.all(links.nodes.map((link) => data.ref(link.cohort)));
    return cohorts.filter((cohort): cohort is Cohort => cohort !== null);
  }

  @FieldResolver(() => AttendanceList.Page, { description: 'Attendance recorded for it.' })
  attendance(
    @Root() convening: Convening,
    @Args(() => AttendanceList.Args) args: ListArguments,
    @Ctx() { data }: Context,
  ) {
    return data.children(AttendanceList.spec, 'convening', convening.id, args);
  }

  @Allow(...STAFF)
  @Mutation(() => Convening, { description: 'Schedules a convening.' })
  createConvening(
    @Arg('input', () => CreateConveningInput) input: CreateConveningInput,
    @Ctx() { data }: Context,
  ) {
    return createConvening(data, input);
  }

  @Allow(...STAFF)
  @Mutation(() => Convening, { description: 'Changes a convening.' })
  updateConvening(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => UpdateConveningInput) input: UpdateConveningInput,
    @Ctx() { data }: Context,
  ) {
    return updateConvening(data, id, version, input);
  }

  @Allow(...STAFF)
  @Mutation(() => ID, { description: 'Deletes a convening and its attendance; returns its id.' })
  deleteConvening(@Arg('id', () => ID) id: string, @Ctx() { data }: Context) {
    return data.remove(Convening, id);
  }
}

@Resolver(() => Cohort)
export class CohortConveningsResolver {
  @FieldResolver(() => ConveningList.Page, { description: 'The convenings of the cohort.' })
  convenings(
    @Root() cohort: Cohort,
    @Args(() => ConveningList.Args) args: ListArguments,
    @Ctx() { data }: Context,
  ) {
    return data.children(ConveningList.spec, 'cohortLinks.cohort', cohort.id, args);
  }
}

@Resolver(() => Attendance)
export class AttendanceResolver {
  @FieldResolver(() => Convening, { nullable: true, description: 'The convening.' })
  convening(@Root() attendance: Attendance, @Ctx() { data }: Context) {
    return data.ref(attendance.convening);
  }

  @FieldResolver(() => Membership, {
    nullable: true,
    description: 'The membership of the member who attended or not.',
  })
  membership(@Root() attendance: Attendance, @Ctx() { data }: Context) {
    return data.ref(attendance.membership);
  }
}

@Resolver(() => Membership)
export class MembershipAttendanceResolver {
  @FieldResolver(() => AttendanceList.Page, { description: "The member's attendance." })
  attendance(
    @Root() membership: Membership,
    @Args(() => AttendanceList.Args) args: ListArguments,
    @Ctx() { data }: Context,
  ) {
    return data.children(AttendanceList.spec, 'membership', membership.id, args);
  }
}

export const ConveningQueries = entityQueries(Convening, ConveningList, {
  one: 'convening',
  many: 'convenings',
  description: 'Convenings of all cohorts.',
  access: [PUBLIC],
});

export const AttendanceQueries = entityQueries(Attendance, AttendanceList, {
  one: 'attendance',
  many: 'attendances',
  description: 'Attendance records of members at convenings.',
  access: [SIGNED_IN],
});
