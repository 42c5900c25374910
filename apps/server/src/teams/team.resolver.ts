import { Role, suppressSmallCount, todayInPacific } from '@cei/domain';
import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { Cohort } from '../cohorts/cohort.entity.js';
import { PUBLIC, STAFF } from '../graphql/access.js';
import type { Context } from '../graphql/context.js';
import { entityMutations } from '../graphql/entity-mutations.js';
import { entityQueries } from '../graphql/entity-queries.js';
import { descending, type ListArguments } from '../graphql/list.js';
import { childLists, referenceFields } from '../graphql/references.js';
import { Organization } from '../organizations/organization.entity.js';
import { Membership } from '../rosters/membership.entity.js';
import { Facilitation, ProblemOfPractice, Team, TeamLea } from './team.entity.js';
import {
  CreateTeamInput,
  FacilitationList,
  ProblemOfPracticeList,
  TeamLeaList,
  TeamList,
  UpdateTeamInput,
} from './team.inputs.js';
import { createTeam, updateTeam } from './team.service.js';

const latestVersion: ListArguments = {
  limit: 1,
  orderBy: [descending('effectiveOn'), descending('createdAt')],
};

/** The references of Team records, resolved through the scope layer (null when out of scope). */
export const TeamReferences = referenceFields(Team, {
  cohort: { type: () => Cohort, description: 'The cohort the team is in.' },
  leadLea: { type: () => Organization, description: 'The lead LEA.' },
  focusSchool: {
    type: () => Organization,
    description: 'The specified school site where the team tests its problem of practice.',
  },
});

/** The nested lists of Team records, read through the scope layer. */
export const TeamChildren = childLists(Team, {
  problemOfPracticeVersions: {
    list: ProblemOfPracticeList,
    via: 'team',
    description: 'Every version of the problem of practice, newest first.',
  },
  facilitations: {
    list: FacilitationList,
    via: 'team',
    description: 'The later cohorts this team facilitates.',
  },
});

@Resolver(() => Team)
export class TeamResolver {
  @FieldResolver(() => [Organization], {
    description: 'For a consortium team: its LEAs other than the lead.',
  })
  async memberLeas(@Root() team: Team, @Ctx() { data }: Context): Promise<Organization[]> {
    const links = await data.children(TeamLeaList.spec, 'team', team.id, { limit: 100 });
    const leas = await Promise.all(links.nodes.map((link) => data.ref(link.lea)));
    return leas.filter((lea): lea is Organization => lea !== null);
  }

  @FieldResolver(() => Boolean, {
    description:
      'Whether the team is in your scope: you see its roster and records, not only its public information.',
  })
  inScope(@Root() team: Team, @Ctx() { data }: Context): Promise<boolean> {
    return data.coversTeam(team.id);
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description:
      'How many people are on the team today (aggregate tier): for those with scope over the team, and for API partners, withheld (null) when fewer than five.',
  })
  async activeMemberCount(
    @Root() team: Team,
    @Ctx() { data, viewer }: Context,
  ): Promise<number | null> {
    const partner = viewer.role === Role.API_PARTNER;
    if (!partner && !(await data.coversTeam(team.id))) return null;
    const today = todayInPacific(new Date());
    const count = await data.aggregateCount(Membership, 'team', team.id, {
      startedOn: { $lte: today },
      $or: [{ endedOn: null }, { endedOn: { $gt: today } }],
    });
    return partner ? suppressSmallCount(count) : count;
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether several LEAs form the team (a consortium).',
  })
  async isConsortium(@Root() team: Team, @Ctx() { data }: Context): Promise<boolean> {
    return (await data.children(TeamLeaList.spec, 'team', team.id, { limit: 0 })).totalCount > 0;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The current problem of practice.' })
  async problemOfPractice(@Root() team: Team, @Ctx() { data }: Context): Promise<string | null> {
    const page = await data.children(ProblemOfPracticeList.spec, 'team', team.id, latestVersion);
    return page.nodes[0]?.text ?? null;
  }
}

export const TeamMutations = entityMutations(Team, {
  access: STAFF,
  create: { input: CreateTeamInput, description: 'Adds a team to a cohort.', run: createTeam },
  update: {
    input: UpdateTeamInput,
    description: 'Changes a team; a new problem of practice is kept as a new version.',
    run: updateTeam,
  },
  delete: { description: 'Deletes a team without memberships or other records; returns its id.' },
});

/** The nested lists of Cohort records, read through the scope layer. */
export const CohortChildren = childLists(Cohort, {
  teams: { list: TeamList, via: 'cohort', description: 'The district teams of the cohort.' },
  facilitations: {
    list: FacilitationList,
    via: 'cohort',
    description: 'Teams of earlier cohorts that facilitate this one.',
  },
});

/** The nested lists of Organization records, read through the scope layer. */
export const OrganizationChildren = childLists(Organization, {
  ledTeams: { list: TeamList, via: 'leadLea', description: 'The teams an LEA leads.' },
});

/** The references of TeamLea records, resolved through the scope layer (null when out of scope). */
export const TeamLeaReferences = referenceFields(TeamLea, {
  team: { type: () => Team, description: 'The team.' },
  lea: { type: () => Organization, description: 'The member LEA.' },
});

/** The references of ProblemOfPractice records, resolved through the scope layer (null when out of scope). */
export const ProblemOfPracticeReferences = referenceFields(ProblemOfPractice, {
  team: { type: () => Team, description: 'The team.' },
});

/** The references of Facilitation records, resolved through the scope layer (null when out of scope). */
export const FacilitationReferences = referenceFields(Facilitation, {
  team: { type: () => Team, description: 'The facilitating team.' },
  cohort: { type: () => Cohort, description: 'The cohort it facilitates.' },
});

export const TeamQueries = entityQueries(Team, TeamList, {
  one: 'team',
  many: 'teams',
  description: 'District teams of all cohorts.',
  access: [PUBLIC],
});
export const TeamLeaQueries = entityQueries(TeamLea, TeamLeaList, {
  one: 'teamLea',
  many: 'teamLeas',
  description: 'Member LEAs of consortium teams.',
  access: [PUBLIC],
});
export const ProblemOfPracticeQueries = entityQueries(ProblemOfPractice, ProblemOfPracticeList, {
  one: 'problemOfPractice',
  many: 'problemsOfPractice',
  description: "Versions of teams' problems of practice.",
  access: [PUBLIC],
});
export const FacilitationQueries = entityQueries(Facilitation, FacilitationList, {
  one: 'facilitation',
  many: 'facilitations',
  description: 'Teams facilitating later cohorts.',
  access: [PUBLIC],
});
