import { HttpError } from 'react-admin';
import type { FieldProblem } from '../../data/errors';

/** A selected row as the user knows it: its id and a name ("Ana Peña, Azusa"). */
export interface BulkRow {
  id: string | number;
  name: string;
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * What to tell the user when a bulk step is refused: the server names the record by its place
 * in the list sent (a field problem's path, `input.memberships.3.endedOn`) or by its id (a
 * FORBIDDEN, a CONFLICT, a NOT_FOUND); each becomes "Row 4 (Ana Peña): …", the row as the user
 * chose it.
 */
export function describeBulkFailure(
  error: unknown,
  collection: string,
  rows: readonly BulkRow[],
  translate: Translate,
): string {
  const message = error instanceof Error ? error.message : String(error);
  const prefix = `input.${collection}.`;
  const row = (index: number, text: string) =>
    translate('cei.lists.bulk.failedRow', {
      row: index + 1,
      name: rows[index]?.name ?? '?',
      message: text,
    });

  const fields =
    error instanceof HttpError ? (error.body?.fields as FieldProblem[] | undefined) : [];
  const located = (fields ?? []).flatMap((field) => {
    if (!field.path.startsWith(prefix)) return [];
    const index = Number(field.path.slice(prefix.length).split('.')[0]);
    return Number.isInteger(index) ? [row(index, field.message)] : [];
  });
  if (located.length) return located.join(' ');

  // A refusal of one record names its id: "Membership 1 (<id>): You are not allowed to do this."
  // or "Reimbursement <id> was changed by someone else…".
  const named = rows.findIndex((each) => message.includes(String(each.id)));
  if (named >= 0) {
    const labelled = `${String(rows[named]?.id)}): `;
    const at = message.indexOf(labelled);
    return row(named, at >= 0 ? message.slice(at + labelled.length) : message);
  }
  return message;
}
