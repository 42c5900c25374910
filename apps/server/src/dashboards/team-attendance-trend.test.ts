import { beforeAll, describe, expect, it } from 'vitest';
import { type DemoViewers, demoViewers } from '../testing/demo-viewers.js';
import { useTestServer } from '../testing/vitest.js';

const context = useTestServer({ demo: true });
let viewers: DemoViewers;

const TREND = `query ($name: String!) {
  teams(filter: { q: $name }) {
    nodes { name attendanceTrend { convening { title } attendanceSummary { present absent excused rate } } }
  }
}`;

interface Trend {
  teams: {
    nodes: {
      name: string;
      attendanceTrend: {
        convening: { title: string } | null;
        attendanceSummary: { present: number; absent: number; excused: number; rate: number };
      }[];
    }[];
  };
}

/** The team's own rates per convening, as the database counts them (the expectation). */
async function expectedRates(team: string) {
  return (await context.server.em().execute(
    `select c.title,
       (count(*) filter (where a.status = 'PRESENT'))::int as present,
       (count(*) filter (where a.status = 'ABSENT'))::int as absent,
       (count(*) filter (where a.status = 'EXCUSED'))::int as excused
     from attendance a join membership m on m.id = a.membership_id join team t on t.id = m.team_id
     join convening c on c.id = a.convening_id
     where t.name like ? group by c.title, c.starts_at order by c.starts_at`,
    [`${team}%`],
  )) as { title: string; present: number; absent: number; excused: number }[];
}

async function trendOf(viewer: keyof DemoViewers | 'public', team: string) {
  const client = viewer === 'public' ? context.server.anonymous : viewers[viewer];
  const { data, errors } = await client.graphql<Trend>(TREND, { name: team });
  expect(errors).toBeUndefined();
  return (data?.teams.nodes[0]?.attendanceTrend ?? []).map(({ convening, attendanceSummary }) => ({
    title: convening?.title,
    present: attendanceSummary.present,
    absent: attendanceSummary.absent,
    excused: attendanceSummary.excused,
  }));
}

describe('a team’s attendance per convening', () => {
  beforeAll(async () => {
    viewers = await demoViewers(context.server);
  });

  it('is shown to the liaison who covers the team, its own members only, and to staff', async () => {
    const expected = await expectedRates('Val Verde');
    expect(expected.length).toBe(5);
    expect(await trendOf('liaison', 'Val Verde')).toEqual(expected);
    expect(await trendOf('staff', 'Val Verde')).toEqual(expected);
  });

  it('puts the demo’s Val Verde team under 60% and the liaison’s other teams above it', async () => {
    const rate = (rows: Awaited<ReturnType<typeof expectedRates>>) => {
      const present = rows.reduce((sum, row) => sum + row.present, 0);
      const absent = rows.reduce((sum, row) => sum + row.absent, 0);
      return present / (present + absent);
    };
    expect(rate(await expectedRates('Val Verde'))).toBeLessThan(0.6);
    expect(rate(await expectedRates('Riverside Unified'))).toBeGreaterThan(0.75);
  });

  it('is nothing for a viewer who does not cover the team, and for the public', async () => {
    // The Azusa team lead covers Azusa only; the Riverside liaison does not cover Azusa.
    expect(await trendOf('lead', 'Val Verde')).toEqual([]);
    expect(await trendOf('liaison', 'Azusa')).toEqual([]);
    expect(await trendOf('public', 'Val Verde')).toEqual([]);
    expect((await trendOf('lead', 'Azusa')).length).toBe(8);
  });
});
