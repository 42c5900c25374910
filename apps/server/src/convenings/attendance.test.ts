import { PersonKind, programYearOf, TeamRole, todayInPacific } from '@cei/domain';
import { ref } from '@mikro-orm/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { Account } from '../accounts/account.entity.js';
import { DEMO_PASSWORD } from '../database/seed/demo-data.js';
import { Membership } from '../rosters/membership.entity.js';
import { Person } from '../rosters/person.entity.js';
import { Team } from '../teams/team.entity.js';
import { databaseSnapshot } from '../testing/database-snapshot.js';
import type { GraphqlClient } from '../testing/test-server.js';
import { useTestServer } from '../testing/vitest.js';

const context = useTestServer({ demo: true });

const CREATE_CONVENING =
  'mutation ($input: CreateConveningInput!) { createConvening(input: $input) { id } }';
const EXPECTED =
  'query ($id: ID!) { convening(id: $id) { expectedAttendees { id team { name } } } }';
const RECORD =
  'mutation ($id: ID!, $input: RecordAttendanceInput!) { recordAttendance(conveningId: $id, input: $input) { id status mode version membership { id } } }';

interface Entry {
  membershipId: string;
  status: 'PRESENT' | 'ABSENT' | 'EXCUSED';
  mode?: 'IN_PERSON' | 'ONLINE' | null;
}
interface Recorded {
  id: string;
  status: string;
  mode: string | null;
  version: number;
  membership: { id: string };
}

const { sql } = context;

let staff: GraphqlClient;
let lead: GraphqlClient;
let liaison: GraphqlClient;
/** Cohort II, 14 October 2021 (9 a.m. Pacific), hybrid. */
let hybrid: string;
let hybridAttendees: string[];
/** Cohort I, 24 September 2020, virtual: the lead's team (Azusa) is expected. */
let virtual: string;
let azusaMembers: string[];
let anaheimMember: string;
let cohortIMember: string;
/** Cohort II, a month from now: not started, so only excused absences may be recorded. */
let upcoming: string;
let upcomingAttendees: string[];
let endedBefore: string;
let startedAfter: string;

async function createConvening(input: Record<string, unknown>): Promise<string> {
  const { data, errors } = await context.server.graphql<{ createConvening: { id: string } }>(
    CREATE_CONVENING,
    { input },
  );
  if (errors) throw new Error(JSON.stringify(errors));
  return data?.createConvening.id ?? '';
}

async function expected(client: GraphqlClient, id: string) {
  const { data, errors } = await client.graphql<{
    convening: { expectedAttendees: { id: string; team: { name: string } }[] };
  }>(EXPECTED, { id });
  if (errors) throw new Error(JSON.stringify(errors));
  return data?.convening.expectedAttendees ?? [];
}

const attendanceOf = (conveningId: string) =>
  sql<{ membership_id: string; status: string; mode: string | null; version: number }>(
    'select membership_id, status, mode, version from attendance where convening_id = ? order by membership_id',
    [conveningId],
  );

const auditedChanges = (attendanceId: string) =>
  sql<{ action: string; changes: Record<string, unknown> }>(
    `select action, changes from audit_event where entity = 'Attendance' and entity_id = ?
     order by occurred_at`,
    [attendanceId],
  );

const summaryEvents = async (conveningId: string) => {
  const [row] = await sql<{ count: string }>(
    `select count(*) from webhook_event
     where type = 'ATTENDANCE_SUMMARY' and action = 'UPDATED' and record_id = ?`,
    [conveningId],
  );
  return Number(row?.count);
};

