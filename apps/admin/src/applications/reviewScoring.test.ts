import { describe, expect, it } from 'vitest';
import { type Criterion, maximumTotal, scoreProblems, weightedTotal } from './reviewScoring';

const rubric: Criterion[] = [
  { id: 'need', name: 'Need', maxScore: 5, weight: 2, position: 1 },
  { id: 'commitment', name: 'Commitment', maxScore: 10, weight: 1, position: 2 },
];

describe('a review’s scores', () => {
  it('total each score times its criterion’s weight', () => {
    expect(weightedTotal(rubric, { need: 4, commitment: 7 })).toBe(15);
    expect(maximumTotal(rubric)).toBe(20);
  });

  it('total what is scored so far while criteria are missing', () => {
    expect(weightedTotal(rubric, { need: 3 })).toBe(6);
  });

  it('may be saved with criteria missing, but not submitted', () => {
    expect(scoreProblems(rubric, { need: 3 }, { submitting: false })).toEqual({});
    expect(scoreProblems(rubric, { need: 3 }, { submitting: true })).toEqual({
      commitment: 'missing',
    });
  });

  it('refuse a score above the criterion’s maximum, below zero or not whole', () => {
    expect(scoreProblems(rubric, { need: 6, commitment: -1 }, { submitting: false })).toEqual({
      need: 'range',
      commitment: 'range',
    });
    expect(scoreProblems(rubric, { need: 2.5, commitment: 10 }, { submitting: true })).toEqual({
      need: 'range',
    });
  });
});
