import { describe, expect, it } from 'vitest';
import { useTestServer } from '../testing/vitest.js';

const context = useTestServer({ demo: true });

const { sql } = context;

/**
 * What the database keeps in the transaction of each write (attendance tallies, teams' county
 * offices), and the same recomputed from the rows it follows.
 */
const KEPT = {
  team: {
    kept: 'select team_id, program_year, present, absent, excused from team_attendance_tally',
    recomputed: `select m.team_id, c.program_year,
        (count(*) filter (where a.status = 'PRESENT'))::int as present,
        (count(*) filter (where a.status = 'ABSENT'))::int as absent,
        (count(*) filter (where a.status = 'EXCUSED'))::int as excused
      from attendance a join membership m on m.id = a.membership_id
      join convening c on c.id = a.convening_id group by 1, 2`,
  },
  person: {
    kept: 'select team_id, program_year, person_id, records from team_attendance_person',
    recomputed: `select m.team_id, c.program_year, m.person_id, count(*)::int as records
      from attendance a join membership m on m.id = a.membership_id
      join convening c on c.id = a.convening_id group by 1, 2, 3`,
  },
  cohort: {
    kept: 'select cohort_id, program_year, present, absent, excused from cohort_attendance_tally',
    recomputed: `select t.cohort_id, c.program_year,
        (count(*) filter (where a.status = 'PRESENT'))::int as present,
        (count(*) filter (where a.status = 'ABSENT'))::int as absent,
        (count(*) filter (where a.status = 'EXCUSED'))::int as excused
      from attendance a join membership m on m.id = a.membership_id
      join team t on t.id = m.team_id
      join convening c on c.id = a.convening_id group by 1, 2`,
  },
  'team county office': {
    kept: 'select team_id, county_office_id, team_name from team_county_office',
    recomputed: `select t.id as team_id, l.county_office_id, t.name as team_name from team t
        join organization l on l.id = t.lead_lea_id where l.county_office_id is not null
      union
      select tl.team_id, l.county_office_id, t.name from team_lea tl join team t on t.id = tl.team_id
        join organization l on l.id = tl.lea_id where l.county_office_id is not null`,
  },
};

async function sorted(query: string): Promise<string[]> {
  return (await sql(query)).map((row) => JSON.stringify(row)).sort();
}

/** `replay`: how to replay the writes before a mismatch (their generator's seed). */
async function expectKeptMatchesRecords(replay = ''): Promise<void> {
  for (const [name, { kept, recomputed }] of Object.entries(KEPT)) {
    expect(await sorted(kept), `${name} ${replay}`).toEqual(await sorted(recomputed));
  }
}