beforeAll(async () => {
  const signIn = (email: string) => context.server.signIn(email, DEMO_PASSWORD);
  staff = await signIn('staff@example.org');
  lead = await signIn('lead@example.org');
  liaison = await signIn('liaison@example.org');
  const [cohortI, cohortII] = await sql<{ id: string }>(
    'select id from cohort where number in (1, 2) order by number',
  );
  hybrid = await createConvening({
    cohortIds: [cohortII?.id],
    programYear: '2021-22',
    number: 1,
    modality: 'HYBRID',
    startsAt: '2021-10-14T16:00:00Z',
    venue: 'Riverside County Office of Education',
    videoUrl: 'https://meet.example.org/cohort-ii',
  });
  virtual = await createConvening({
    cohortIds: [cohortI?.id],
    programYear: '2020-21',
    number: 1,
    modality: 'VIRTUAL',
    startsAt: '2020-09-24T16:00:00Z',
  });
  const inAMonth = new Date(Date.now() + 30 * 86_400_000);
  upcoming = await createConvening({
    cohortIds: [cohortII?.id],
    programYear: programYearOf(todayInPacific(inAMonth)),
    number: 8,
    modality: 'VIRTUAL',
    startsAt: inAMonth.toISOString(),
  });
  upcomingAttendees = (await expected(staff, upcoming)).map((membership) => membership.id);
  hybridAttendees = (await expected(staff, hybrid)).map((membership) => membership.id);
  const virtualAttendees = await expected(staff, virtual);
  azusaMembers = virtualAttendees
    .filter((membership) => membership.team.name.startsWith('Azusa'))
    .map((membership) => membership.id);
  anaheimMember =
    virtualAttendees.find((membership) => membership.team.name.startsWith('Anaheim'))?.id ?? '';
  cohortIMember = anaheimMember;

  // Two members of a Cohort II team who were not on it on 14 October 2021.
  const em = context.server.em();
  const team = await em.findOneOrFail(Team, { name: { $like: 'Riverside Unified%' } });
  const member = (email: string, startedOn: string, endedOn: string | null) => {
    const person = em.create(Person, {
      givenName: 'Test',
      familyName: email,
      kind: PersonKind.PROFESSIONAL,
      email: `${email}@example.org`,
    });
    return em.create(Membership, {
      team: ref(team),
      person: ref(person),
      role: TeamRole.SITE_STAFF,
      startedOn,
      endedOn,
    });
  };
  const ended = member('ended.before', '2021-01-21', '2021-06-30');
  const started = member('started.after', '2021-11-01', null);
  await em.flush();
  endedBefore = ended.id;
  startedAfter = started.id;
});

