import { type PersonKind, personKindForRole } from '@cei/domain';
import { ref } from '@mikro-orm/core';
import { Account } from '../accounts/account.entity.js';
import { applyInput } from '../common/apply-input.js';
import { eachRecord } from '../common/bulk.js';
import { type FieldProblem, InvalidInputError } from '../common/errors.js';
import { enumValue } from '../i18n/messages.js';
import { Organization } from '../organizations/organization.entity.js';
import type { ScopedData } from '../scope/scoped-data.js';
import { Team } from '../teams/team.entity.js';
import { Membership } from './membership.entity.js';
import { Person } from './person.entity.js';
import type {
  CreateMembershipInput,
  CreatePersonInput,
  EndMembershipInput,
  EndMembershipsInput,
  UpdateMembershipInput,
  UpdatePersonInput,
} from './roster.inputs.js';
import { rosterMessages as m } from './roster.messages.js';

export async function createPerson(data: ScopedData, input: CreatePersonInput): Promise<Person> {
  return data.transaction(async (tx) => {
    const person = tx.em.create(Person, {
      givenName: input.givenName,
      familyName: input.familyName,
      addedBy: data.viewer.accountId ? tx.em.getReference(Account, data.viewer.accountId) : null,
    });
    await savePerson(tx, person, input);
    return person;
  });
}

export async function updatePerson(
  data: ScopedData,
  id: string,
  version: number,
  input: UpdatePersonInput,
): Promise<Person> {
  return data.transaction(async (tx) => {
    const person = await tx.forWrite(Person, id, version);
    await savePerson(tx, person, input);
    return person;
  });
}

async function savePerson(
  tx: ScopedData,
  person: Person,
  input: CreatePersonInput | UpdatePersonInput,
) {
  const email = input.email ? normalizedEmail(input.email) : input.email;
  await applyInput(tx, person, { ...input, email }, { employerId: [Organization, 'employer'] });
  await tx.assertWritable(Person, person);
  await tx.em.flush();
}

/** Emails are stored trimmed and lower-case, so one address is one person. */
export function normalizedEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function createMembership(
  data: ScopedData,
  input: CreateMembershipInput,
): Promise<Membership> {
  return data.transaction(async (tx) => {
    const membership = tx.em.create(Membership, {
      team: ref(await tx.reference(Team, input.teamId, 'input.teamId')),
      person: ref(await tx.reference(Person, input.personId, 'input.personId')),
      role: input.role,
      startedOn: input.startedOn,
    });
    await saveMembership(tx, membership, input);
    return membership;
  });
}

export async function updateMembership(
  data: ScopedData,
  id: string,
  version: number,
  input: UpdateMembershipInput,
): Promise<Membership> {
  return data.transaction(async (tx) => {
    const membership = await tx.forWrite(Membership, id, version);
    await saveMembership(tx, membership, input);
    return membership;
  });
}

/**
 * A member leaves: the membership gets its end date and reason, through the same checks as any
 * change to a membership. An end already recorded is corrected with updateMembership instead, so
 * a second "leave" cannot silently move the day a vacancy opened.
 */
export async function endMembership(
  data: ScopedData,
  id: string,
  version: number,
  input: EndMembershipInput,
): Promise<Membership> {
  return data.transaction((tx) => endOneMembership(tx, id, version, input));
}

/**
 * Several members leave on the same day for the same reason, all or none: each membership goes
 * through endMembership's own checks, in one transaction.
 */
export async function endMemberships(
  data: ScopedData,
  input: EndMembershipsInput,
): Promise<Membership[]> {
  const { memberships, ...end } = input;
  return data.transaction((tx) =>
    eachRecord(memberships, 'input.memberships', ({ id, version }) =>
      endOneMembership(tx, id, version, end),
    ),
  );
}

async function endOneMembership(
  tx: ScopedData,
  id: string,
  version: number,
  input: EndMembershipInput,
): Promise<Membership> {
  const membership = await tx.forWrite(Membership, id, version);
  if (membership.endedOn) {
    throw InvalidInputError.field('endedOn', m.alreadyEnded({ endedOn: membership.endedOn }));
  }
  await saveMembership(tx, membership, {
    endedOn: input.endedOn,
    endReason: input.endReason,
    endNote: input.endNote,
  });
  return membership;
}

async function saveMembership(
  tx: ScopedData,
  membership: Membership,
  input: CreateMembershipInput | UpdateMembershipInput,
): Promise<void> {
  const { teamId: _team, personId: _person, ...fields } = input as CreateMembershipInput;
  await applyInput(tx, membership, fields, { organizationId: [Organization, 'organization'] });
  await checkMembership(tx, membership);
  await tx.assertWritable(Membership, membership);
  await tx.em.flush();
}

type Seat = Pick<Membership, 'role' | 'startedOn' | 'endedOn'>;

/**
 * A membership's own rules, every problem named at once (paths `input.<field>`): for one
 * membership here, and for each row of a people and memberships import.
 */
export function membershipProblems(
  membership: Seat & Pick<Membership, 'endReason'>,
  personKind: PersonKind | null,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (membership.endedOn && membership.endedOn <= membership.startedOn) {
    problems.push({
      path: 'input.endedOn',
      message: m.endBeforeStart({ startedOn: membership.startedOn }),
    });
  }
  if (membership.endReason && !membership.endedOn) {
    problems.push({ path: 'input.endReason', message: m.reasonWithoutEnd() });
  }
  if (personKind && personKind !== personKindForRole(membership.role)) {
    problems.push({
      path: 'input.role',
      message: m.roleNotForKind({
        role: enumValue('TeamRole', membership.role),
        kind: enumValue('PersonKind', personKind),
      }),
    });
  }
  return problems;
}

/** Whether two memberships of one person on one team hold the same seat on some day. */
export function seatsOverlap(a: Seat, b: Seat): boolean {
  return (
    a.role === b.role &&
    (!a.endedOn || b.startedOn < a.endedOn) &&
    (!b.endedOn || a.startedOn < b.endedOn)
  );
}

async function checkMembership(tx: ScopedData, membership: Membership): Promise<void> {
  const person = await membership.person.load();
  const problems = membershipProblems(membership, person?.kind ?? null);
  // The same person cannot hold the same seat twice at once.
  const sameSeat = await tx.em.find(Membership, {
    id: { $ne: membership.id },
    team: membership.team.id,
    person: membership.person.id,
    role: membership.role,
  });
  if (sameSeat.some((other) => seatsOverlap(other, membership))) {
    problems.push({ path: 'input.role', message: m.roleHeldAlready() });
  }
  if (problems.length) throw new InvalidInputError(problems);
}
