import { InvalidInputError } from '../common/errors.js';
import { isUuid } from '../scope/where.js';
import { syncMessages as m } from './sync.messages.js';

/**
 * Keyset cursors: the sort key values of the last record of a page, `[instant, tie-breaker]`, as
 * base64url JSON. Opaque to partners (docs/partners.md), and checked here before any query uses
 * them, so a tampered cursor is a field error, not a database one.
 */
export interface CursorPosition {
  at: Date;
  /** The record's id (lists) or the deletion's sequence number (deletions). */
  key: string;
}

export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify([position.at.toISOString(), position.key])).toString(
    'base64url',
  );
}

/** The position a cursor names, or a BAD_USER_INPUT on `field` when it names none. */
export function decodeCursor(
  cursor: string,
  field: string,
  isKey: (key: string) => boolean,
): CursorPosition {
  const refuse = () => InvalidInputError.field(field, m.malformedCursor());
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw refuse();
  }
  if (!Array.isArray(decoded) || decoded.length !== 2) throw refuse();
  const [at, key] = decoded as unknown[];
  if (typeof at !== 'string' || typeof key !== 'string' || !isKey(key)) throw refuse();
  const instant = new Date(at);
  if (!ISO_INSTANT.test(at) || Number.isNaN(instant.getTime())) throw refuse();
  return { at: instant, key };
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

export const isRecordKey = isUuid;
export const isSequenceKey = (key: string): boolean => /^[1-9]\d{0,17}$/.test(key);
