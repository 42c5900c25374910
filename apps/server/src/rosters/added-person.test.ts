import { beforeAll, describe, expect, it } from 'vitest';
import { type DemoViewers, demoViewers } from '../testing/demo-viewers.js';
import { useTestServer } from '../testing/vitest.js';

const context = useTestServer({ demo: true });

const CREATE_PERSON =
  'mutation ($input: CreatePersonInput!) { createPerson(input: $input) { id } }';
const PERSON = 'query ($id: ID!) { person(id: $id) { id givenName familyName } }';
const PEOPLE = 'query ($q: String!) { people(filter: { q: $q }) { nodes { id } totalCount } }';

let viewers: DemoViewers;
let azusa: string;

beforeAll(async () => {
  viewers = await demoViewers(context.server);
  const [team] = (await context.server
    .em()
    .execute("select id from team where name like 'Azusa%' limit 1")) as { id: string }[];
  if (!team) throw new Error('The demo data has no Azusa team.');
  azusa = team.id;
});

describe('a person a team lead adds, before they join the roster', () => {
  it('is the lead’s to read and pick (and no other scoped viewer’s) until it joins their roster', async () => {
    const created = await viewers.lead.graphql<{ createPerson: { id: string } }>(CREATE_PERSON, {
      input: { givenName: 'Rosa', familyName: 'Nueva', email: 'rosa.nueva@example.org' },
    });
    expect(created.errors).toBeUndefined();
    const id = created.data?.createPerson.id as string;

    const asLead = await viewers.lead.graphql<{ person: { givenName: string } }>(PERSON, { id });
    expect(asLead.data?.person.givenName).toBe('Rosa');
    const picked = await viewers.lead.graphql<{ people: { totalCount: number } }>(PEOPLE, {
      q: 'Nueva',
    });
    expect(picked.data?.people.totalCount).toBe(1);
    // Other scoped viewers neither read nor find a person on none of their teams.
    for (const viewer of [viewers.liaison, viewers.partner]) {
      const read = await viewer.graphql<{ person: null }>(PERSON, { id });
      expect(read.data).toEqual({ person: null });
      // (Liaisons and partners may not search names; a list by id shows nothing either.)
      const found = await viewer.graphql<{ people: { totalCount: number } }>(
        'query ($id: ID!) { people(filter: { ids: [$id] }) { totalCount } }',
        { id },
      );
      expect(found.errors).toBeUndefined();
      expect(found.data?.people.totalCount).toBe(0);
    }

    const joined = await viewers.lead.graphql(
      'mutation ($input: CreateMembershipInput!) { createMembership(input: $input) { id } }',
      {
        input: {
          teamId: azusa,
          personId: id,
          role: 'COMMUNITY_PARTNER',
          startedOn: new Date().toISOString().slice(0, 10),
        },
      },
    );
    expect(joined.errors).toBeUndefined();
    const placed = await viewers.lead.graphql<{ person: { familyName: string } }>(PERSON, { id });
    expect(placed.data?.person.familyName).toBe('Nueva');
  });

  it('is not a person staff added, which the lead does not read', async () => {
    const created = await viewers.staff.graphql<{ createPerson: { id: string } }>(CREATE_PERSON, {
      input: { givenName: 'Tomás', familyName: 'Ajeno' },
    });
    const id = created.data?.createPerson.id as string;
    expect(created.errors).toBeUndefined();
    const read = await viewers.lead.graphql<{ person: null }>(PERSON, { id });
    expect(read.data).toEqual({ person: null });
  });
});
