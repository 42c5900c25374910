/**
 * Small-cell suppression for what API partners see: a count of fewer than five people could
 * identify someone, so it is withheld (null) rather than shown.
 */
export const MINIMUM_DISCLOSED_COUNT = 5;

export function suppressSmallCount(
  count: number,
  minimum = MINIMUM_DISCLOSED_COUNT,
): number | null {
  return count < minimum ? null : count;
}
