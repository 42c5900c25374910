/** How a convening is named on screens: its title, else its place in the year ("2019-20 #3"). */
export function conveningName(convening: {
  programYear?: unknown;
  number?: unknown;
  title?: unknown;
}): string {
  if (typeof convening.title === 'string' && convening.title) return convening.title;
  return `${String(convening.programYear)} #${String(convening.number)}`;
}
