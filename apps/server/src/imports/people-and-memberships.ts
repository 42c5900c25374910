import { ImportKind, Language, PersonKind, TeamRole } from '@cei/domain';
import { validateSync } from '../common/validation.js';
import { insertRows } from '../database/bulk-insert.js';
import { graphqlMessages } from '../graphql/graphql.messages.js';
import { Membership } from '../rosters/membership.entity.js';
import { Person } from '../rosters/person.entity.js';
import { CreatePersonInput } from '../rosters/roster.inputs.js';
import { rosterMessages } from '../rosters/roster.messages.js';
import { membershipProblems, normalizedEmail, seatsOverlap } from '../rosters/roster.service.js';
import { ALL, readableRows } from '../scope/rules.js';
import { UNSCOPED } from '../scope/scope-filter.js';
import { PARTIAL_READ, type ScopedData } from '../scope/scoped-data.js';
import type { CsvRow } from './csv.js';
import { importMessages as m } from './import.messages.js';
import {
  CHUNK_ROWS,
  creationChange,
  type ImportHandler,
  newRecordColumns,
  type WriteResult,
} from './import-kind.js';
import { chunks, lookupKey, type Problems, RowReader } from './problems.js';
import { cellsOf, findOrganization, organizationLookup, teamLookup } from './shared-lookups.js';

/** CreatePersonInput's and CreateMembershipInput's fields → the file's columns. */
const COLUMNS = {
  givenName: 'given_name',
  familyName: 'family_name',
  email: 'email',
  kind: 'kind',
  title: 'title',
  phone: 'phone',
  preferredLanguage: 'preferred_language',
  employerId: 'employer',
  teamId: 'team',
  personId: 'email',
  role: 'role',
  startedOn: 'started_on',
  organizationId: 'organization',
} as const;

/** The person columns, as stored fields: what must agree between rows naming one person. */
const PERSON_COLUMNS = [
  ['given_name', 'givenName'],
  ['family_name', 'familyName'],
  ['kind', 'kind'],
  ['title', 'title'],
  ['phone', 'phone'],
  ['preferred_language', 'preferredLanguage'],
  ['employer', 'employer'],
] as const;

interface PersonRecord {
  id: string;
  givenName: string;
  familyName: string;
  kind: PersonKind;
  title: string | null;
  email: string | null;
  phone: string | null;
  preferredLanguage: Language | null;
  employer: string | null;
}

interface MembershipRecord {
  id: string;
  team: string;
  person: string;
  role: TeamRole;
  startedOn: string;
  organization: string | null;
}

interface PlannedRow {
  row: number;
  /** The person to create, when the row's person is new; null for one already recorded. */
  person: PersonRecord | null;
  personId: string;
  membership: MembershipRecord | null;
}

/**
 * People, each with an optional membership on a team. A person is known by email: an address
 * already recorded adds a membership to that person (their recorded details must not differ);
 * one repeated in the file is one person with several memberships. People without an email are
 * always new.
 */
