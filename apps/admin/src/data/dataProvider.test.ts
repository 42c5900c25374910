import { ApolloClient, ApolloLink, gql, InMemoryCache } from '@apollo/client';
import { type DocumentNode, print } from 'graphql';
import type { HttpError } from 'react-admin';
import { Observable, of } from 'rxjs';
import { describe, expect, it, vi } from 'vitest';
import { createDataProvider } from './dataProvider';
import { defineResource } from './resource';

const teams = defineResource({
  name: 'teams',
  type: 'Team',
  fragment: gql`
    fragment TeamFields on Team {
      id
      version
      name
      joinedOn
      cohort { id name }
      memberLeas { id name }
    }
  `,
  sortFields: ['name', 'joinedOn'],
  filters: ['q', 'cohortId', 'status'],
  inputs: {
    create: ['name', 'cohortId', 'joinedOn', 'memberLeaIds'],
    update: ['name', 'joinedOn', 'memberLeaIds'],
  },
});

const deliverables = defineResource({
  name: 'deliverables',
  type: 'Deliverable',
  fragment: gql`fragment DeliverableFields on Deliverable { id version title }`,
  sortFields: [],
  filters: [],
});

const accounts = defineResource({
  name: 'accounts',
  type: 'Account',
  fragment: gql`fragment AccountFields on Account { id version email disabledAt }`,
  sortFields: [],
  filters: [],
  inputs: { create: ['email'], update: ['disabled'], deletable: false },
  normalize: (record) => ({ ...record, disabled: record.disabledAt != null }),
});

interface Call {
  operationName: string | undefined;
  variables: Record<string, unknown>;
  query: string;
}

/** A provider whose server answers every operation with `respond`, recording what was sent. */
function providerAnswering(respond: (call: Call) => Record<string, unknown>) {
  const calls: Call[] = [];
  const link = new ApolloLink((operation) => {
    const call = {
      operationName: operation.operationName,
      variables: operation.variables,
      query: print(operation.query as DocumentNode),
    };
    calls.push(call);
    const response = respond(call);
    if (response instanceof Error)
      return new Observable((subscriber) => subscriber.error(response));
    return of(response);
  });
  const client = new ApolloClient({ link, cache: new InMemoryCache() });
  return { provider: createDataProvider(client, [teams, deliverables, accounts]), calls };
}

const team = {
  __typename: 'Team',
  id: 't1',
  version: 3,
  name: 'Azusa Unified',
  joinedOn: '2019-08-01',
  cohort: { __typename: 'Cohort', id: 'c1', name: 'Cohort I' },
  memberLeas: [{ __typename: 'Organization', id: 'o2', name: 'Other USD' }],
};

function badInput(fields: { path: string; message: string }[]) {
  return {
    errors: [
      {
        message: `Invalid input: ${fields.map((field) => `${field.path} ${field.message}`).join('; ')}.`,
        extensions: { code: 'BAD_USER_INPUT', fields },
      },
    ],
  };
}

