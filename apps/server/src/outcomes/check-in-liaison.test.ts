import { beforeAll, describe, expect, it } from 'vitest';
import { type DemoViewers, demoViewers } from '../testing/demo-viewers.js';
import { useTestServer } from '../testing/vitest.js';

const context = useTestServer({ demo: true });
let viewers: DemoViewers;

const CHECK_INS = `{ checkIns(limit: 100) { nodes { team { name } liaisonName liaison { id } } } }`;

interface CheckIns {
  checkIns: {
    nodes: { team: { name: string }; liaisonName: string | null; liaison: { id: string } | null }[];
  };
}

/** Issue 14, point 5: the Check-ins list names the liaison for everyone who reads the note. */
describe('a check-in’s liaison', () => {
  beforeAll(async () => {
    viewers = await demoViewers(context.server);
  });

  it('is named to CEI staff, who may not read the liaison’s account itself', async () => {
    const { data, errors } = await viewers.staff.graphql<CheckIns>(CHECK_INS);
    expect(errors).toBeUndefined();
    const riverside = data?.checkIns.nodes.filter(({ team }) =>
      /^(Moreno Valley|Riverside|Val Verde)/.test(team.name),
    );
    expect(riverside?.length).toBe(3);
    // Moreno Valley's is an imported note, with no liaison.
    expect(
      Object.fromEntries(riverside?.map((node) => [node.team.name, node.liaisonName]) ?? []),
    ).toEqual({
      'Moreno Valley Unified School District': null,
      'Riverside Unified School District': 'Demo COE Liaison (Riverside)',
      'Val Verde Unified School District': 'Demo COE Liaison (Riverside)',
    });
    expect(riverside?.map((node) => node.liaison)).toEqual([null, null, null]);
    const azusa = data?.checkIns.nodes.find(({ team }) => team.name.startsWith('Azusa'));
    expect(azusa?.liaisonName).toBeNull();
  });

  it('is named to the liaison on their own notes, and to no one who may not read the note', async () => {
    const { data } = await viewers.liaison.graphql<CheckIns>(CHECK_INS);
    expect(new Set(data?.checkIns.nodes.map((node) => node.liaisonName))).toEqual(
      new Set(['Demo COE Liaison (Riverside)', null]),
    );
    const { data: anonymous } = await context.server.anonymous.graphql(CHECK_INS);
    expect(anonymous).toBeNull();
  });
});
