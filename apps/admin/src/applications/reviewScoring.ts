/** A rubric criterion as the review screen reads it. */
export interface Criterion {
  id: string;
  name: string;
  description?: string | null;
  maxScore: number;
  weight: number;
  position: number;
}

/** Scores entered so far, by criterion id; a criterion not yet scored is absent. */
export type Scores = Record<string, number | undefined>;

/**
 * The weighted total of a review as the reviewer enters it: each score times its criterion's
 * weight, summed. (The server computes the stored total; this is the running one on screen.)
 */
export function weightedTotal(criteria: readonly Criterion[], scores: Scores): number {
  return criteria.reduce((total, criterion) => {
    const score = scores[criterion.id];
    return typeof score === 'number' ? total + score * criterion.weight : total;
  }, 0);
}

/** The highest weighted total the rubric allows. */
export function maximumTotal(criteria: readonly Criterion[]): number {
  return criteria.reduce((total, criterion) => total + criterion.maxScore * criterion.weight, 0);
}

/**
 * What keeps the scores from being submitted, by criterion id: a missing score, or one outside 0
 * to the criterion's maximum or not whole. A draft may be saved with scores missing, not wrong.
 */
export function scoreProblems(
  criteria: readonly Criterion[],
  scores: Scores,
  { submitting }: { submitting: boolean },
): Record<string, 'missing' | 'range'> {
  const problems: Record<string, 'missing' | 'range'> = {};
  for (const criterion of criteria) {
    const score = scores[criterion.id];
    if (score === undefined || Number.isNaN(score)) {
      if (submitting) problems[criterion.id] = 'missing';
    } else if (!Number.isInteger(score) || score < 0 || score > criterion.maxScore) {
      problems[criterion.id] = 'range';
    }
  }
  return problems;
}
