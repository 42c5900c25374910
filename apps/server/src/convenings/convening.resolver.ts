import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Cohort } from '../cohorts/cohort.entity.js';
import { PUBLIC, SIGNED_IN, STAFF } from '../graphql/access.js';
import type { Context } from '../graphql/context.js';
import { entityMutations } from '../graphql/entity-mutations.js';
import { entityQueries } from '../graphql/entity-queries.js';
import { childLists, referenceFields } from '../graphql/references.js';
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

/** The nested lists of Convening records, read through the scope layer. */
export const ConveningChildren = childLists(Convening, {
  attendance: {
    list: AttendanceList,
    via: 'convening',
    description: 'Attendance recorded for it.',
  },
});

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
}

export const ConveningMutations = entityMutations(Convening, {
  access: STAFF,
  create: {
    input: CreateConveningInput,
    description: 'Schedules a convening.',
    run: createConvening,
  },
  update: {
    input: UpdateConveningInput,
    description: 'Changes a convening.',
    run: updateConvening,
  },
  delete: { description: 'Deletes a convening and its attendance; returns its id.' },
});

/** The nested lists of Cohort records, read through the scope layer. */
export const CohortChildren = childLists(Cohort, {
  convenings: {
    list: ConveningList,
    via: 'cohortLinks.cohort',
    description: 'The convenings of the cohort.',
  },
});

/** The references of Attendance records, resolved through the scope layer (null when out of scope). */
export const AttendanceReferences = referenceFields(Attendance, {
  convening: { type: () => Convening, description: 'The convening.' },
  membership: {
    type: () => Membership,
    description: 'The membership of the member who attended or not.',
  },
});

/** The nested lists of Membership records, read through the scope layer. */
export const MembershipChildren = childLists(Membership, {
  attendance: { list: AttendanceList, via: 'membership', description: "The member's attendance." },
});

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
