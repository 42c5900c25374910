/**
 * The one placeholder syntax of every message, the server's and the admin app's alike: `{name}`
 * marks a parameter ("must be at least {min} characters", "{smart_count} teams"). The admin reads
 * react-admin's own messages in it too.
 */
export const PLACEHOLDER = /\{(\w+)\}/g;

/** What Polyglot (react-admin's translator) needs to read `{name}`. */
export const POLYGLOT_INTERPOLATION = { prefix: '{', suffix: '}' } as const;

/** The parameters a text names, in order of appearance. */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => match[1] as string);
}

/** A text with its `{values}` filled in; a value not given stays as written. */
export function fillPlaceholders(text: string, values: Record<string, unknown> = {}): string {
  return text.replace(PLACEHOLDER, (whole, name: string) =>
    values[name] === undefined ? whole : String(values[name]),
  );
}
