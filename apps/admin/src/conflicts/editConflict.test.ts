import { ApolloClient, ApolloLink, gql, InMemoryCache } from '@apollo/client';
import { of } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { ConflictNotSaved, createDataProvider } from '../data/dataProvider';
import { defineResource } from '../data/resource';
import type { ConflictChoice, EditConflict } from './conflictBroker';
import { conflictRows, displayValue } from './editConflict';

const teams = defineResource({
  name: 'teams',
  type: 'Team',
  fragment: gql`
    fragment TeamFields on Team {
      id
      version
      name
      status
      joinedOn
      cohort { id name }
      memberLeas { id name }
    }
  `,
  sortFields: [],
  filters: [],
  inputs: { update: ['name', 'status', 'joinedOn', 'memberLeaIds'] },
});

const base = {
  id: 't1',
  version: 1,
  name: 'Azusa',
  status: 'ACTIVE',
  joinedOn: '2021-08-01',
  cohort: { id: 'c1', name: 'Cohort II' },
  memberLeas: [{ id: 'l1', name: 'Azusa Unified' }],
};
/** Someone else renamed the team and changed its join date (version 2). */
const theirs = { ...base, version: 2, name: 'Azusa USD', joinedOn: '2021-09-01' };

/** A server whose first update answers CONFLICT, then accepts; lookups answer `theirs`. */
function conflictingServer() {
  const calls: { operationName?: string; variables: Record<string, unknown> }[] = [];
  let updates = 0;
  const link = new ApolloLink((operation) => {
    calls.push({ operationName: operation.operationName, variables: operation.variables });
    if (operation.operationName === 'Team') return of({ data: { record: theirs } });
    updates += 1;
    if (updates === 1) {
      return of({
        errors: [
          { message: 'Team t1 was changed by someone else', extensions: { code: 'CONFLICT' } },
        ],
      });
    }
    const { version, input } = operation.variables as {
      version: number;
      input: Record<string, unknown>;
    };
    return of({ data: { record: { ...theirs, ...input, version: version + 1 } } });
  });
  return { client: new ApolloClient({ link, cache: new InMemoryCache() }), calls };
}

function providerChoosing(choice: ConflictChoice) {
  const server = conflictingServer();
  const asked: EditConflict[] = [];
  const provider = createDataProvider(server.client, [teams], {
    onConflict: async (conflict) => {
      asked.push(conflict);
      return choice;
    },
  });
  /** The user saw version 1 and changed the status only. */
  const save = () =>
    provider.update('teams', {
      id: 't1',
      data: { ...base, cohortId: 'c1', memberLeaIds: ['l1'], status: 'WITHDRAWN' },
      previousData: base,
    });
  return { ...server, asked, save };
}

const updates = (calls: { operationName?: string; variables: Record<string, unknown> }[]) =>
  calls.filter((call) => call.operationName === 'UpdateTeam').map((call) => call.variables);

describe('an update that meets a newer version', () => {
  it('shows both versions and, on "apply mine", sends the user’s changes over theirs', async () => {
    const { asked, calls, save } = providerChoosing('mine');
    const { data } = await save();
    expect(asked).toHaveLength(1);
    expect(asked[0]?.theirs).toMatchObject({ version: 2, name: 'Azusa USD' });
    expect(updates(calls)).toEqual([
      { id: 't1', version: 1, input: { status: 'WITHDRAWN' } },
      { id: 't1', version: 2, input: { status: 'WITHDRAWN' } },
    ]);
    // Their rename and date stay; the user's status is applied.
    expect(data).toMatchObject({ version: 3, name: 'Azusa USD', status: 'WITHDRAWN' });
  });

  it('on "keep theirs" saves nothing and says so', async () => {
    const { calls, save } = providerChoosing('theirs');
    const error = await save().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConflictNotSaved);
    expect(error).toMatchObject({ message: 'cei.conflicts.notSavedTheirs', status: 409 });
    expect(updates(calls)).toHaveLength(1);
  });

  it('on "back to my form" saves nothing', async () => {
    const { calls, save } = providerChoosing('cancel');
    await expect(save()).rejects.toMatchObject({ message: 'cei.conflicts.notSaved' });
    expect(updates(calls)).toHaveLength(1);
  });

  it('without a dialog to ask is the server’s CONFLICT error', async () => {
    const server = conflictingServer();
    const provider = createDataProvider(server.client, [teams]);
    await expect(
      provider.update('teams', { id: 't1', data: { ...base, name: 'X' }, previousData: base }),
    ).rejects.toMatchObject({ status: 409, body: { code: 'CONFLICT' } });
  });
});

describe('the comparison', () => {
  const conflict: EditConflict = {
    resource: 'teams',
    type: 'Team',
    id: 't1',
    fields: ['name', 'status', 'joinedOn', 'memberLeaIds'],
    base: { ...base, memberLeaIds: ['l1'] },
    mine: { ...base, memberLeaIds: ['l1'], name: 'Azusa Team', status: 'WITHDRAWN' },
    theirs: { ...theirs, memberLeaIds: ['l1'] },
  };
  const words = { empty: '(empty)', yes: 'Yes', no: 'No' };

  it('lists each field that differs, with who changed it', () => {
    expect(conflictRows(conflict)).toEqual([
      { field: 'name', mine: 'Azusa Team', theirs: 'Azusa USD', changedBy: 'both' },
      { field: 'status', mine: 'WITHDRAWN', theirs: 'ACTIVE', changedBy: 'you' },
      { field: 'joinedOn', mine: '2021-08-01', theirs: '2021-09-01', changedBy: 'them' },
    ]);
  });

  it.each([
    ['status', 'WITHDRAWN', 'en', 'Withdrawn'],
    ['status', 'WITHDRAWN', 'es', 'Retirado'],
    ['joinedOn', '2021-09-01', 'en', 'Sep 1, 2021'],
    ['memberLeaIds', ['l1'], 'en', 'Azusa Unified'],
    ['memberLeaIds', ['l9'], 'en', 'l9'],
    ['name', '', 'en', '(empty)'],
  ] as const)('shows %s %j in %s as %s', (field, value, language, shown) => {
    expect(displayValue(conflict, field, value, language, words)).toBe(shown);
  });
});
