import { type EntityClass, helper, Reference, ReferenceKind } from '@mikro-orm/core';
import { describe, expect, it } from 'vitest';
import { Account } from '../accounts/account.entity.js';
import { SavedQuery } from '../accounts/saved-query.entity.js';
import { Cohort } from '../cohorts/cohort.entity.js';
import { entities } from '../features.js';
import { Organization } from '../organizations/organization.entity.js';
import { Membership } from '../rosters/membership.entity.js';
import { countStatements } from '../testing/database-snapshot.js';
import { unlimitedQueries } from '../testing/test-server.js';
import { useTestServer } from '../testing/vitest.js';
import { ScopedData } from './scoped-data.js';
import { systemViewer } from './viewer.js';

// Statements are counted here: one budget window for the file, and no budget in the way.
const context = useTestServer({ demo: true, config: { rateLimits: unlimitedQueries() } });

type Identified = { id: string };

/** A record's columns, references as ids: what two reads of it must agree on. */
function snapshot(record: Identified | null): unknown {
  if (!record) return record;
  const values = record as unknown as Record<string, unknown>;
  return Object.fromEntries(
    helper(record)
      .__meta.props.filter((prop) => prop.kind !== ReferenceKind.ONE_TO_MANY && !prop.lazy)
      .filter((prop) => prop.kind !== ReferenceKind.MANY_TO_MANY)
      .map((prop) => {
        const value = values[prop.name];
        if (prop.kind === ReferenceKind.SCALAR || value == null) return [prop.name, value];
        return [prop.name, Reference.unwrapReference(value as Identified).id];
      }),
  );
}

describe('reads of the scope layer, batched into one statement', () => {
  it('hydrate every entity as em.find does, column for column, with the references read along', async () => {
    // The demo data has no jsonb value: a saved list filter brings one.
    const setUp = context.server.em();
    const [owner] = await setUp.find(Account, {}, { limit: 1 });
    setUp.create(SavedQuery, {
      owner: owner as Account,
      list: 'teams',
      name: 'Riverside, 50 a page',
      value: { filter: { q: 'River', statuses: ['ACTIVE'] }, perPage: 50, share: 0.25 },
    });
    await setUp.flush();

    let compared = 0;
    const types = new Set<string>();
    for (const entity of entities as EntityClass<Identified>[]) {
      const em = context.server.em();
      const meta = em.getMetadata().get(entity);
      if (!meta.properties.id) continue;
      const expected = await em.find(entity, {}, { limit: 20, orderBy: { id: 'asc' } as never });
      if (expected.length === 0) continue;
      const references = meta.relations
        .filter((prop) => prop.kind === ReferenceKind.MANY_TO_ONE)
        .map((prop) => prop.name);

      // A fresh request: nothing in its identity map that would stand in for what it reads.
      const data = new ScopedData(context.server.em(), systemViewer);
      const read = await Promise.all(
        expected.map((record) => data.byId(entity, record.id, references)),
      );
      expect(read.map(snapshot), entity.name).toEqual(expected.map(snapshot));

      // The references were read in the same statement: following them reads nothing more.
      const targets = read.flatMap((record) =>
        references.map((name) => (record as unknown as Record<string, Identified | null>)[name]),
      );
      const { result: followed, statements } = await countStatements(context.server.orm, () =>
        Promise.all(targets.map((target) => data.ref(target as never))),
      );
      expect(statements, entity.name).toEqual([]);
      const truth = context.server.em();
      for (const [index, target] of followed.entries()) {
        const reference = targets[index];
        if (!reference) continue;
        const found = await truth.findOne(helper(reference).__meta.class, { id: reference.id });
        expect(snapshot(target as Identified | null), `${entity.name} → ${reference.id}`).toEqual(
          snapshot(found as Identified | null),
        );
      }
      compared += expected.length;
      for (const prop of meta.props) {
        if (
          expected.some(
            (record) => (record as unknown as Record<string, unknown>)[prop.name] != null,
          )
        ) {
          types.add(prop.columnTypes?.[0] ?? '');
        }
      }
    }
    expect(compared).toBeGreaterThan(200);
    // Among them every kind of column JSON carries otherwise than PostgreSQL's own text.
    expect([...types]).toEqual(
      expect.arrayContaining([
        'numeric(12,2)',
        'numeric(14,4)',
        'jsonb',
        'text[]',
        'date',
        'timestamptz',
        'boolean',
      ]),
    );
  });

  it('run the reads one turn starts, of different entities and kinds, as one statement', async () => {
    const em = context.server.em();
    const [cohort] = await em.find(Cohort, {}, { limit: 1 });
    const [membership] = await em.find(Membership, {}, { limit: 1 });
    const [county] = await em.find(Organization, { kind: 'COUNTY_OFFICE' } as never, { limit: 1 });
    const data = new ScopedData(context.server.em(), systemViewer);
    const { result, statements } = await countStatements(context.server.orm, () =>
      Promise.all([
        data.byId(Cohort, cohort?.id ?? ''),
        data.byId(Membership, membership?.id ?? ''),
        data.coversTeam(membership?.team.id ?? ''),
        data.aggregateCount(Membership, 'team', membership?.team.id ?? '', {}),
        data.sqlRows<{ id: string }>({
          sql: 'select id from organization where id = ?',
          params: [county?.id],
        }),
      ]),
    );
    expect(statements).toHaveLength(1);
    expect(result[0]?.id).toBe(cohort?.id);
    expect(result[1]?.id).toBe(membership?.id);
    expect(result[2]).toBe(true);
    expect(result[3]).toBeGreaterThan(0);
    expect(result[4]).toEqual([{ id: county?.id }]);
  });
});
