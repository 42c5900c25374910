import { ApplicationStatus, OrganizationKind } from '@cei/domain';
import { ref } from '@mikro-orm/core';
import { Account } from '../accounts/account.entity.js';
import { Cohort } from '../cohorts/cohort.entity.js';
import { applyInput } from '../common/apply-input.js';
import { type FieldProblem, ForbiddenError, InvalidInputError } from '../common/errors.js';
import { enumValue } from '../i18n/messages.js';
import type { Organization } from '../organizations/organization.entity.js';
import { Person } from '../rosters/person.entity.js';
import type { ScopedData } from '../scope/scoped-data.js';
import { Application } from './application.entity.js';
import { applicationMessages as m } from './application.messages.js';
import { memberLeasOf } from './application.service.js';
import { Review, ReviewScore, RubricCriterion } from './review.entity.js';
import type {
  CreateRubricCriterionInput,
  SaveReviewInput,
  UpdateRubricCriterionInput,
} from './review.inputs.js';

/**
 * Saves the viewer's own review of an application under review: a score per rubric criterion
 * and a comment. `submit` makes it count in the ranking, and needs every criterion scored. A
 * reviewer may not review an application from the county office they work for.
 */
export async function saveReview(
  data: ScopedData,
  applicationId: string,
  input: SaveReviewInput,
  now = new Date(),
): Promise<Review> {
  const reviewerId = data.viewer.accountId;
  if (!reviewerId) throw new ForbiddenError(m.reviewerRequired());
  return data.transaction(async (tx) => {
    const application = await tx.reference(Application, applicationId, 'applicationId');
    if (application.status !== ApplicationStatus.UNDER_REVIEW) {
      throw InvalidInputError.field(
        'status',
        m.notUnderReview({ status: enumValue('ApplicationStatus', application.status) }),
      );
    }
    await assertNoConflictOfInterest(tx, reviewerId, application);

    const criteria = await tx.em.find(RubricCriterion, { cohort: application.cohort.id });
    if (criteria.length === 0) {
      throw InvalidInputError.field('cohort', m.noRubric());
    }
    const byId = new Map(criteria.map((criterion) => [criterion.id, criterion]));
    const problems: FieldProblem[] = [];
    const seen = new Set<string>();
    input.scores.forEach(({ criterionId, score }, index) => {
      const path = `input.scores.${index}`;
      const criterion = byId.get(criterionId);
      if (!criterion) {
        problems.push({
          path: `${path}.criterionId`,
          message: m.notACriterion(),
        });
      } else if (seen.has(criterionId)) {
        problems.push({
          path: `${path}.criterionId`,
          message: m.scoredTwice({ criterion: criterion.name }),
        });
      } else if (!Number.isInteger(score) || score < 0 || score > criterion.maxScore) {
        problems.push({
          path: `${path}.score`,
          message: m.scoreRange({ max: criterion.maxScore, criterion: criterion.name }),
        });
      }
      seen.add(criterionId);
    });
    if (problems.length) throw new InvalidInputError(problems);

    let review = await tx.em.findOne(Review, { application: application.id, reviewer: reviewerId });
    review ??= tx.em.create(Review, {
      application: ref(application),
      reviewer: tx.em.getReference(Account, reviewerId, { wrapped: true }),
    });
    if (input.comment !== undefined) review.comment = input.comment;
    const existing = await tx.em.find(ReviewScore, { review: review.id });
    const scoreOf = new Map(existing.map((score) => [score.criterion.id, score]));
    for (const { criterionId, score } of input.scores) {
      const current = scoreOf.get(criterionId);
      if (current) current.score = score;
      else {
        const created = tx.em.create(ReviewScore, {
          review: ref(review),
          criterion: ref(byId.get(criterionId) as RubricCriterion),
          score,
        });
        scoreOf.set(criterionId, created);
      }
    }
    if (input.submit) {
      const unscored = criteria.filter((criterion) => !scoreOf.has(criterion.id));
      if (unscored.length) {
        throw InvalidInputError.field(
          'input.scores',
          m.unscored({ criteria: unscored.map((criterion) => criterion.name).join(', ') }),
        );
      }
      review.submittedAt = now;
    }
    await tx.em.flush();
    return review;
  });
}

/** The county office an organization is in: itself for a county office, else its own. */
function countyOfficeIdOf(organization: Organization | null | undefined): string | null {
  if (!organization) return null;
  if (organization.kind === OrganizationKind.COUNTY_OFFICE) return organization.id;
  return organization.countyOffice?.id ?? null;
}

async function assertNoConflictOfInterest(
  tx: ScopedData,
  reviewerId: string,
  application: Application,
): Promise<void> {
  // A staff member reads their own account and every person, so the scoped reads suffice.
  const reviewer = await tx.em.findOne(Account, reviewerId);
  const person = reviewer?.person ? await tx.em.findOne(Person, reviewer.person.id) : null;
  const employer = person?.employer ? await person.employer.load() : null;
  const reviewerOffice = countyOfficeIdOf(employer);
  if (!reviewerOffice) return;
  const leas = [await application.lea.loadOrFail(), ...(await memberLeasOf(tx, application))];
  if (leas.some((lea) => countyOfficeIdOf(lea) === reviewerOffice)) {
    throw new ForbiddenError(m.conflictOfInterest());
  }
}

export async function createRubricCriterion(
  data: ScopedData,
  input: CreateRubricCriterionInput,
): Promise<RubricCriterion> {
  return data.transaction(async (tx) => {
    const { cohortId, ...fields } = input;
    const criterion = tx.em.create(RubricCriterion, {
      cohort: ref(await tx.reference(Cohort, cohortId, 'input.cohortId')),
      key: fields.key,
      name: fields.name,
      maxScore: fields.maxScore,
    });
    await applyInput(tx, criterion, fields);
    await tx.assertWritable(RubricCriterion, criterion);
    await tx.em.flush();
    return criterion;
  });
}

/** Changes a criterion; its maximum cannot drop below a score reviewers already gave. */
export async function updateRubricCriterion(
  data: ScopedData,
  id: string,
  version: number,
  input: UpdateRubricCriterionInput,
): Promise<RubricCriterion> {
  return data.transaction(async (tx) => {
    const criterion = await tx.forWrite(RubricCriterion, id, version);
    await applyInput(tx, criterion, input);
    const above = await tx.em.count(ReviewScore, {
      criterion: criterion.id,
      score: { $gt: criterion.maxScore },
    });
    if (above > 0) {
      throw InvalidInputError.field(
        'input.maxScore',
        m.scoresAboveMaximum({ max: criterion.maxScore }),
      );
    }
    await tx.em.flush();
    return criterion;
  });
}
