import { ApplicationStatus, rankByScore, reviewTotal } from '@cei/domain';
import { PARTIAL_READ, type ScopedData } from '../scope/scoped-data.js';
import { Application } from './application.entity.js';
import { Review, ReviewScore } from './review.entity.js';

export interface CohortScores {
  /** Mean of the submitted reviews' totals per application; absent when none is submitted. */
  totals: Map<string, number>;
  /** Place in the cohort's ranking, highest total first. */
  ranks: Map<string, number>;
}

/** Applications that compete for places: submitted and not withdrawn. */
const RANKED = [
  ApplicationStatus.SUBMITTED,
  ApplicationStatus.UNDER_REVIEW,
  ApplicationStatus.SELECTED,
  ApplicationStatus.WAITLISTED,
  ApplicationStatus.DECLINED,
];

/** The scores and ranking of a cohort's applications, computed once per request and cohort. */
export function cohortScores(data: ScopedData, cohortId: string): Promise<CohortScores> {
  return data.batch('cohortScores', cohortId, async (cohortIds) => {
    const [applications, reviews] = await Promise.all([
      data.em.find(
        Application,
        { cohort: { $in: [...cohortIds] }, status: { $in: RANKED } },
        { ...PARTIAL_READ, fields: ['cohort'] },
      ),
      data.em.find(Review, {
        application: { cohort: { $in: [...cohortIds] } },
        submittedAt: { $ne: null },
      }),
    ]);
    const reviewTotals = new Map(
      await Promise.all(
        reviews.map(async (review) => [review.id, await reviewTotalOf(data, review.id)] as const),
      ),
    );
    return cohortIds.map((cohortId) => {
      const totals = new Map<string, number>();
      for (const application of applications.filter((a) => a.cohort.id === cohortId)) {
        const its = reviews.filter((review) => review.application.id === application.id);
        if (its.length === 0) continue;
        const sum = its.reduce((total, review) => total + (reviewTotals.get(review.id) ?? 0), 0);
        totals.set(application.id, sum / its.length);
      }
      return { totals, ranks: rankByScore(totals) };
    });
  });
}

/** A review's weighted total; the reviews of one list are loaded together. */
export function reviewTotalOf(data: ScopedData, reviewId: string): Promise<number> {
  return data.batch('reviewTotal', reviewId, async (reviewIds) => {
    const scores = await data.em.find(
      ReviewScore,
      { review: { $in: [...reviewIds] } },
      { populate: ['criterion'] },
    );
    return reviewIds.map((id) =>
      reviewTotal(
        scores
          .filter((score) => score.review.id === id)
          .map((score) => ({ score: score.score, weight: score.criterion.getEntity().weight })),
      ),
    );
  });
}