describe('the data provider', () => {
  it('lists a page with the filter, the sort as an order enum, offset and limit', async () => {
    const { provider, calls } = providerAnswering(() => ({
      data: { page: { __typename: 'TeamPage', nodes: [team], totalCount: 31 } },
    }));
    const result = await provider.getList('teams', {
      pagination: { page: 3, perPage: 10 },
      sort: { field: 'joinedOn', order: 'DESC' },
      filter: { cohortId: 'c1', q: 'azusa', status: '' },
    });
    expect(calls[0]?.operationName).toBe('Teams');
    expect(calls[0]?.query).toContain('teams(filter: $filter, orderBy: $orderBy');
    expect(calls[0]?.query).toContain('fragment TeamFields on Team');
    expect(calls[0]?.variables).toEqual({
      filter: { cohortId: 'c1', q: 'azusa' },
      orderBy: [{ field: 'JOINED_ON', direction: 'DESC' }],
      offset: 20,
      limit: 10,
    });
    expect(result.total).toBe(31);
    expect(result.data[0]).toMatchObject({ id: 't1', cohortId: 'c1', memberLeaIds: ['o2'] });
  });

  it('leaves out the order when the sort field is not sortable on the server', async () => {
    const { provider, calls } = providerAnswering(() => ({
      data: { page: { nodes: [], totalCount: 0 } },
    }));
    await provider.getList('teams', {
      pagination: { page: 1, perPage: 25 },
      sort: { field: 'id', order: 'ASC' },
      filter: {},
    });
    expect(calls[0]?.variables).not.toHaveProperty('orderBy');
  });

  it('caps a page at the 100 records the schema allows', async () => {
    const { provider, calls } = providerAnswering(() => ({
      data: { page: { nodes: [], totalCount: 0 } },
    }));
    await provider.getList('teams', {
      pagination: { page: 1, perPage: 500 },
      sort: { field: 'name', order: 'ASC' },
      filter: {},
    });
    expect(calls[0]?.variables).toMatchObject({ limit: 100, offset: 0 });
  });

  it('leaves out filters the resource does not declare', async () => {
    const { provider, calls } = providerAnswering(() => ({
      data: { page: { nodes: [], totalCount: 0 } },
    }));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await provider.getList('teams', {
      pagination: { page: 1, perPage: 25 },
      sort: { field: 'name', order: 'ASC' },
      filter: { cohortId: 'c1', retiredFilter: 'x' },
    });
    expect(calls[0]?.variables).toMatchObject({ filter: { cohortId: 'c1' } });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('retiredFilter'));
    warn.mockRestore();
  });

  it('gets many records by their ids through the list filter', async () => {
    const { provider, calls } = providerAnswering(() => ({
      data: { page: { nodes: [team], totalCount: 1 } },
    }));
    const { data } = await provider.getMany('teams', { ids: ['t1'] });
    expect(calls[0]?.variables).toEqual({ filter: { ids: ['t1'] }, limit: 1 });
    expect(data.map((record) => record.id)).toEqual(['t1']);
  });

  it('gets the records referring to another through the list filter named for the target', async () => {
    const { provider, calls } = providerAnswering(() => ({
      data: { page: { nodes: [team], totalCount: 1 } },
    }));
    await provider.getManyReference('teams', {
      target: 'cohortId',
      id: 'c1',
      pagination: { page: 1, perPage: 25 },
      sort: { field: 'name', order: 'ASC' },
      filter: { status: 'ACTIVE' },
    });
    expect(calls[0]?.variables).toMatchObject({ filter: { status: 'ACTIVE', cohortId: 'c1' } });
  });

  it('gets one record through the lookup query', async () => {
    const { provider, calls } = providerAnswering(() => ({ data: { record: team } }));
    const { data } = await provider.getOne('teams', { id: 't1' });
    expect(calls[0]?.query).toContain('team(id: $id)');
    expect(data).toMatchObject({ id: 't1', name: 'Azusa Unified', cohortId: 'c1' });
  });

  it('answers 404 when the lookup finds nothing', async () => {
    const { provider } = providerAnswering(() => ({ data: { record: null } }));
    await expect(provider.getOne('teams', { id: 'nope' })).rejects.toMatchObject({ status: 404 });
  });

  it('creates with the declared input fields only', async () => {
    const { provider, calls } = providerAnswering(() => ({ data: { record: team } }));
    await provider.create('teams', {
      data: {
        name: 'Azusa Unified',
        cohortId: 'c1',
        joinedOn: '2019-08-01',
        status: undefined,
        extra: 1,
      },
    });
    expect(calls[0]?.operationName).toBe('CreateTeam');
    expect(calls[0]?.variables).toEqual({
      input: { name: 'Azusa Unified', cohortId: 'c1', joinedOn: '2019-08-01' },
    });
  });

  it('updates with the version the user saw and only the fields that changed', async () => {
    const { provider, calls } = providerAnswering(() => ({
      data: { record: { ...team, name: 'Azusa USD', version: 4 } },
    }));
    const previousData = { ...team, cohortId: 'c1', memberLeaIds: ['o2'] };
    const { data } = await provider.update('teams', {
      id: 't1',
      data: { ...previousData, name: 'Azusa USD', memberLeaIds: ['o2'] },
      previousData,
    });
    expect(calls[0]?.operationName).toBe('UpdateTeam');
    expect(calls[0]?.variables).toEqual({ id: 't1', version: 3, input: { name: 'Azusa USD' } });
    expect(data).toMatchObject({ name: 'Azusa USD', version: 4 });
  });

  it('sends a cleared field as null', async () => {
    const { provider, calls } = providerAnswering(() => ({ data: { record: team } }));
    const previousData = { ...team, cohortId: 'c1', memberLeaIds: ['o2'] };
    await provider.update('teams', {
      id: 't1',
      data: { ...previousData, memberLeaIds: [] },
      previousData,
    });
    expect(calls[0]?.variables).toMatchObject({ input: { memberLeaIds: [] } });
  });

  it('deletes by id and answers with the deleted record', async () => {
    const { provider, calls } = providerAnswering(() => ({ data: { id: 't1' } }));
    const { data } = await provider.delete('teams', { id: 't1', previousData: team });
    expect(calls[0]?.query).toContain('deleteTeam(id: $id)');
    expect(data).toMatchObject({ id: 't1', name: 'Azusa Unified' });
  });

  it('reshapes records as the resource asks, and compares an update with the reshaped record', async () => {
    const account = { __typename: 'Account', id: 'a1', version: 2, email: 'a@example.org' };
    const { provider, calls } = providerAnswering((call) =>
      call.operationName === 'Account'
        ? { data: { record: { ...account, disabledAt: null } } }
        : { data: { record: { ...account, version: 3, disabledAt: '2025-01-01T00:00:00Z' } } },
    );
    const { data: previousData } = await provider.getOne('accounts', { id: 'a1' });
    expect(previousData).toMatchObject({ disabled: false });
    const { data } = await provider.update('accounts', {
      id: 'a1',
      data: { ...previousData, disabled: true },
      previousData,
    });
    expect(calls[1]?.variables).toEqual({ id: 'a1', version: 2, input: { disabled: true } });
    expect(data).toMatchObject({ disabled: true });
  });

  it('refuses to delete a record the schema never deletes, without asking the server', async () => {
    const { provider, calls } = providerAnswering(() => ({ data: {} }));
    await expect(provider.delete('accounts', { id: 'a1' })).rejects.toMatchObject({ status: 405 });
    expect(calls).toHaveLength(0);
  });

  it('runs an operation of its own, as a mutation when it is one', async () => {
    const { provider, calls } = providerAnswering(() => ({
      data: { revokeApiToken: { id: 't1' } },
    }));
    const document = gql`mutation RevokeApiToken($id: ID!) { revokeApiToken(id: $id) { id } }`;
    await expect(provider.execute(document, { id: 't1' })).resolves.toMatchObject({
      revokeApiToken: { id: 't1' },
    });
    expect(calls[0]).toMatchObject({ operationName: 'RevokeApiToken', variables: { id: 't1' } });
  });

  it('maps the errors of an operation of its own as any other', async () => {
    const { provider } = providerAnswering(() =>
      badInput([{ path: 'input.expiresAt', message: 'must be within a year' }]),
    );
    const document = gql`mutation IssueApiToken($input: IssueApiTokenInput!) { issueApiToken(input: $input) { token } }`;
    await expect(provider.execute(document, { input: {} })).rejects.toMatchObject({
      status: 400,
      body: { errors: { expiresAt: 'must be within a year' } },
    });
  });

  it('refuses to write a read-only resource without asking the server', async () => {
    const { provider, calls } = providerAnswering(() => ({ data: {} }));
    await expect(provider.create('deliverables', { data: { title: 'x' } })).rejects.toMatchObject({
      status: 405,
    });
    expect(calls).toHaveLength(0);
  });
});

