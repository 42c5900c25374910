import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../database/seed/demo-data.js';
import { databaseSnapshot } from '../testing/database-snapshot.js';
import type { GraphqlClient } from '../testing/test-server.js';
import { useTestServer } from '../testing/vitest.js';

/**
 * Every update of a record bumps its version, related rows included (a team's problem of
 * practice is a row of its own), so that a second session still holding the old version is
 * refused with CONFLICT instead of silently overwriting the first one's change.
 */

const context = useTestServer({ demo: true });

interface Case {
  entity: string;
  mutation: string;
  inputType: string;
  /** The record to edit: its id and version, and any of its columns the inputs need. */
  pick: string;
  /** What the first session sends (a related-row change where the entity has one). */
  first: (row: Row) => Record<string, unknown>;
  /** What the second session, still on the old version, sends. */
  second: (row: Row) => Record<string, unknown>;
}
type Row = { id: string; version: number } & Record<string, string>;

const cases: Case[] = [
  {
    entity: 'Team (its problem of practice, a row of its own)',
    mutation: 'updateTeam',
    inputType: 'UpdateTeamInput',
    pick: 'select id, version from team order by name limit 1',
    first: () => ({ problemOfPractice: 'Families co-lead the LCAP input sessions.' }),
    second: () => ({ problemOfPractice: 'Student voice in school site councils.' }),
  },
  {
    entity: 'Team (its member LEAs, rows of their own)',
    mutation: 'updateTeam',
    inputType: 'UpdateTeamInput',
    pick: 'select id, version from team order by name offset 1 limit 1',
    first: () => ({ memberLeaIds: [] }),
    second: () => ({ name: 'Renamed meanwhile' }),
  },
  {
    entity: 'Account',
    mutation: 'updateAccount',
    inputType: 'UpdateAccountInput',
    pick: "select id, version from account where email = 'partner@example.org'",
    first: () => ({ displayName: 'Partner, renamed' }),
    second: () => ({ displayName: 'Partner, renamed meanwhile' }),
  },
  {
    entity: 'Cohort',
    mutation: 'updateCohort',
    inputType: 'UpdateCohortInput',
    pick: 'select id, version from cohort where number = 1',
    first: () => ({ description: 'The first network.' }),
    second: () => ({ description: 'The first network, described meanwhile.' }),
  },
  {
    entity: 'Convening',
    mutation: 'updateConvening',
    inputType: 'UpdateConveningInput',
    pick: 'select id, version from convening order by starts_at limit 1',
    first: () => ({ title: 'Opening convening' }),
    second: () => ({ title: 'Opening convening, retitled meanwhile' }),
  },
  {
    entity: 'Organization',
    mutation: 'updateOrganization',
    inputType: 'UpdateOrganizationInput',
    pick: "select id, version from organization where kind = 'LEA' order by name limit 1",
    first: () => ({ website: 'https://first.example.org' }),
    second: () => ({ website: 'https://second.example.org' }),
  },
  {
    entity: 'Person',
    mutation: 'updatePerson',
    inputType: 'UpdatePersonInput',
    pick: "select id, version from person where kind = 'PROFESSIONAL' order by family_name limit 1",
    first: () => ({ title: 'Counselor' }),
    second: () => ({ title: 'Principal' }),
  },
  {
    entity: 'Membership (an update that changes no column)',
    mutation: 'updateMembership',
    inputType: 'UpdateMembershipInput',
    pick: 'select id, version, started_on::text as "startedOn" from membership where ended_on is null order by started_on limit 1',
    first: (row) => ({ startedOn: row.startedOn }),
    second: (row) => ({ startedOn: row.startedOn }),
  },
  {
    entity: 'Metric',
    mutation: 'updateMetric',
    inputType: 'UpdateMetricInput',
    pick: 'select id, version from metric order by key limit 1',
    first: () => ({ description: 'Counted by the team.' }),
    second: () => ({ description: 'Counted by the district.' }),
  },
  {
    entity: 'Measurement',
    mutation: 'updateMeasurement',
    inputType: 'UpdateMeasurementInput',
    pick: 'select id, version from measurement order by period_start limit 1',
    first: () => ({ source: 'Team survey' }),
    second: () => ({ source: 'District survey' }),
  },
  {
    entity: 'Deliverable',
    mutation: 'updateDeliverable',
    inputType: 'UpdateDeliverableInput',
    pick: 'select id, version from deliverable order by due_on limit 1',
    first: () => ({ evidence: 'https://first.example.org/evidence' }),
    second: () => ({ evidence: 'https://second.example.org/evidence' }),
  },
  {
    entity: 'Stipend',
    mutation: 'updateStipend',
    inputType: 'UpdateStipendInput',
    pick: 'select id, version, due_on::text as "dueOn" from stipend where status = \'PLANNED\' order by due_on limit 1',
    first: (row) => ({ dueOn: row.dueOn }),
    second: (row) => ({ dueOn: row.dueOn }),
  },
  {
    entity: 'CheckIn',
    mutation: 'updateCheckIn',
    inputType: 'UpdateCheckInInput',
    pick: 'select id, version from check_in order by occurred_on limit 1',
    first: () => ({ summary: 'Talked about the roster.' }),
    second: () => ({ summary: 'Talked about attendance.' }),
  },
  {
    entity: 'FollowUp',
    mutation: 'updateFollowUp',
    inputType: 'UpdateFollowUpInput',
    pick: 'select id, version from follow_up order by due_on limit 1',
    first: () => ({ description: 'Send the agenda.' }),
    second: () => ({ description: 'Send the minutes.' }),
  },
  {
    entity: 'RubricCriterion',
    mutation: 'updateRubricCriterion',
    inputType: 'UpdateRubricCriterionInput',
    pick: 'select id, version from rubric_criterion order by position limit 1',
    first: () => ({ description: 'How the district engages families.' }),
    second: () => ({ description: 'How the district engages students.' }),
  },
];

let first: GraphqlClient;
let second: GraphqlClient;

beforeAll(async () => {
  // Two sessions of the same person, as two browser tabs would be.
  first = await context.server.signIn('admin@example.org', DEMO_PASSWORD);
  second = await context.server.signIn('admin@example.org', DEMO_PASSWORD);
});

describe('every update bumps the version', () => {
  it.each(cases)(
    'of a $entity, so a second session on the old version gets a CONFLICT and changes nothing',
    async ({ mutation, inputType, pick, first: firstInput, second: secondInput }) => {
      const [row] = (await context.server.em().execute(pick)) as Row[];
      if (!row) throw new Error(`The demo data has no record for: ${pick}`);
      const update = `mutation ($id: ID!, $version: Int!, $input: ${inputType}!) { ${mutation}(id: $id, version: $version, input: $input) { version } }`;

      const saved = await first.graphql<Record<string, { version: number }>>(update, {
        id: row.id,
        version: row.version,
        input: firstInput(row),
      });
      expect(saved.errors).toBeUndefined();
      expect(saved.data?.[mutation]?.version).toBe(row.version + 1);

      const before = await databaseSnapshot(context.server.orm);
      const stale = await second.graphql(update, {
        id: row.id,
        version: row.version,
        input: secondInput(row),
      });
      expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      expect(await databaseSnapshot(context.server.orm)).toEqual(before);
    },
  );
});
