// Imports of 10,000 rows, timed: people with their memberships, then measurements. Runs the
// built server (`pnpm --filter @cei/server build` first) against its own test database on
// DATABASE_URL (or an embedded PostgreSQL), and writes bench/import-results.json.
//
//   node bench/import.mjs [rows]
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import {
  COMMIT_IMPORT,
  measurementsFile,
  PREVIEW_IMPORT,
  peopleFile,
} from '../dist/imports/import.fixtures.js';
import { startTestServer } from '../dist/testing/index.js';

const rows = Number(process.argv[2] ?? 10_000);
const server = await startTestServer({ demo: true });

async function ok(query, variables) {
  const { data, errors } = await server.graphql(query, variables);
  if (errors) throw new Error(JSON.stringify(errors));
  return Object.values(data)[0];
}

/** Preview and commit (ALL) of one file, each timed. */
async function timed(kind, content) {
  const started = performance.now();
  const checked = await ok(PREVIEW_IMPORT, { input: { kind, fileName: `${kind}.csv`, content } });
  const previewed = performance.now();
  if (checked.invalidRows > 0) throw new Error(`${kind}: ${JSON.stringify(checked.errors)}`);
  const committed = await ok(COMMIT_IMPORT, { id: checked.id, input: { mode: 'ALL' } });
  const finished = performance.now();
  return {
    kind,
    rows: checked.totalRows,
    bytes: Buffer.byteLength(content),
    created: Object.fromEntries(committed.created.map(({ entity, count }) => [entity, count])),
    previewSeconds: Number(((previewed - started) / 1000).toFixed(2)),
    importSeconds: Number(((finished - previewed) / 1000).toFixed(2)),
  };
}

try {
  const em = server.em();
  const teams = (await em.execute('select name from team order by name')).map((team) => team.name);
  const metrics = (await em.execute('select key from metric order by key')).map(
    (metric) => metric.key,
  );
  const results = [
    await timed('PEOPLE_AND_MEMBERSHIPS', peopleFile(rows, teams, 'bench')),
    await timed('MEASUREMENTS', measurementsFile(rows, metrics, teams)),
  ];
  const report = {
    measuredAt: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    results,
  };
  writeFileSync(
    new URL('./import-results.json', import.meta.url),
    `${JSON.stringify(report, null, 2)}\n`,
  );
  console.log(JSON.stringify(report, null, 2));
} finally {
  await server.close();
}
