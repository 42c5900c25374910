import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The MikroORM scope filter ANDs the row rules into every `find`, `count`, populate and native
 * update of a request's EntityManager, but not into SQL written by hand or with the query
 * builder. Those paths are listed here, each with how it keeps to the viewer's scope and what
 * tests it; a new one fails this test until it is reviewed and added. The scope layer itself
 * (`scope/`), migrations, tests and test helpers are not listed.
 */
const REVIEWED: Record<string, string> = {
  'scope/scoped-data.ts':
    "the scope layer: lookups, lists with their totals, windowed child lists, the references read along with them (each through its own entity's rule) and counts AND the compiled row rule and the scope filter into the SQL (access matrix)",
  'scope/rules.ts':
    'the teams a liaison or a CBO partner covers, as a subquery of the link table (team_county_office, membership) inside their row rules (access matrix)',
  'scope/compiled-read.ts':
    "answers built in SQL: every record, referenced and nested ones too, read through ScopedData.matching (its entity's row rule and the scope filter), private fields through field privacy's where clauses, built only when no read in it goes to the audit log (compiled-read.test.ts against the resolvers, access matrix)",
  'scope/where.ts':
    "a list's search (`q`) as a condition on the list's own search columns inside its where clause, to which the scope layer ANDs the row rule as to any other (list tests, access matrix)",
  'scope/statement-batch.ts':
    "runs a request's reads of one turn, each built by the scope layer or a reviewed file below, as one statement; adds no condition and removes none (access matrix)",
  'convenings/attendance-summary.ts':
    'aggregate tier: tallies of every team, disclosed per team by discloseTallies (covered teams; five or more people for API partners) (attendance-summary.test.ts, access matrix)',
  'convenings/attendance.service.ts':
    "writes a convening's attendance: the convening locked and each membership read through the scope first; its cohorts' ids and the entries' stored records read to check and replace them; the write rule then checked on every record of the answer (written or left as it was) before it is answered, in the same transaction (attendance.test.ts)",
  'dashboards/attendance-trend.ts':
    'aggregate tier: the same tallies and disclosure as attendance summaries (dashboards.test.ts)',
  'outcomes/metric-progress.ts':
    'reads ids only, then each record through ScopedData.byId, which applies the row rule',
  'funding/funding.service.ts':
    'query builder with applyFilters(): the scope filter applies; CEI staff only (@Allow)',
  'imports/import.service.ts':
    "the import's own progress row, outside the import transaction, after the viewer's import was checked",
  'imports/measurements.ts':
    'demotes baselines of measurements already checked writable by the import plan, in its transaction',
  'imports/leas-and-schools.ts': 'raw() names an expression inside a filtered em.find',
  'imports/shared-lookups.ts': 'raw() names an expression inside a filtered em.find',
  'accounts/credentials.ts':
    'establishes who the viewer is (session or token lookup), before any scope',
  'accounts/sign-in.service.ts':
    'raw() keeps the version of the signing-in account, found by the system',
  'database/prepared.ts':
    'runs a statement written by a caller listed here as a prepared statement; adds no condition and removes none',
  'database/bulk-insert.ts':
    'inserts rows the calling service built and checked (imports, audit log)',
  'database/seed/load.ts': 'the system loading reference and demo data',
  'jobs/queue-schema-upgrade.ts': "the system's own job-queue schema, at start",
  'email/outbox.ts': "the system's outbox job claiming emails to send",
  'webhooks/delivery.ts':
    "the system's webhook job (fan-out, claims, outcomes); each payload is read through the scope layer as the endpoint's owner, at delivery time (webhooks.test.ts)",
  'http/app.ts': 'the readiness probe: select 1',
  'outcomes/outcome.resolver.ts':
    "a check-in's liaison's display name (directory tier), for check-ins already read through the scope layer; the account itself stays unreadable (check-in-liaison.test.ts)",
  'trial/demo-sign-in.resolver.ts':
    'whether the demo data is loaded (seed_load): no record is read',
  'newsletter/rate-limit.ts': "the limiter's own table, through the ORM's pool",
  'sync/deletions.ts':
    "the deletions feed: each type's read rule, compiled by the query builder, run against the deleted row (sync.test.ts, access matrix); the purge job as the system",
};

const HAND_WRITTEN_SQL =
  /getConnection\(\)|createQueryBuilder|getKnex\(|\braw\(|\bem\.execute(<[^>]*>)?\(|\.sqlRows(<[^>]*>)?\(|\b(preparedRows|rowsOfShape)(<[^>]*>)?\(/;

const src = fileURLToPath(new URL('..', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      return ['migrations', 'testing'].includes(entry.name) ? [] : sourceFiles(path);
    }
    return /\.ts$/.test(entry.name) && !/\.(test|slow)\.ts$/.test(entry.name) ? [path] : [];
  });
}

describe('hand-written SQL', () => {
  const found = sourceFiles(src)
    .filter((path) => HAND_WRITTEN_SQL.test(readFileSync(path, 'utf8')))
    .map((path) => relative(src, path).split('\\').join('/'));

  it('is written only where its scope was reviewed (add a new place to REVIEWED with its reason)', () => {
    expect(found.filter((path) => !Object.hasOwn(REVIEWED, path))).toEqual([]);
  });

  it('lists no place that no longer writes any', () => {
    expect(Object.keys(REVIEWED).filter((path) => !found.includes(path))).toEqual([]);
  });
});
