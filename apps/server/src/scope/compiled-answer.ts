/**
 * The mark of an answer built in SQL (compiled-read.ts): each of its objects carries it, by which
 * the resolvers of references, nested lists and private fields know to hand on the value the
 * statement built rather than read or check it again.
 */
export const MARK = '__compiled';

export function isCompiled(record: unknown): boolean {
  return (record as Record<string, unknown> | null)?.[MARK] === true;
}

/** A reference's or a nested list's value in an answer built in SQL, by response key. */
export function compiledField(record: unknown, key: string | number): unknown {
  return (record as Record<string | number, unknown>)[key];
}
