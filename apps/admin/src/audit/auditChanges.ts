/** One changed field of an audit event: its value before and after. */
export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

/**
 * What an audit event's `changes` say, for reading: a change to a record is
 * `{ field: [before, after] }` (a creation has nothing before, a deletion nothing after); a read
 * of protected data is `{ fields: [...] }`. Anything else is shown as it is.
 */
export type ReadableChanges =
  | { kind: 'none' }
  | { kind: 'fields'; fields: FieldChange[] }
  | { kind: 'read'; fields: string[] }
  | { kind: 'other'; json: string };

export function readableChanges(changes: unknown): ReadableChanges {
  if (changes == null) return { kind: 'none' };
  if (typeof changes !== 'object' || Array.isArray(changes)) {
    return { kind: 'other', json: JSON.stringify(changes, null, 2) };
  }
  const entries = Object.entries(changes as Record<string, unknown>);
  if (entries.length === 0) return { kind: 'none' };
  const read = (changes as { fields?: unknown }).fields;
  if (
    entries.length === 1 &&
    Array.isArray(read) &&
    read.every((field) => typeof field === 'string')
  ) {
    return { kind: 'read', fields: read };
  }
  if (entries.every(([, value]) => Array.isArray(value) && value.length === 2)) {
    return {
      kind: 'fields',
      fields: entries
        .map(([field, value]) => {
          const [before, after] = value as [unknown, unknown];
          return { field, before: shown(before), after: shown(after) };
        })
        .sort((a, b) => a.field.localeCompare(b.field)),
    };
  }
  return { kind: 'other', json: JSON.stringify(changes, null, 2) };
}

/** A value as one line of text: nothing as —, text as it is, anything else as JSON. */
export function shown(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}
