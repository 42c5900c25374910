/**
 * The colours of a chart's series, in order: Okabe and Ito's palette for colour-vision
 * deficiencies (blue, vermillion, bluish green, reddish purple, black), keeping those that reach
 * 3:1 on white (WCAG 1.4.11 for graphics; its orange and sky blue do not). Series are also told
 * apart by their marks' shapes; the colours make two cohorts two colours, not two blues.
 */
export const SERIES_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#000000'] as const;

export function seriesColour(index: number): string {
  return SERIES_COLOURS[index % SERIES_COLOURS.length] as string;
}

/**
 * A y-axis for counts and rates starts at zero (a change drawn from a cut-off axis looks bigger
 * than it is), unless a value is negative or the caller says otherwise.
 */
export function yAxisMin(values: readonly (number | null)[], min?: number): number | undefined {
  if (min !== undefined) return min;
  return values.every((value) => value === null || value >= 0) ? 0 : undefined;
}

/**
 * A category's name on a chart axis in lines of about `width` characters (the axis draws each
 * line; a name is never cut off with an ellipsis).
 */
export function wrapLabel(name: string, width = 24): string {
  const lines: string[] = [];
  for (const word of name.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.join('\n');
}