export const peopleAndMemberships: ImportHandler = {
  kind: ImportKind.PEOPLE_AND_MEMBERSHIPS,
  entities: [Person, Membership],
  refusals: { Person: m.mayNotAddPerson, Membership: m.mayNotAddMembers },

  async plan(data: ScopedData, rows: readonly CsvRow[], problems: Problems) {
    const emails = [...new Set(cellsOf(rows, 'email').map(normalizedEmail))];
    const known = new Map<string, Person>();
    const taken = new Set<string>();
    for (const piece of chunks(emails, 5000)) {
      for (const person of await data.em.find(Person, { email: { $in: piece } })) {
        known.set(person.email as string, person);
      }
      // An address on a record the viewer cannot read is still taken: refused as createPerson does.
      if (readableRows(Person, data.viewer) !== ALL) {
        const all = await data.em.find(
          Person,
          { email: { $in: piece } },
          {
            ...UNSCOPED,
            ...PARTIAL_READ,
            fields: ['email'] as never,
          },
        );
        for (const person of all)
          if (!known.has(person.email as string)) taken.add(person.email as string);
      }
    }
    const teams = await teamLookup(data, cellsOf(rows, 'team'));
    const organizations = await organizationLookup(data, cellsOf(rows, 'employer', 'organization'));
    const seats = new Map<string, Membership[]>();
    for (const piece of chunks(
      [...known.values()].map((person) => person.id),
      5000,
    )) {
      for (const membership of await data.em.find(Membership, { person: { $in: piece } })) {
        const key = seatKey(membership.person.id, membership.team.id);
        seats.set(key, [...(seats.get(key) ?? []), membership]);
      }
    }

    const now = new Date();
    const planned: PlannedRow[] = [];
    /** A new person's first row, by email. */
    const firstRow = new Map<
      string,
      { row: number; cells: Readonly<Record<string, string>>; id: string }
    >();
    /** Memberships planned so far per person and team, for overlaps within the file. */
    const fileSeats = new Map<string, { row: number; seat: MembershipRecord }[]>();
    const nameless = new Map<string, number>();

    for (const { row, cells } of rows) {
      const read = new RowReader(row, cells, problems);
      const email = read.text('email');
      const normalized = email ? normalizedEmail(email) : null;
      const kind = read.oneOf('kind', Object.values(PersonKind)) ?? PersonKind.PROFESSIONAL;
      const language = read.oneOf('preferred_language', Object.values(Language));
      const employerCell = read.text('employer');
      let employer: string | null = null;
      if (employerCell) {
        const found = findOrganization(organizations, employerCell);
        if ('problem' in found) read.problem('employer', found.problem);
        else employer = found.record.id;
      }
      const candidate: PersonRecord = {
        id: newRecordColumns(now).id,
        givenName: read.text('given_name', true) ?? '',
        familyName: read.text('family_name', true) ?? '',
        kind,
        title: read.text('title'),
        email: normalized,
        phone: read.text('phone'),
        preferredLanguage: language,
        employer,
      };

      // Who the row is about: a person already recorded, one of an earlier row, or a new one.
      let person: PersonRecord | null = candidate;
      let personId = candidate.id;
      let personKind: PersonKind = kind;
      const existing = normalized ? known.get(normalized) : undefined;
      const first = normalized ? firstRow.get(normalized) : undefined;
      if (existing) {
        person = null;
        personId = existing.id;
        personKind = existing.kind;
        for (const [column, field] of PERSON_COLUMNS) {
          if (!cells[column]) continue;
          const stored = field === 'employer' ? (existing.employer?.id ?? null) : existing[field];
          const given = candidate[field];
          if (lookupKey(String(stored ?? '')) !== lookupKey(String(given ?? ''))) {
            read.problem(column, m.differsFromRecorded());
          }
        }
      } else if (normalized && taken.has(normalized)) {
        // A person the importer may not read: as createPerson's refusal says it to them
        // (graphql/errors.ts), without saying the person exists.
        read.problem('email', graphqlMessages.notAccepted());
      } else if (first) {
        personId = first.id;
        person = null;
        for (const [column] of PERSON_COLUMNS) {
          if (lookupKey(cells[column] ?? '') !== lookupKey(first.cells[column] ?? '')) {
            read.problem(column, m.differsFromRow({ row: first.row }));
          }
        }
      } else if (normalized) {
        firstRow.set(normalized, { row, cells, id: candidate.id });
      }
      if (!existing) {
        const input = Object.assign(new CreatePersonInput(), {
          givenName: candidate.givenName,
          familyName: candidate.familyName,
          kind,
          title: candidate.title ?? undefined,
          email: email ?? undefined,
          phone: candidate.phone ?? undefined,
        });
        if (candidate.givenName && candidate.familyName) {
          problems.addValidation(row, validateSync(input), COLUMNS);
        }
      }

      // The membership, when the row names a team.
      const teamCell = read.text('team');
      const role = read.oneOf('role', Object.values(TeamRole));
      const startedOn = read.date('started_on');
      let membership: MembershipRecord | null = null;
      if (teamCell) {
        if (!cells.role) read.problem('role', m.requiredWithTeam());
        if (!cells.started_on) read.problem('started_on', m.requiredWithTeam());
        const found = teams.find(teamCell);
        let team: string | null = null;
        if ('problem' in found) read.problem('team', found.problem);
        else if (!(await data.coversTeam(found.record.id))) {
          // A team outside the viewer's scope: refused before anything else is said about it.
          read.problem('team', m.mayNotAddMembers());
        } else team = found.record.id;
        let organization: string | null = null;
        const organizationCell = read.text('organization');
        if (organizationCell) {
          const found = findOrganization(organizations, organizationCell);
          if ('problem' in found) read.problem('organization', found.problem);
          else organization = found.record.id;
        }
        if (team && role && startedOn) {
          membership = {
            id: newRecordColumns(now).id,
            team,
            person: personId,
            role,
            startedOn,
            organization,
          };
          // CreateMembershipInput's own checks are on the ids, which the import resolved itself;
          // the membership's rules are those of createMembership.
          problems.addFields(
            row,
            membershipProblems({ role, startedOn, endedOn: null, endReason: null }, personKind),
            COLUMNS,
          );
          const key = seatKey(personId, team);
          if (
            (seats.get(key) ?? []).some((other) =>
              seatsOverlap(other, membership as MembershipRecord & { endedOn: null }),
            )
          ) {
            read.problem('role', rosterMessages.roleHeldAlready());
          }
          const same = (fileSeats.get(key) ?? []).find((other) =>
            seatsOverlap(
              { ...other.seat, endedOn: null },
              { ...(membership as MembershipRecord), endedOn: null },
            ),
          );
          if (same) {
            read.problem(
              'role',
              m.inRow({ problem: rosterMessages.roleHeldAlready(), row: same.row }),
            );
          }
          fileSeats.set(key, [...(fileSeats.get(key) ?? []), { row, seat: membership }]);
        }
      } else {
        if (cells.role) read.problem('team', m.requiredWithRole());
        if (cells.started_on) read.problem('team', m.requiredWithStart());
        if (existing) read.problem('team', m.requiredForKnownPerson());
      }

      // Without emails, the same name in the same seat is most likely the same person twice.
      if (!normalized) {
        const key = [candidate.givenName, candidate.familyName, cells.team, role]
          .map((part) => lookupKey(part ?? ''))
          .join('\u0000');
        const earlier = nameless.get(key);
        if (earlier) read.problem('given_name', m.looksLikeRow({ row: earlier }));
        else nameless.set(key, row);
      }

      planned.push({ row, person, personId, membership });
    }

    return {
      async write(tx, valid, progress): Promise<WriteResult> {
        const result: WriteResult = {
          written: [],
          changes: [],
          created: { Person: 0, Membership: 0 },
        };
        const byId = new Map<string, PersonRecord>();
        for (const entry of planned) if (entry.person) byId.set(entry.person.id, entry.person);
        const inserted = new Set<string>();
        const rowsToWrite = planned.filter((entry) => valid.has(entry.row));
        let done = 0;
        for (const chunk of chunks(rowsToWrite, CHUNK_ROWS)) {
          const people: PersonRecord[] = [];
          const memberships: MembershipRecord[] = [];
          for (const entry of chunk) {
            // A new person is written with the first valid row that names them.
            const person = byId.get(entry.personId);
            if (person && !inserted.has(person.id)) {
              inserted.add(person.id);
              people.push(person);
              result.written.push({
                entity: Person,
                id: person.id,
                row: entry.row,
                column: entry.membership ? 'team' : 'email',
              });
              result.changes.push(creationChange('Person', person as never));
            }
            if (entry.membership) {
              memberships.push(entry.membership);
              result.written.push({
                entity: Membership,
                id: entry.membership.id,
                row: entry.row,
                column: 'team',
              });
              result.changes.push(creationChange('Membership', entry.membership as never));
            }
          }
          if (people.length) {
            await insertRows(
              tx.em,
              Person,
              people.map((person) => ({ ...newRecordColumns(now), ...person })),
            );
          }
          if (memberships.length) {
            await insertRows(
              tx.em,
              Membership,
              memberships.map((membership) => ({
                ...newRecordColumns(now),
                ...membership,
              })) as never[],
            );
          }
          result.created.Person = (result.created.Person ?? 0) + people.length;
          result.created.Membership = (result.created.Membership ?? 0) + memberships.length;
          done += chunk.length;
          await progress(done);
        }
        return result;
      },
    };
  },
};

function seatKey(personId: string, teamId: string): string {
  return `${personId}\u0000${teamId}`;
}