/** A small seeded generator, so a failing sequence can be replayed. */
function seeded(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STATUSES = ['PRESENT', 'ABSENT', 'EXCUSED'];
const YEARS = ['2019-20', '2020-21', '2021-22', '2022-23'];

/** Every kind of write that changes what the database keeps, each picking its rows at random. */
const writes: Record<string, (pick: <T>(list: T[]) => T) => Promise<unknown>> = {
  'records a mark': async (pick) => {
    const [membership] = await sql<{ id: string }>(
      'select id from membership order by random() limit 1',
    );
    const [convening] = await sql<{ id: string }>(
      'select id from convening order by random() limit 1',
    );
    return sql(
      `insert into attendance (id, version, created_at, updated_at, convening_id, membership_id, status)
       values (gen_random_uuid(), 1, now(), now(), ?, ?, ?) on conflict do nothing`,
      [convening?.id, membership?.id, pick(STATUSES)],
    );
  },
  'changes a mark': (pick) =>
    sql(
      'update attendance set status = ? where id = (select id from attendance order by random() limit 1)',
      [pick(STATUSES)],
    ),
  'moves a mark to another member': () =>
    sql(
      `update attendance set membership_id = (select id from membership order by random() limit 1)
       where id = (select id from attendance order by random() limit 1)`,
    ),
  'deletes a mark': () =>
    sql('delete from attendance where id = (select id from attendance order by random() limit 1)'),
  'moves a convening to another program year': (pick) =>
    sql(
      'update convening set program_year = ? where id = (select id from convening order by random() limit 1)',
      [pick(YEARS)],
    ),
  'moves a membership to another team and person': () =>
    sql(
      `update membership set team_id = (select id from team order by random() limit 1),
         person_id = (select id from person order by random() limit 1)
       where id = (select id from membership order by random() limit 1)`,
    ),
  'moves a team to another cohort': () =>
    sql(
      `update team set cohort_id = (select id from cohort order by random() limit 1)
       where id = (select id from team order by random() limit 1)`,
    ),
  'deletes a membership': () =>
    sql(
      `delete from membership where id = (select m.id from membership m
         where not exists (select 1 from reimbursement r where r.membership_id = m.id)
         order by random() limit 1)`,
    ),
  'renames a team': () =>
    sql(
      `update team set name = name || ' (renamed)'
       where id = (select id from team order by random() limit 1)`,
    ),
  'moves a team to another lead LEA': () =>
    sql(
      `update team set lead_lea_id = (select id from organization where kind = 'LEA' order by random() limit 1)
       where id = (select id from team order by random() limit 1)`,
    ),
  'adds a member LEA to a team': () =>
    sql(
      `insert into team_lea (id, version, created_at, updated_at, team_id, lea_id)
       values (gen_random_uuid(), 1, now(), now(), (select id from team order by random() limit 1),
         (select id from organization where kind = 'LEA' order by random() limit 1))
       on conflict do nothing`,
    ),
  'moves a member LEA to another team': () =>
    sql(
      `update team_lea set team_id = (select id from team order by random() limit 1)
       where id = (select id from team_lea order by random() limit 1)`,
    ),
  'removes a member LEA': () =>
    sql('delete from team_lea where id = (select id from team_lea order by random() limit 1)'),
  'moves an LEA to another county office': () =>
    sql(
      `update organization set county_office_id =
         (select id from organization where kind = 'COUNTY_OFFICE' order by random() limit 1)
       where id = (select id from organization where kind = 'LEA' order by random() limit 1)`,
    ),
  'starts a team': () =>
    sql(
      `insert into team (id, version, created_at, updated_at, cohort_id, name, lead_lea_id, joined_on)
       values (gen_random_uuid(), 1, now(), now(), (select id from cohort order by random() limit 1),
         'New team', (select id from organization where kind = 'LEA' order by random() limit 1),
         '2024-07-01')
       on conflict do nothing`,
    ),
  // Only a team with nothing recorded yet can go (its records keep it).
  'deletes a team': () =>
    sql(
      `delete from team where id = (select t.id from team t
         where not exists (select 1 from membership m where m.team_id = t.id)
           and not exists (select 1 from stipend s where s.team_id = t.id)
           and not exists (select 1 from measurement s where s.team_id = t.id)
           and not exists (select 1 from check_in s where s.team_id = t.id)
         order by random() limit 1)`,
    ),
  'deletes a convening': () =>
    sql('delete from convening where id = (select id from convening order by random() limit 1)'),
  'undoes a transaction that recorded marks': async (pick) => {
    const em = context.server.em();
    await em
      .transactional(async (tx) => {
        await tx.execute(`update attendance set status = ?`, [pick(STATUSES)]);
        throw new Error('rolled back');
      })
      .catch(() => undefined);
  },
};

describe('attendance tallies and team county offices kept by the database', () => {
  it('equal the records recomputed, after the demo data is loaded', async () => {
    for (const table of ['team_attendance_tally', 'team_county_office']) {
      const [{ count } = { count: 0 }] = await sql<{ count: number }>(
        `select count(*)::int as count from ${table}`,
      );
      expect(count, table).toBeGreaterThan(0);
    }
    await expectKeptMatchesRecords();
  });

  it('equal the records recomputed after 400 random writes of every kind', async () => {
    const seed = Date.now() % 100_000;
    const random = seeded(seed);
    const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)] as T;
    const kinds = Object.keys(writes);
    const done = new Set<string>();
    for (let step = 0; step < 400; step++) {
      const kind = pick(kinds);
      // A write refused by a constraint (e.g. a team moved into a cohort its LEA already has a
      // team in) changes nothing, which the tallies must also show.
      await writes[kind]?.(pick).catch(() => undefined);
      done.add(kind);
      if (step % 50 === 49) await expectKeptMatchesRecords(`after step ${step} of seed ${seed}`);
    }
    expect([...done].sort(), `seed ${seed}`).toEqual(kinds.sort());
    await expectKeptMatchesRecords(`at the end of seed ${seed}`);
  });
});