describe('errors from the server', () => {
  it('maps field problems of BAD_USER_INPUT to the inputs of the form', async () => {
    const { provider } = providerAnswering(() =>
      badInput([
        { path: 'input.cohortId', message: 'must be an existing cohort' },
        { path: 'input.memberLeaIds.0', message: 'must not be the lead LEA' },
        { path: 'input', message: 'is required' },
      ]),
    );
    const error = (await provider
      .create('teams', { data: { name: 'x' } })
      .catch((caught: unknown) => caught)) as HttpError;
    expect(error.status).toBe(400);
    expect(error.body.errors).toEqual({
      cohortId: 'must be an existing cohort',
      memberLeaIds: 'must not be the lead LEA',
      root: { serverError: expect.stringContaining('Invalid input') },
    });
  });

  const codes = [
    { code: 'UNAUTHENTICATED', status: 401 },
    { code: 'FORBIDDEN', status: 403 },
    { code: 'NOT_FOUND', status: 404 },
    { code: 'CONFLICT', status: 409 },
    { code: 'INTERNAL_SERVER_ERROR', status: 500 },
  ];
  it.each(codes)('answers $code with status $status and the message', async ({ code, status }) => {
    const { provider } = providerAnswering(() => ({
      errors: [{ message: `It failed: ${code}`, extensions: { code } }],
    }));
    const error = (await provider
      .update('teams', { id: 't1', data: { name: 'y' }, previousData: team })
      .catch((caught: unknown) => caught)) as HttpError;
    expect(error.status).toBe(status);
    expect(error.message).toBe(`It failed: ${code}`);
  });

  it('says the server could not be reached when the network fails', async () => {
    const { provider } = providerAnswering(() => new TypeError('Failed to fetch') as never);
    await expect(provider.getOne('teams', { id: 't1' })).rejects.toMatchObject({
      status: 0,
      message: 'cei.errors.unreachable',
      body: { detail: 'Failed to fetch' },
    });
  });
});
