import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Cohort } from '../cohorts/cohort.entity.js';
import { SIGNED_IN } from '../graphql/access.js';
import type { Context } from '../graphql/context.js';
import { entityQueries } from '../graphql/entity-queries.js';
import type { ListArguments } from '../graphql/list.js';
import { Organization } from '../organizations/organization.entity.js';
import { Team } from '../teams/team.entity.js';
import { Application, ApplicationDocument, ApplicationLea } from './application.entity.js';
import {
  ApplicationDocumentList,
  ApplicationLeaList,
  ApplicationList,
} from './application.inputs.js';
import { ReviewList, RubricCriterionList } from './review.inputs.js';

@Resolver(() => Application)
export class ApplicationResolver {
  @FieldResolver(() => Cohort, { nullable: true, description: 'The cohort applied to.' })
  cohort(@Root() application: Application, @Ctx() { data }: Context) {
    return data.ref(application.cohort);
  }

  @FieldResolver(() => Organization, {
    nullable: true,
    description: 'The applying LEA; for a consortium, its lead.',
  })
  lea(@Root() application: Application, @Ctx() { data }: Context) {
    return data.ref(application.lea);
  }

  @FieldResolver(() => [Organization], {
    description: 'For a consortium: its LEAs other than the lead.',
  })
  async memberLeas(
    @Root() application: Application,
    @Ctx() { data }: Context,
  ): Promise<Organization[]> {
    const links = await data.children(ApplicationLeaList.spec, 'application', application.id, {
      limit: 100,
    });
    const leas = await Promise.all(links.nodes.map((link) => data.ref(link.lea)));
    return leas.filter((lea): lea is Organization => lea !== null);
  }

  @FieldResolver(() => Organization, {
    nullable: true,
    description: 'The specified school site where the team would test its problem of practice.',
  })
  focusSchool(@Root() application: Application, @Ctx() { data }: Context) {
    return data.ref(application.focusSchool);
  }

  @FieldResolver(() => Team, {
    nullable: true,
    description: 'The team created when the application was selected.',
  })
  team(@Root() application: Application, @Ctx() { data }: Context) {
    return data.ref(application.team);
  }

  @FieldResolver(() => ApplicationDocumentList.Page, {
    description: 'The letter of interest as uploaded, as a Word document and as a PDF.',
  })
  documents(
    @Root() application: Application,
    @Args(() => ApplicationDocumentList.Args) args: ListArguments,
    @Ctx() { data }: Context,
  ) {
    return data.children(ApplicationDocumentList.spec, 'application', application.id, args);
  }

  @FieldResolver(() => ReviewList.Page, {
    description: "Reviewers' scores and comments on the application.",
  })
  reviews(
    @Root() application: Application,
    @Args(() => ReviewList.Args) args: ListArguments,
    @Ctx() { data }: Context,
  ) {
    return data.children(ReviewList.spec, 'application', application.id, args);
  }
}

@Resolver(() => ApplicationLea)
export class ApplicationLeaResolver {
  @FieldResolver(() => Application, { nullable: true, description: 'The application.' })
  application(@Root() link: ApplicationLea, @Ctx() { data }: Context) {
    return data.ref(link.application);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The member LEA.' })
  lea(@Root() link: ApplicationLea, @Ctx() { data }: Context) {
    return data.ref(link.lea);
  }
}

@Resolver(() => ApplicationDocument)
export class ApplicationDocumentResolver {
  @FieldResolver(() => Application, { nullable: true, description: 'The application.' })
  application(@Root() document: ApplicationDocument, @Ctx() { data }: Context) {
    return data.ref(document.application);
  }
}

@Resolver(() => Cohort)
export class CohortApplicationsResolver {
  @FieldResolver(() => ApplicationList.Page, {
    description: 'Letters of interest to join the cohort.',
  })
  applications(
    @Root() cohort: Cohort,
    @Args(() => ApplicationList.Args) args: ListArguments,
    @Ctx() { data }: Context,
  ) {
    return data.children(ApplicationList.spec, 'cohort', cohort.id, args);
  }

  @FieldResolver(() => RubricCriterionList.Page, {
    description: "The criteria of the cohort's review rubric, in order.",
  })
  rubricCriteria(
    @Root() cohort: Cohort,
    @Args(() => RubricCriterionList.Args) args: ListArguments,
    @Ctx() { data }: Context,
  ) {
    return data.children(RubricCriterionList.spec, 'cohort', cohort.id, args);
  }
}

@Resolver(() => Team)
export class TeamApplicationResolver {
  @FieldResolver(() => Application, {
    nullable: true,
    description: 'The application the team was selected from, if it came through one.',
  })
  async application(@Root() team: Team, @Ctx() { data }: Context): Promise<Application | null> {
    const page = await data.children(ApplicationList.spec, 'team', team.id, { limit: 1 });
    return page.nodes[0] ?? null;
  }
}

export const ApplicationQueries = entityQueries(Application, ApplicationList, {
  one: 'application',
  many: 'applications',
  description: 'Letters of interest to join cohorts.',
  access: [SIGNED_IN],
});

export const ApplicationLeaQueries = entityQueries(ApplicationLea, ApplicationLeaList, {
  one: 'applicationLea',
  many: 'applicationLeas',
  description: 'Member LEAs of consortium applications.',
  access: [SIGNED_IN],
});

export const ApplicationDocumentQueries = entityQueries(
  ApplicationDocument,
  ApplicationDocumentList,
  {
    one: 'applicationDocument',
    many: 'applicationDocuments',
    description: 'Uploaded letters of interest (Word and PDF).',
    access: [SIGNED_IN],
  },
);
