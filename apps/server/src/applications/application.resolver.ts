import { ApplicationStatus } from '@cei/domain';
import { Arg, Ctx, FieldResolver, Float, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { Cohort } from '../cohorts/cohort.entity.js';
import { Allow, SIGNED_IN, STAFF } from '../graphql/access.js';
import type { Context } from '../graphql/context.js';
import { entityMutations } from '../graphql/entity-mutations.js';
import { entityQueries } from '../graphql/entity-queries.js';
import { childLists, referenceFields } from '../graphql/references.js';
import { Organization } from '../organizations/organization.entity.js';
import { Team } from '../teams/team.entity.js';
import { Application, ApplicationDocument, ApplicationLea } from './application.entity.js';
import {
  ApplicationDocumentList,
  ApplicationLeaList,
  ApplicationList,
  CreateApplicationInput,
  SelectApplicationInput,
  UpdateApplicationInput,
  UploadApplicationDocumentInput,
} from './application.inputs.js';
import {
  createApplication,
  missingPartsOf,
  moveApplication,
  selectApplication,
  submitApplication,
  updateApplication,
  uploadApplicationDocument,
} from './application.service.js';
import { documentDownloadPath } from './document.routes.js';
import { ReviewList, RubricCriterionList } from './review.inputs.js';
import { cohortScores } from './scores.js';

/** The references of Application records, resolved through the scope layer (null when out of scope). */
export const ApplicationReferences = referenceFields(Application, {
  cohort: { type: () => Cohort, description: 'The cohort applied to.' },
  lea: { type: () => Organization, description: 'The applying LEA; for a consortium, its lead.' },
  focusSchool: {
    type: () => Organization,
    description: 'The specified school site where the team would test its problem of practice.',
  },
  team: { type: () => Team, description: 'The team created when the application was selected.' },
});

/** The nested lists of Application records, read through the scope layer. */
export const ApplicationChildren = childLists(Application, {
  documents: {
    list: ApplicationDocumentList,
    via: 'application',
    description: 'The letter of interest as uploaded, as a Word document and as a PDF.',
  },
  reviews: {
    list: ReviewList,
    via: 'application',
    description: "Reviewers' scores and comments on the application.",
  },
});

export const ApplicationMutations = entityMutations(Application, {
  access: STAFF,
  create: {
    input: CreateApplicationInput,
    description: 'Starts a draft letter of interest to a recruiting cohort.',
    run: createApplication,
  },
  update: {
    input: UpdateApplicationInput,
    description: 'Changes a draft letter of interest.',
    run: updateApplication,
  },
});

@Resolver(() => Application)
export class ApplicationResolver {
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

  @FieldResolver(() => [String], {
    description:
      'The parts of the letter still missing before it can be submitted (e.g. "motivation", "hasPdfDocument"); empty when complete.',
  })
  missingParts(@Root() application: Application, @Ctx() { data }: Context): Promise<string[]> {
    return missingPartsOf(data, application);
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description:
      "The mean of its submitted reviews' weighted totals; null until a review is submitted.",
  })
  async totalScore(
    @Root() application: Application,
    @Ctx() { data }: Context,
  ): Promise<number | null> {
    return (await cohortScores(data, application.cohort.id)).totals.get(application.id) ?? null;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description:
      "Its place among the cohort's submitted applications by totalScore, highest first (ties share a place); null while unscored.",
  })
  async rank(@Root() application: Application, @Ctx() { data }: Context): Promise<number | null> {
    return (await cohortScores(data, application.cohort.id)).ranks.get(application.id) ?? null;
  }

  @Allow(...STAFF)
  @Mutation(() => ApplicationDocument, {
    description:
      "Uploads the letter as a Word document or a PDF (replacing that format's earlier file); drafts only.",
  })
  uploadApplicationDocument(
    @Arg('applicationId', () => ID) applicationId: string,
    @Arg('input', () => UploadApplicationDocumentInput) input: UploadApplicationDocumentInput,
    @Ctx() { data }: Context,
  ): Promise<ApplicationDocument> {
    return uploadApplicationDocument(data, applicationId, input);
  }

  @Allow(...STAFF)
  @Mutation(() => Application, {
    description:
      "Submits a complete draft; refused with the missing parts named when incomplete, marked late after the cohort's deadline.",
  })
  submitApplication(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Ctx() { data }: Context,
  ): Promise<Application> {
    return submitApplication(data, id, version);
  }

  @Allow(...STAFF)
  @Mutation(() => Application, { description: 'Withdraws an application before a decision.' })
  withdrawApplication(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Ctx() { data }: Context,
  ): Promise<Application> {
    return moveApplication(data, id, version, ApplicationStatus.WITHDRAWN);
  }

  @Allow(...STAFF)
  @Mutation(() => Application, { description: 'Puts a submitted application under review.' })
  startApplicationReview(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Ctx() { data }: Context,
  ): Promise<Application> {
    return moveApplication(data, id, version, ApplicationStatus.UNDER_REVIEW);
  }

  @Allow(...STAFF)
  @Mutation(() => Application, {
    description:
      'Selects an application: creates its team (LEAs, focus school, point of contact on the roster) and stipend schedule in one step.',
  })
  selectApplication(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => SelectApplicationInput) input: SelectApplicationInput,
    @Ctx() { data }: Context,
  ): Promise<Application> {
    return selectApplication(data, id, version, input);
  }

  @Allow(...STAFF)
  @Mutation(() => Application, {
    description: 'Puts an application under review on the waitlist.',
  })
  waitlistApplication(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Ctx() { data }: Context,
  ): Promise<Application> {
    return moveApplication(data, id, version, ApplicationStatus.WAITLISTED);
  }

  @Allow(...STAFF)
  @Mutation(() => Application, {
    description: 'Declines an application under review or on the waitlist.',
  })
  declineApplication(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Ctx() { data }: Context,
  ): Promise<Application> {
    return moveApplication(data, id, version, ApplicationStatus.DECLINED);
  }
}

/** The references of ApplicationLea records, resolved through the scope layer (null when out of scope). */
export const ApplicationLeaReferences = referenceFields(ApplicationLea, {
  application: { type: () => Application, description: 'The application.' },
  lea: { type: () => Organization, description: 'The member LEA.' },
});

/** The references of ApplicationDocument records, resolved through the scope layer (null when out of scope). */
export const ApplicationDocumentReferences = referenceFields(ApplicationDocument, {
  application: { type: () => Application, description: 'The application.' },
});

@Resolver(() => ApplicationDocument)
export class ApplicationDocumentResolver {
  @FieldResolver(() => String, {
    description:
      'Where to download the file (a path on this server, answered for signed-in viewers who may read the application).',
  })
  downloadUrl(@Root() document: ApplicationDocument): string {
    return documentDownloadPath(document.id);
  }
}

/** The nested lists of Cohort records, read through the scope layer. */
export const CohortChildren = childLists(Cohort, {
  applications: {
    list: ApplicationList,
    via: 'cohort',
    description: 'Letters of interest to join the cohort.',
  },
  rubricCriteria: {
    list: RubricCriterionList,
    via: 'cohort',
    description: "The criteria of the cohort's review rubric, in order.",
  },
});

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
