import { canTransition, statusesBefore, type Transitions } from '@cei/domain';
import { InvalidInputError } from './errors.js';

/**
 * Refuses a move the domain's status machine does not allow, as BAD_USER_INPUT on `status`
 * naming where the record is and where the move may start: "Stipend is PAID; only PLANNED
 * stipends can be approved".
 */
export function assertTransition<S extends string>(
  record: { subject: string; plural: string },
  table: Transitions<S>,
  from: S,
  to: S,
  verb: string,
): void {
  if (canTransition(table, from, to)) return;
  throw InvalidInputError.field(
    'status',
    `${record.subject} is ${from}; only ${statusesBefore(table, to).join(' or ')} ${record.plural} can be ${verb}`,
  );
}
