import { beforeAll, describe, expect, it } from 'vitest';
import type { GraphqlClient } from '../testing/test-server.js';
import { useTestServer } from '../testing/vitest.js';
import { IMPORT_PROGRESS, measurementsFile, peopleFile } from './import.fixtures.js';
import { commit, createdOf, preview } from './import.test-helpers.js';

/**
 * 10,000-row files, imported in one go each (speed is measured by bench/import.ts, not here).
 * While the commit runs, a second request polls the import and must see its progress move:
 * progress is written outside the import's transaction.
 */
const context = useTestServer({ demo: true });
const { sql } = context;
const count = async (query: string, params: unknown[] = []) =>
  Number((await sql<{ count: string }>(query, params))[0]?.count);

let teams: string[];
beforeAll(async () => {
  teams = (await sql<{ name: string }>('select name from team order by name')).map(
    (team) => team.name,
  );
});

/** Commits while polling its progress; returns the commit's answer and the progress seen. */
async function commitWatching(client: GraphqlClient, id: string) {
  const seen: number[] = [];
  let done = false;
  const committing = commit(client, id, 'ALL').finally(() => {
    done = true;
  });
  while (!done) {
    const { data } = await client.graphql<{ dataImport: { progress: number } }>(IMPORT_PROGRESS, {
      id,
    });
    seen.push(data?.dataImport.progress ?? -1);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return { result: await committing, seen };
}

describe('importing 10,000 rows in one go', () => {
  it('imports 10,000 people, each with a membership, and shows the progress while it runs', async () => {
    const file = peopleFile(10_000, teams, 'large');
    const checked = await preview(context.server, 'PEOPLE_AND_MEMBERSHIPS', file, 'people.csv');
    expect(checked).toMatchObject({ totalRows: 10_000, validRows: 10_000, invalidRows: 0 });

    const { result, seen } = await commitWatching(context.server, checked.id);
    expect(result.errors).toBeUndefined();
    expect(createdOf(result.data?.commitImport)).toEqual({ Person: 10_000, Membership: 10_000 });
    expect(
      seen.some((progress) => progress > 0 && progress < 1),
      `progress seen: ${seen.join(', ')}`,
    ).toBe(true);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));

    expect(
      await count(
        "select count(*) from person where email like 'person.large.%@import.example.org'",
      ),
    ).toBe(10_000);
    expect(
      await count(
        "select count(*) from membership m join person p on p.id = m.person_id where p.email like 'person.large.%@import.example.org'",
      ),
    ).toBe(10_000);
    expect(
      await count('select count(*) from audit_event where summary like ?', [
        `%(import ${checked.id})`,
      ]),
    ).toBe(20_000);
  });

  it('imports 10,000 measurements', async () => {
    const metrics = (await sql<{ key: string }>('select key from metric order by key')).map(
      (metric) => metric.key,
    );
    const file = measurementsFile(10_000, metrics, teams);
    const checked = await preview(context.server, 'MEASUREMENTS', file, 'measurements.csv');
    expect(checked).toMatchObject({ totalRows: 10_000, validRows: 10_000 });
    const { result } = await commitWatching(context.server, checked.id);
    expect(result.errors).toBeUndefined();
    expect(createdOf(result.data?.commitImport)).toEqual({ Measurement: 10_000 });
    expect(await count("select count(*) from measurement where source = 'bulk survey'")).toBe(
      10_000,
    );
  });
});
