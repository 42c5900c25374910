import {
  canTransition,
  type EnumName,
  type EnumValue,
  statusesBefore,
  type Transitions,
} from '@cei/domain';
import { enumValue, listOf, type Message, type Param } from '../i18n/messages.js';
import { InvalidInputError } from './errors.js';

/** A refusal of one move, as a whole sentence per language: "Stipend is {from}; only {allowed} stipends can be approved". */
export type TransitionRefusal = (params: { from: Param; allowed: Param }) => Message;

/**
 * Refuses a move the domain's status machine does not allow, as BAD_USER_INPUT on `status`
 * naming where the record is and where the move may start: "Stipend is PAID; only PLANNED
 * stipends can be approved".
 */
export function assertTransition<N extends EnumName>(
  statusEnum: N,
  table: Transitions<EnumValue<N>>,
  from: EnumValue<N>,
  to: EnumValue<N>,
  refusal: TransitionRefusal,
): void {
  if (canTransition(table, from, to)) return;
  const allowed = statusesBefore(table, to).map((status) => enumValue(statusEnum, status));
  throw InvalidInputError.field(
    'status',
    refusal({ from: enumValue(statusEnum, from), allowed: listOf(allowed, 'disjunction') }),
  );
}
