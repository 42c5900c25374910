import { createHash } from 'node:crypto';
import { PersonKind, TeamRole } from '@cei/domain';
import { ref } from '@mikro-orm/core';
import ICAL from 'ical.js';
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

const CREATE =
  'mutation ($input: CreateCalendarFeedInput!) { createCalendarFeed(input: $input) { url feed { id kind lastFetchedAt cohort { name } person { id } } } }';
const RENEW = 'mutation ($id: ID!) { renewCalendarFeed(id: $id) { url feed { id } } }';
const REVOKE = 'mutation ($id: ID!) { revokeCalendarFeed(id: $id) }';

interface Issued {
  url: string;
  feed: {
    id: string;
    kind: string;
    lastFetchedAt: string | null;
    cohort: { name: string } | null;
    person: { id: string } | null;
  };
}

const { sql } = context;

let staff: GraphqlClient;
let lead: GraphqlClient;
let liaison: GraphqlClient;
let cohortI: string;
/** Someone on Oxnard's team from 1 October to 31 December 2019 only. */
let shortStay: { personId: string };
let azusaPerson: string;
let anaheimPerson: string;

async function issue(client: GraphqlClient, input: Record<string, unknown>): Promise<Issued> {
  const { data, errors } = await client.graphql<{ createCalendarFeed: Issued }>(CREATE, { input });
  if (errors) throw new Error(JSON.stringify(errors));
  return data?.createCalendarFeed as Issued;
}

/** Fetches a feed's file and parses it with ical.js, registering the zone it defines. */
async function fetchCalendar(url: string) {
  const response = await fetch(url);
  const text = await response.text();
  if (response.status !== 200) return { status: response.status, text, events: [] };
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
  return { status: response.status, text, events, response, calendar };
}

beforeAll(async () => {
  const signIn = (email: string) => context.server.signIn(email, DEMO_PASSWORD);
  staff = await signIn('staff@example.org');
  lead = await signIn('lead@example.org');
  liaison = await signIn('liaison@example.org');
  [{ id: cohortI }] = (await sql<{ id: string }>('select id from cohort where number = 1')) as [
    { id: string },
  ];
  const personOn = async (team: string) =>
    (
      await sql<{ id: string }>(
        "select m.person_id as id from membership m join team t on t.id = m.team_id where t.name like ? and m.role = 'SITE_STAFF' limit 1",
        [`${team}%`],
      )
    )[0]?.id as string;
  azusaPerson = await personOn('Azusa');
  anaheimPerson = await personOn('Anaheim');

  const em = context.server.em();
  const oxnard = await em.findOneOrFail(Team, { name: { $like: 'Oxnard%' } });
  const person = em.create(Person, {
    givenName: 'Short',
    familyName: 'Stay',
    kind: PersonKind.PROFESSIONAL,
    email: 'short.stay@example.org',
  });
  em.create(Membership, {
    team: ref(oxnard),
    person: ref(person),
    role: TeamRole.SITE_STAFF,
    startedOn: '2019-10-01',
    endedOn: '2020-01-01',
  });
  await em.flush();
  shortStay = { personId: person.id };
});