describe('recordAttendance', () => {
  it('expects every active member of every team of the cohort, as the roster says on that day', async () => {
    const [cohortII] = await sql<{ id: string }>('select id from cohort where number = 2');
    const truth = await sql<{ id: string }>(
      `select m.id from membership m join team t on t.id = m.team_id
       where t.cohort_id = ? and m.started_on <= '2021-10-14' and (m.ended_on is null or m.ended_on > '2021-10-14')`,
      [cohortII?.id],
    );
    expect([...hybridAttendees].sort()).toEqual(truth.map((row) => row.id).sort());
    expect(hybridAttendees).not.toContain(endedBefore);
    expect(hybridAttendees).not.toContain(startedAfter);
    expect(hybridAttendees.length).toBeGreaterThan(100);
  });

  it('records a whole convening at once, one audited record per member, mode optional for hybrid', async () => {
    const statuses = ['PRESENT', 'ABSENT', 'EXCUSED', 'PRESENT'] as const;
    const entries: Entry[] = hybridAttendees.map((membershipId, index) => ({
      membershipId,
      status: statuses[index % 4] as Entry['status'],
      mode: index % 4 === 0 ? (index % 8 === 0 ? 'IN_PERSON' : 'ONLINE') : null,
    }));
    const { data, errors } = await staff.graphql<{ recordAttendance: Recorded[] }>(RECORD, {
      id: hybrid,
      input: { entries },
    });
    expect(errors).toBeUndefined();
    expect(data?.recordAttendance.map((record) => record.membership.id)).toEqual(hybridAttendees);
    expect(data?.recordAttendance[0]).toMatchObject({ status: 'PRESENT', mode: 'IN_PERSON' });
    expect(data?.recordAttendance[3]).toMatchObject({ status: 'PRESENT', mode: null });
    const stored = await attendanceOf(hybrid);
    expect(stored).toHaveLength(entries.length);
    const [audited] = await sql<{ count: string }>(
      `select count(*) from audit_event where entity = 'Attendance' and action = 'CREATED' and entity_id in (select id::text from attendance where convening_id = ?)`,
      [hybrid],
    );
    expect(Number(audited?.count)).toBe(entries.length);
    const first = data?.recordAttendance[0];
    expect(await auditedChanges(first?.id ?? '')).toEqual([
      {
        action: 'CREATED',
        changes: {
          id: [null, first?.id],
          convening: [null, hybrid],
          membership: [null, hybridAttendees[0]],
          status: [null, 'PRESENT'],
          mode: [null, 'IN_PERSON'],
        },
      },
    ]);
    expect(await summaryEvents(hybrid)).toBe(1);
  });

  it('records again as an update: each member keeps one record, replaced where it changed', async () => {
    const again: Entry[] = [
      { membershipId: hybridAttendees[0] as string, status: 'ABSENT' },
      { membershipId: hybridAttendees[1] as string, status: 'PRESENT', mode: 'ONLINE' },
      { membershipId: hybridAttendees[2] as string, status: 'ABSENT' },
      // Unchanged: the record is left as it was.
      { membershipId: hybridAttendees[3] as string, status: 'PRESENT' },
    ];
    const { data, errors } = await staff.graphql<{ recordAttendance: Recorded[] }>(RECORD, {
      id: hybrid,
      input: { entries: again },
    });
    expect(errors).toBeUndefined();
    expect(
      data?.recordAttendance.map((record) => [record.status, record.mode, record.version]),
    ).toEqual([
      ['ABSENT', null, 2],
      ['PRESENT', 'ONLINE', 2],
      ['ABSENT', null, 2],
      ['PRESENT', null, 1],
    ]);
    expect(await attendanceOf(hybrid)).toHaveLength(hybridAttendees.length);
    // Each change is audited with the values before and after; the unchanged record is not.
    const [absent, online, excused, unchanged] = (data?.recordAttendance ?? []).map(
      (record) => record.id,
    );
    expect((await auditedChanges(absent ?? '')).at(-1)).toEqual({
      action: 'UPDATED',
      changes: { status: ['PRESENT', 'ABSENT'], mode: ['IN_PERSON', null] },
    });
    expect((await auditedChanges(online ?? '')).at(-1)).toEqual({
      action: 'UPDATED',
      changes: { status: ['ABSENT', 'PRESENT'], mode: [null, 'ONLINE'] },
    });
    expect((await auditedChanges(excused ?? '')).at(-1)).toEqual({
      action: 'UPDATED',
      changes: { status: ['EXCUSED', 'ABSENT'] },
    });
    expect((await auditedChanges(unchanged ?? '')).map((event) => event.action)).toEqual([
      'CREATED',
    ]);
    // One event for the convening's attendance summary per take that changed it.
    expect(await summaryEvents(hybrid)).toBe(2);
    await staff.graphql(RECORD, { id: hybrid, input: { entries: again } });
    expect(await summaryEvents(hybrid)).toBe(2);
  });

  it('queues takes sent at once: all succeed, one record per member, the last one wins whole', async () => {
    const cohortII = await sql<{ id: string }>('select id from cohort where number = 2');
    const convening = await createConvening({
      cohortIds: [cohortII[0]?.id],
      programYear: '2021-22',
      number: 2,
      modality: 'VIRTUAL',
      startsAt: '2021-11-18T17:00:00Z',
    });
    const members = (await expected(staff, convening)).slice(0, 20).map((member) => member.id);
    const take = (status: Entry['status']) =>
      staff.graphql<{ recordAttendance: Recorded[] }>(RECORD, {
        id: convening,
        input: { entries: members.map((membershipId) => ({ membershipId, status })) },
      });
    // Make them overlap for certain: the test holds back every write to attendance until all three
    // are under way, so each has read "no record yet" unless the takes are queued.
    const pool = await context.server.orm.em.getConnection().getNativeClient();
    const gate = await pool.connect();
    let answers: Awaited<ReturnType<typeof take>>[];
    try {
      await gate.query('begin');
      await gate.query('lock table attendance in share mode');
      const takes = Promise.all([take('PRESENT'), take('ABSENT'), take('EXCUSED')]);
      for (let waited = 0; waited < 10_000; waited += 50) {
        // Inside a transaction the activity view is a snapshot, taken afresh each time here.
        await gate.query('select pg_stat_clear_snapshot()');
        const { rows } = await gate.query<{ count: string }>(
          "select count(*) from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()",
        );
        if (Number(rows[0]?.count) > 0) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await new Promise((resolve) => setTimeout(resolve, 300));
      await gate.query('commit');
      answers = await takes;
    } finally {
      gate.release();
    }
    expect(answers.map((answer) => answer.errors)).toEqual([undefined, undefined, undefined]);
    const stored = await attendanceOf(convening);
    expect(stored).toHaveLength(members.length);
    // The last take to commit wins whole: every member has its status, none an earlier take's.
    const versionOf = (answer: (typeof answers)[number]) =>
      Math.max(...(answer.data?.recordAttendance ?? []).map((record) => record.version));
    const last = answers.reduce((latest, answer) =>
      versionOf(answer) > versionOf(latest) ? answer : latest,
    );
    expect(new Set(stored.map((record) => record.status))).toEqual(
      new Set([last.data?.recordAttendance[0]?.status]),
    );
  });

  it("lets a team lead record their own team's members", async () => {
    expect(azusaMembers.length).toBeGreaterThan(5);
    const leadView = await expected(lead, virtual);
    expect(leadView.map((membership) => membership.id).sort()).toEqual([...azusaMembers].sort());
    const { errors } = await lead.graphql(RECORD, {
      id: virtual,
      input: { entries: azusaMembers.map((membershipId) => ({ membershipId, status: 'PRESENT' })) },
    });
    expect(errors).toBeUndefined();
    expect(await attendanceOf(virtual)).toHaveLength(azusaMembers.length);
  });

  it('records an excused absence known in advance for a convening not yet started', async () => {
    const { errors } = await staff.graphql(RECORD, {
      id: upcoming,
      input: { entries: [{ membershipId: upcomingAttendees[0], status: 'EXCUSED' }] },
    });
    expect(errors).toBeUndefined();
    expect(await attendanceOf(upcoming)).toMatchObject([{ status: 'EXCUSED' }]);
  });

  const refusals: {
    title: string;
    client?: () => GraphqlClient;
    convening: () => string;
    entries: () => Entry[];
    code?: string;
    field?: string | (() => string);
    message?: RegExp;
  }[] = [
    {
      title: 'an unknown membership',
      convening: () => hybrid,
      entries: () => [{ membershipId: '00000000-0000-4000-8000-000000000000', status: 'PRESENT' }],
      field: 'input.entries.0.membershipId',
      message: /no Membership has id/,
    },
    {
      title: 'a malformed membership id',
      convening: () => hybrid,
      entries: () => [{ membershipId: 'not-an-id', status: 'PRESENT' }],
      field: 'input.entries.0.membershipId',
    },
    {
      title: 'a member of a team of a cohort the convening is not for',
      convening: () => hybrid,
      entries: () => [
        { membershipId: hybridAttendees[0] as string, status: 'PRESENT' },
        { membershipId: cohortIMember, status: 'PRESENT' },
      ],
      field: 'input.entries.1.membershipId',
      message: /a cohort this convening is not for/,
    },
    {
      title: 'a member who had left the team before the day',
      convening: () => hybrid,
      entries: () => [{ membershipId: endedBefore, status: 'ABSENT' }],
      field: 'input.entries.0.membershipId',
      message:
        /was not on Riverside Unified School District on October 14, 2021.*until June 30, 2021/,
    },
    {
      title: 'a member who joined the team after the day',
      convening: () => hybrid,
      entries: () => [{ membershipId: startedAfter, status: 'ABSENT' }],
      field: 'input.entries.0.membershipId',
      message: /from November 1, 2021/,
    },
    {
      title: 'the same member twice',
      convening: () => hybrid,
      entries: () => [
        { membershipId: hybridAttendees[1] as string, status: 'PRESENT' },
        { membershipId: hybridAttendees[1] as string, status: 'ABSENT' },
      ],
      field: 'input.entries.1.membershipId',
      message: /same membership as entry 0/,
    },
    {
      title: 'a mode at a convening that is not hybrid',
      convening: () => virtual,
      entries: () => [{ membershipId: anaheimMember, status: 'PRESENT', mode: 'ONLINE' }],
      field: 'input.entries.0.mode',
      message: /only for hybrid convenings; this one is Virtual/,
    },
    {
      title: 'a mode for a member who was absent',
      convening: () => hybrid,
      entries: () => [
        { membershipId: hybridAttendees[1] as string, status: 'ABSENT', mode: 'IN_PERSON' },
      ],
      field: 'input.entries.0.mode',
      message: /only for members present/,
    },
    {
      title: 'a member present at a convening not yet started',
      convening: () => upcoming,
      entries: () => [
        { membershipId: upcomingAttendees[1] as string, status: 'EXCUSED' },
        { membershipId: upcomingAttendees[2] as string, status: 'PRESENT' },
      ],
      field: 'input.entries.1.status',
      message: /cannot be .* yet: the convening starts on/,
    },
    {
      title: 'a member absent at a convening not yet started',
      convening: () => upcoming,
      entries: () => [{ membershipId: upcomingAttendees[3] as string, status: 'ABSENT' }],
      field: 'input.entries.0.status',
      message: /only an excused absence known in advance/,
    },
    {
      title: 'no entries',
      convening: () => hybrid,
      entries: () => [],
      field: 'input.entries',
      message: /at least one entry/,
    },
    {
      title: 'one bad entry among many good ones (nothing is written)',
      convening: () => hybrid,
      entries: () => [
        ...hybridAttendees.map((membershipId) => ({ membershipId, status: 'ABSENT' as const })),
        { membershipId: endedBefore, status: 'ABSENT' },
      ],
      field: () => `input.entries.${hybridAttendees.length}.membershipId`,
      message: /was not on/,
    },
    {
      title: "a team lead recording another team's member",
      client: () => lead,
      convening: () => virtual,
      entries: () => [
        { membershipId: azusaMembers[0] as string, status: 'ABSENT' },
        { membershipId: anaheimMember, status: 'ABSENT' },
      ],
      field: 'input.entries.1.membershipId',
      message: /no Membership has id/,
    },
    {
      title: 'a COE liaison (wrong role)',
      client: () => liaison,
      convening: () => hybrid,
      entries: () => [{ membershipId: hybridAttendees[0] as string, status: 'ABSENT' }],
      code: 'FORBIDDEN',
    },
    {
      title: 'the public',
      client: () => context.server.anonymous,
      convening: () => hybrid,
      entries: () => [{ membershipId: hybridAttendees[0] as string, status: 'ABSENT' }],
      code: 'UNAUTHENTICATED',
    },
    {
      title: 'an unknown convening',
      convening: () => '00000000-0000-4000-8000-000000000000',
      entries: () => [{ membershipId: hybridAttendees[0] as string, status: 'ABSENT' }],
      code: 'NOT_FOUND',
      message: /Convening .* was not found/,
    },
  ];

  it.each(refusals)(
    'refuses $title, changing nothing',
    async ({ client, convening, entries, code, field, message }) => {
      const before = await databaseSnapshot(context.server.orm);
      const { data, errors } = await (client?.() ?? staff).graphql(RECORD, {
        id: convening(),
        input: { entries: entries() },
      });
      expect(data?.recordAttendance ?? null).toBeNull();
      expect(errors?.[0]?.extensions?.code).toBe(code ?? 'BAD_USER_INPUT');
      const paths = errors?.[0]?.extensions?.fields?.map((problem) => problem.path) ?? [];
      if (field) expect(paths).toEqual([typeof field === 'function' ? field() : field]);
      if (message) expect(errors?.[0]?.message).toMatch(message);
      expect(await databaseSnapshot(context.server.orm)).toEqual(before);
    },
  );

  it('refuses an API token (read-only), changing nothing', async () => {
    const [api] = await sql<{ id: string }>(
      "select id from account where email = 'api@example.org'",
    );
    const issued = await context.server.graphql<{ issueApiToken: { token: string } }>(
      'mutation ($input: IssueApiTokenInput!) { issueApiToken(input: $input) { token } }',
      {
        input: {
          accountId: api?.id,
          name: 'Attendance test',
          expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
        },
      },
    );
    const client = context.server.withToken(issued.data?.issueApiToken.token ?? '');
    // A token's first use is noted on it; nothing else may change.
    await client.graphql('{ cohorts { totalCount } }');
    const before = await databaseSnapshot(context.server.orm);
    const { errors } = await client.graphql(RECORD, {
      id: hybrid,
      input: { entries: [{ membershipId: hybridAttendees[0], status: 'ABSENT' }] },
    });
    expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await databaseSnapshot(context.server.orm)).toEqual(before);
  });

  it("refuses a team lead's own membership on another team (the write rule), changing nothing", async () => {
    // The lead is also a member of Anaheim's team: they read that membership as their own, but
    // record attendance for their own team only.
    const em = context.server.em();
    const account = await em.findOneOrFail(Account, { email: 'lead@example.org' });
    const membership = await em.findOneOrFail(Membership, anaheimMember);
    account.person = membership.person;
    await em.flush();
    try {
      const before = await databaseSnapshot(context.server.orm);
      const { errors } = await lead.graphql(RECORD, {
        id: virtual,
        input: {
          entries: [{ membershipId: anaheimMember, status: 'PRESENT' }],
        },
      });
      expect(errors?.[0]?.message).toMatch(/not allowed/);
      expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(await databaseSnapshot(context.server.orm)).toEqual(before);
    } finally {
      account.person = null;
      await em.flush();
    }
  });
});
