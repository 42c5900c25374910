import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../database/seed/demo-data.js';
import { useTestServer } from '../testing/vitest.js';

const context = useTestServer({ demo: true });

interface Events {
  auditEvents: {
    totalCount: number;
    nodes: {
      action: string;
      entity: string | null;
      entityId: string | null;
      actorRole: string | null;
      changes: Record<string, unknown> | null;
      actor: { email: string } | null;
    }[];
  };
}
const EVENTS =
  'query ($filter: AuditEventFilter) { auditEvents(filter: $filter, limit: 100) { totalCount nodes { action entity entityId actorRole changes summary actor { email } } } }';

async function events(filter: Record<string, unknown>) {
  const { data, errors } = await context.server.graphql<Events>(EVENTS, { filter });
  if (errors) throw new Error(JSON.stringify(errors));
  return data?.auditEvents.nodes ?? [];
}

describe('the audit log', () => {
  it('records a change with who made it and each field before and after, in the same transaction', async () => {
    const { data } = await context.server.graphql<{
      createCohort: { id: string; version: number };
    }>(
      'mutation { createCohort(input: { number: 7, name: "Cohort VII", phase: CEI_2_0 }) { id version } }',
    );
    const cohort = data?.createCohort;
    await context.server.graphql(
      'mutation ($id: ID!, $version: Int!) { updateCohort(id: $id, version: $version, input: { name: "Cohort Seven" }) { id } }',
      cohort,
    );
    const logged = await events({ entity: 'Cohort', entityId: cohort?.id });
    expect(logged.map((event) => event.action)).toEqual(['UPDATED', 'CREATED']);
    expect(logged[0]).toMatchObject({
      actor: { email: 'test-admin@example.org' },
      actorRole: 'CEI_ADMIN',
      changes: { name: ['Cohort VII', 'Cohort Seven'] },
    });
    expect(logged[1]?.changes).toMatchObject({ name: [null, 'Cohort VII'], number: [null, 7] });
  });

  it('records nothing for a refused change', async () => {
    const before = (await events({ entity: 'Cohort' })).length;
    const refused = await context.server.graphql(
      'mutation { createCohort(input: { number: 1, name: "Duplicate", phase: CEI_2_0 }) { id } }',
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await events({ entity: 'Cohort' })).length).toBe(before);
  });

  it('never stores a secret: password hashes are redacted', async () => {
    const { data } = await context.server.graphql<{ createAccount: { id: string } }>(
      'mutation { createAccount(input: { email: "audited@example.org", role: CEI_STAFF, password: "a long enough password" }) { id } }',
    );
    const [created] = await events({
      entity: 'Account',
      entityId: data?.createAccount.id,
      action: 'CREATED',
    });
    expect(created?.changes?.passwordHash).toEqual([null, '[redacted]']);
    expect(JSON.stringify(created)).not.toMatch(/argon2/);
  });

  it('records sign-ins that succeed and that fail, never the password', async () => {
    await context.server.signIn('staff@example.org', DEMO_PASSWORD);
    await expect(
      context.server.signIn('nobody@example.org', 'some password guess'),
    ).rejects.toThrow();
    const signIns = await events({ action: 'SIGN_IN_SUCCEEDED' });
    expect(signIns.some((event) => event.actor?.email === 'staff@example.org')).toBe(true);
    const failures = await events({ action: 'SIGN_IN_FAILED' });
    expect(failures.some((event) => JSON.stringify(event).includes('nobody@example.org'))).toBe(
      false === JSON.stringify(failures).includes('password guess'),
    );
    expect(JSON.stringify(failures)).not.toContain('some password guess');
  });

  it("records a team lead's read of protected fields, and not a CEI staff member's", async () => {
    const lead = await context.server.signIn('lead@example.org', DEMO_PASSWORD);
    const { data } = await lead.graphql<{ people: { nodes: { id: string; givenName: string }[] } }>(
      '{ people(filter: { kind: STUDENT }) { nodes { id givenName phone } } }',
    );
    const student = data?.people.nodes[0];
    expect(student?.givenName).toBeTruthy();
    const reads = await events({ action: 'PROTECTED_READ', entityId: student?.id });
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatchObject({
      entity: 'Person',
      actorRole: 'TEAM_LEAD',
      changes: { fields: ['givenName', 'phone'] },
    });
    const staff = await context.server.signIn('staff@example.org', DEMO_PASSWORD);
    await staff.graphql('query ($id: ID!) { person(id: $id) { givenName phone } }', {
      id: student?.id,
    });
    expect(await events({ action: 'PROTECTED_READ', entityId: student?.id })).toHaveLength(1);
  });

  it('is read by CEI admins only, and the database refuses to change it', async () => {
    const staff = await context.server.signIn('staff@example.org', DEMO_PASSWORD);
    expect(
      (await staff.graphql('{ auditEvents { totalCount } }')).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    const em = context.server.em();
    await expect(em.execute("update audit_event set summary = 'edited'")).rejects.toThrow(
      /read-only/,
    );
    await expect(em.execute('delete from audit_event')).rejects.toThrow(/read-only/);
    const [before] = await em.execute('select count(*)::int as count from audit_event');
    await expect(em.execute('truncate audit_event')).rejects.toThrow(/read-only/);
    expect(await em.execute('select count(*)::int as count from audit_event')).toEqual([before]);
    expect(before?.count).toBeGreaterThan(0);
  });
});