describe('calendar feeds', () => {
  it("issues a cohort's feed at a secret URL whose token only its hash is kept of", async () => {
    const issued = await issue(liaison, { cohortId: cohortI });
    expect(issued.feed).toMatchObject({
      kind: 'COHORT',
      cohort: { name: 'Cohort I' },
      person: null,
      lastFetchedAt: null,
    });
    const token = new RegExp(`^${context.server.url}/calendar/([A-Za-z0-9_-]{43})\\.ics$`).exec(
      issued.url,
    )?.[1];
    expect(token).toBeDefined();
    const [stored] = await sql<{ token_hash: string }>(
      'select token_hash from calendar_feed where id = ?',
      [issued.feed.id],
    );
    expect(stored?.token_hash).toBe(
      createHash('sha256')
        .update(token as string)
        .digest('hex'),
    );
    expect(JSON.stringify(await sql('select * from calendar_feed'))).not.toContain(token);
    const [audit] = await sql<{ changes: { tokenHash: unknown[] } }>(
      "select changes from audit_event where entity = 'CalendarFeed' and entity_id = ?",
      [issued.feed.id],
    );
    expect(audit?.changes.tokenHash).toEqual([null, '[redacted]']);
  });

  it("serves a cohort's convenings as iCalendar, in Pacific time, one stable UID each", async () => {
    const issued = await issue(staff, { cohortId: cohortI });
    const { status, events, response, text } = await fetchCalendar(issued.url);
    expect(status).toBe(200);
    expect(response?.headers.get('content-type')).toMatch(/^text\/calendar/);
    const convenings = await sql<{ id: string; starts_at: Date; ends_at: Date; title: string }>(
      `select c.id, c.starts_at, c.ends_at, c.title from convening c join convening_cohort l on l.convening_id = c.id
       where l.cohort_id = ? order by c.starts_at`,
      [cohortI],
    );
    expect(convenings).toHaveLength(8);
    expect(events.map((event) => event.uid)).toEqual(
      convenings.map((convening) => `convening-${convening.id}@cei`),
    );
    const first = events[0] as ICAL.Event;
    // 29 August 2019, 9 a.m. to 3 p.m. Pacific daylight time.
    expect(text).toContain('DTSTART;TZID=America/Los_Angeles:20190829T090000');
    expect(text).toContain('DTEND;TZID=America/Los_Angeles:20190829T150000');
    expect(first.startDate.zone?.tzid).toBe('America/Los_Angeles');
    expect(first.startDate.toJSDate().toISOString()).toBe('2019-08-29T16:00:00.000Z');
    expect(first.endDate.toJSDate().toISOString()).toBe('2019-08-29T22:00:00.000Z');
    // 10 December 2019 is in standard time: 9 a.m. Pacific is 17:00 UTC.
    const december = events.find((event) => event.startDate.month === 12) as ICAL.Event;
    expect(december.startDate.hour).toBe(9);
    expect(december.startDate.toJSDate().toISOString()).toBe('2019-12-10T17:00:00.000Z');
    expect(first.summary).toBe(convenings[0]?.title);
    expect(first.description).toMatch(/Network convening · In person · 2019-20 #1/);
    const [fetched] = await sql<{ last_fetched_at: Date | null }>(
      'select last_fetched_at from calendar_feed where id = ?',
      [issued.feed.id],
    );
    expect(fetched?.last_fetched_at).not.toBeNull();
  });

  it('replaces an event when its convening changes, and defaults its end to six hours', async () => {
    const issued = await issue(staff, { cohortId: cohortI });
    const created = await context.server.graphql<{
      createConvening: { id: string; version: number };
    }>(
      'mutation ($input: CreateConveningInput!) { createConvening(input: $input) { id version } }',
      {
        input: {
          cohortIds: [cohortI],
          programYear: '2020-21',
          number: 1,
          modality: 'HYBRID',
          startsAt: '2020-10-15T16:30:00Z',
          venue: 'Ontario Convention Center',
          videoUrl: 'https://meet.example.org/cohort-i',
        },
      },
    );
    const convening = created.data?.createConvening as { id: string; version: number };
    const uid = `convening-${convening.id}@cei`;
    const before = (await fetchCalendar(issued.url)).events.find((event) => event.uid === uid);
    expect(before?.endDate.toJSDate().toISOString()).toBe('2020-10-15T22:30:00.000Z');
    expect(before?.location).toBe('Ontario Convention Center');
    expect(before?.description).toContain('https://meet.example.org/cohort-i');
    const updated = await context.server.graphql(
      'mutation ($id: ID!, $version: Int!, $input: UpdateConveningInput!) { updateConvening(id: $id, version: $version, input: $input) { id } }',
      { id: convening.id, version: convening.version, input: { title: 'Moved online' } },
    );
    expect(updated.errors).toBeUndefined();
    const after = (await fetchCalendar(issued.url)).events.filter((event) => event.uid === uid);
    expect(after).toHaveLength(1);
    expect(after[0]?.summary).toBe('Moved online');
    expect(after[0]?.sequence).toBeGreaterThan(before?.sequence ?? 0);
  });

  it('renews a feed: the old URL stops working, the new one works', async () => {
    const issued = await issue(staff, { cohortId: cohortI });
    const { data, errors } = await staff.graphql<{ renewCalendarFeed: { url: string } }>(RENEW, {
      id: issued.feed.id,
    });
    expect(errors).toBeUndefined();
    const renewed = data?.renewCalendarFeed.url as string;
    expect(renewed).not.toBe(issued.url);
    expect((await fetchCalendar(issued.url)).status).toBe(404);
    expect((await fetchCalendar(renewed)).status).toBe(200);
  });

  it('revokes a feed: its URL answers 404', async () => {
    const issued = await issue(staff, { cohortId: cohortI });
    const { data, errors } = await staff.graphql<{ revokeCalendarFeed: string }>(REVOKE, {
      id: issued.feed.id,
    });
    expect(errors).toBeUndefined();
    expect(data?.revokeCalendarFeed).toBe(issued.feed.id);
    expect((await fetchCalendar(issued.url)).status).toBe(404);
    expect(await sql('select id from calendar_feed where id = ?', [issued.feed.id])).toEqual([]);
  });

  it('answers 404 for unknown and malformed tokens, and for feeds of a disabled account', async () => {
    const unknown = `${context.server.url}/calendar/${'A'.repeat(43)}.ics`;
    expect((await fetchCalendar(unknown)).status).toBe(404);
    expect((await fetchCalendar(`${context.server.url}/calendar/short.ics`)).status).toBe(404);
    const issued = await issue(liaison, { cohortId: cohortI });
    const em = context.server.em();
    const account = await em.findOneOrFail(Account, { email: 'liaison@example.org' });
    account.disabledAt = new Date();
    await em.flush();
    try {
      expect((await fetchCalendar(issued.url)).status).toBe(404);
    } finally {
      account.disabledAt = null;
      await em.flush();
    }
    expect((await fetchCalendar(issued.url)).status).toBe(200);
  });

  it("serves a person's convenings only while they were on a team, and no one else's data", async () => {
    const issued = await issue(staff, { personId: shortStay.personId });
    expect(issued.feed).toMatchObject({ kind: 'PERSON', person: { id: shortStay.personId } });
    const { events, text } = await fetchCalendar(issued.url);
    // On Oxnard's team from 1 October 2019 to 31 December 2019: two of Cohort I's dates.
    expect(events.map((event) => event.startDate.toString().slice(0, 10))).toEqual([
      '2019-10-29',
      '2019-12-10',
    ]);
    expect(text).not.toMatch(/ATTENDEE|ORGANIZER|CONTACT/);
    expect(text).not.toContain('Stay');
  });

  it("lets a team lead subscribe to a member of their own team's roster", async () => {
    const issued = await issue(lead, { personId: azusaPerson });
    const { events } = await fetchCalendar(issued.url);
    expect(events.length).toBeGreaterThanOrEqual(8);
  });

  it('lets anyone subscribe to their own convenings', async () => {
    const em = context.server.em();
    const account = await em.findOneOrFail(Account, { email: 'liaison@example.org' });
    account.person = ref(Person, shortStay.personId);
    await em.flush();
    let url = '';
    try {
      url = (await issue(liaison, { personId: shortStay.personId })).url;
      expect((await fetchCalendar(url)).events).toHaveLength(2);
    } finally {
      account.person = null;
      await em.flush();
    }
    // Once the owner may no longer read the person, the feed stops with their access.
    expect((await fetchCalendar(url)).status).toBe(404);
  });

  it('lists only your own feeds, even for a CEI admin', async () => {
    const mine = await issue(context.server, { cohortId: cohortI });
    const query = '{ calendarFeeds { id kind } }';
    const list = async (client: GraphqlClient) =>
      (
        (await client.graphql<{ calendarFeeds: { id: string }[] }>(query)).data?.calendarFeeds ?? []
      ).map((feed) => feed.id);
    const owned = async (email: string) =>
      (
        await sql<{ id: string }>(
          'select f.id from calendar_feed f join account a on a.id = f.owner_id where a.email = ? order by f.created_at, f.id',
          [email],
        )
      ).map((row) => row.id);
    expect(await list(context.server)).toEqual([mine.feed.id]);
    expect(await list(staff)).toEqual(await owned('staff@example.org'));
    expect((await list(staff)).length).toBeGreaterThan(2);
    expect(await list(liaison)).toEqual(await owned('liaison@example.org'));
    expect((await context.server.anonymous.graphql(query)).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it("lets a CEI admin revoke someone else's feed", async () => {
    const issued = await issue(staff, { cohortId: cohortI });
    const { errors } = await context.server.graphql(REVOKE, { id: issued.feed.id });
    expect(errors).toBeUndefined();
    expect((await fetchCalendar(issued.url)).status).toBe(404);
  });

  const refusals: {
    title: string;
    client: () => GraphqlClient;
    mutation: string;
    variables: () => Promise<Record<string, unknown>> | Record<string, unknown>;
    code: string;
    field?: string;
    message?: RegExp;
  }[] = [
    {
      title: 'both a cohort and a person',
      client: () => staff,
      mutation: CREATE,
      variables: () => ({ input: { cohortId: cohortI, personId: azusaPerson } }),
      code: 'BAD_USER_INPUT',
      field: 'input',
      message: /either a cohort or a person, not both/,
    },
    {
      title: 'neither a cohort nor a person',
      client: () => staff,
      mutation: CREATE,
      variables: () => ({ input: {} }),
      code: 'BAD_USER_INPUT',
      field: 'input',
    },
    {
      title: 'an unknown cohort',
      client: () => staff,
      mutation: CREATE,
      variables: () => ({ input: { cohortId: '00000000-0000-4000-8000-000000000000' } }),
      code: 'BAD_USER_INPUT',
      field: 'input.cohortId',
    },
    {
      title: 'a malformed person id',
      client: () => staff,
      mutation: CREATE,
      variables: () => ({ input: { personId: 'someone' } }),
      code: 'BAD_USER_INPUT',
      field: 'input.personId',
    },
    {
      title: "a liaison subscribing to someone else's convenings",
      client: () => liaison,
      mutation: CREATE,
      variables: () => ({ input: { personId: azusaPerson } }),
      code: 'FORBIDDEN',
      message: /your own convenings/,
    },
    {
      title: "a team lead subscribing to a person on another team's roster",
      client: () => lead,
      mutation: CREATE,
      variables: () => ({ input: { personId: anaheimPerson } }),
      code: 'BAD_USER_INPUT',
      field: 'input.personId',
    },
    {
      title: 'the public',
      client: () => context.server.anonymous,
      mutation: CREATE,
      variables: () => ({ input: { cohortId: cohortI } }),
      code: 'UNAUTHENTICATED',
    },
    {
      title: "renewing someone else's feed",
      client: () => liaison,
      mutation: RENEW,
      variables: async () => ({ id: (await issue(staff, { cohortId: cohortI })).feed.id }),
      code: 'FORBIDDEN',
    },
    {
      title: "revoking someone else's feed",
      client: () => lead,
      mutation: REVOKE,
      variables: async () => ({ id: (await issue(staff, { cohortId: cohortI })).feed.id }),
      code: 'FORBIDDEN',
    },
    {
      title: 'renewing a feed that does not exist (as an admin)',
      client: () => context.server,
      mutation: RENEW,
      variables: () => ({ id: '00000000-0000-4000-8000-000000000000' }),
      code: 'NOT_FOUND',
    },
  ];

  it.each(refusals)(
    'refuses $title, changing nothing',
    async ({ client, mutation, variables, code, field, message }) => {
      const values = await variables();
      const before = await databaseSnapshot(context.server.orm);
      const { data, errors } = await client().graphql(mutation, values);
      expect(data ?? null).toBeNull();
      expect(errors?.[0]?.extensions?.code).toBe(code);
      if (field) expect(errors?.[0]?.extensions?.fields?.map((f) => f.path)).toEqual([field]);
      if (message) expect(errors?.[0]?.message).toMatch(message);
      expect(await databaseSnapshot(context.server.orm)).toEqual(before);
    },
  );

  it('refuses an API token (read-only)', async () => {
    const [api] = await sql<{ id: string }>(
      "select id from account where email = 'api@example.org'",
    );
    const issued = await context.server.graphql<{ issueApiToken: { token: string } }>(
      'mutation ($input: IssueApiTokenInput!) { issueApiToken(input: $input) { token } }',
      {
        input: {
          accountId: api?.id,
          name: 'Calendar test',
          expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
        },
      },
    );
    const { errors } = await context.server
      .withToken(issued.data?.issueApiToken.token ?? '')
      .graphql(CREATE, { input: { cohortId: cohortI } });
    expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(
      await sql(
        "select f.id from calendar_feed f join account a on a.id = f.owner_id where a.email = 'api@example.org'",
      ),
    ).toEqual([]);
  });
});
