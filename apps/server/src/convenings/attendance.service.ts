import { AttendanceStatus, Modality } from '@cei/domain';
import { ref } from '@mikro-orm/core';
import { type FieldProblem, InvalidInputError, NotFoundError } from '../common/errors.js';
import { entityName } from '../i18n/labels.js';
import { enumValue, type Message } from '../i18n/messages.js';
import { Membership } from '../rosters/membership.entity.js';
import { scopeMessages } from '../scope/scope.messages.js';
import type { ScopedData } from '../scope/scoped-data.js';
import type { RecordAttendanceInput } from './attendance.inputs.js';
import { attendeeProblem, conveningDay } from './attendees.js';
import { Attendance, Convening } from './convening.entity.js';
import { conveningMessages as m } from './convening.messages.js';

/**
 * Records a convening's attendance at once: each entry adds or replaces one member's record.
 * Every entry is checked before anything is written, and all problems are reported together;
 * the write scope (CEI staff; a team lead for their own team's members) is checked on every
 * record in the same transaction, so one refused entry leaves the database as it was.
 */
export async function recordAttendance(
  data: ScopedData,
  conveningId: string,
  input: RecordAttendanceInput,
): Promise<Attendance[]> {
  return data.transaction(async (tx) => {
    // Takes of one convening are recorded one after the other (the convening is locked): a later
    // one finds the earlier one's records and updates them, where two at once would both insert
    // the same member.
    const convening = await tx.lockedById(Convening, conveningId, ['cohortLinks']);
    if (!convening) throw new NotFoundError('Convening', conveningId);
    const memberships = await checkEntries(tx, convening, input);

    const existing = await tx.em.find(Attendance, {
      convening: convening.id,
      membership: { $in: memberships.map((membership) => membership.id) },
    });
    const byMembership = new Map(existing.map((record) => [record.membership.id, record]));
    const records = input.entries.map((entry, index) => {
      const membership = memberships[index] as Membership;
      const record =
        byMembership.get(membership.id) ??
        tx.em.create(Attendance, {
          convening: ref(convening),
          membership: ref(membership),
          status: entry.status,
        });
      record.status = entry.status;
      record.mode = entry.mode ?? null;
      return record;
    });
    await tx.assertWritable(Attendance, records);
    return records;
  });
}

/** The entries' memberships, in entry order; or every problem with the entries at once. */
async function checkEntries(
  tx: ScopedData,
  convening: Convening,
  input: RecordAttendanceInput,
): Promise<Membership[]> {
  const problems: FieldProblem[] = [];
  const problem = (index: number, field: string, message: Message) =>
    problems.push({ path: `input.entries.${index}.${field}`, message });

  // Each membership with its team, all in one statement.
  const memberships = await Promise.all(
    input.entries.map((entry) => tx.byId(Membership, entry.membershipId, ['team'])),
  );
  const cohorts = new Set(convening.cohortLinks.getItems().map((link) => link.cohort.id));
  const day = conveningDay(convening);
  // Marks for a convening not yet held would count as its attendance (and skew the rates):
  // before it starts, only an excused absence known in advance may be recorded.
  const started = convening.startsAt.getTime() <= Date.now();
  const firstEntry = new Map<string, number>();

  input.entries.forEach((entry, index) => {
    const membership = memberships[index];
    if (!membership) {
      problem(
        index,
        'membershipId',
        scopeMessages.noRecordWithId({ entity: entityName('Membership'), id: entry.membershipId }),
      );
    } else {
      const earlier = firstEntry.get(membership.id);
      if (earlier !== undefined) {
        problem(index, 'membershipId', m.sameMembershipAs({ index: earlier }));
      } else {
        firstEntry.set(membership.id, index);
        const why = attendeeProblem(membership, membership.team.getEntity(), day, cohorts);
        if (why) problem(index, 'membershipId', why);
      }
    }
    if (!started && entry.status !== AttendanceStatus.EXCUSED) {
      problem(
        index,
        'status',
        m.notStartedYet({ status: enumValue('AttendanceStatus', entry.status), day }),
      );
    }
    if (entry.mode != null) {
      if (convening.modality !== Modality.HYBRID) {
        problem(
          index,
          'mode',
          m.modeOnlyHybrid({ modality: enumValue('Modality', convening.modality) }),
        );
      } else if (entry.status !== AttendanceStatus.PRESENT) {
        problem(
          index,
          'mode',
          m.modeOnlyPresent({ status: enumValue('AttendanceStatus', entry.status) }),
        );
      }
    }
  });
  if (problems.length) throw new InvalidInputError(problems);
  return memberships as Membership[];
}
