import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../database/seed/demo-data.js';
import { inWords } from '../i18n/messages.js';
import { databaseSnapshot } from '../testing/database-snapshot.js';
import type { GraphqlClient } from '../testing/test-server.js';
import { useTestServer } from '../testing/vitest.js';
import { csvFile } from './import.fixtures.js';
import { commit, createdOf, preview } from './import.test-helpers.js';

const context = useTestServer({ demo: true });
const { sql } = context;
const snapshot = async () => ({ ...(await databaseSnapshot(context.server.orm)), data_import: '' });

const HEADER = ['metric', 'team', 'period_start', 'period_end', 'value', 'source', 'is_baseline'];
const AZUSA = 'Azusa Unified School District';
let staff: GraphqlClient;
let lead: GraphqlClient;
let otherTeam: string;
/** A period Azusa already has a family survey value for (demo data). */
let takenStart: string;

const valuesOf = (team: string, metric: string) =>
  sql<{ period_start: string; value: string; is_baseline: boolean }>(
    `select to_char(v.period_start, 'YYYY-MM-DD') as period_start, v.value, v.is_baseline
     from measurement v join team t on t.id = v.team_id join metric m on m.id = v.metric_id
     where t.name = ? and m.key = ? order by v.period_start`,
    [team, metric],
  );

beforeAll(async () => {
  staff = await context.server.signIn('staff@example.org', DEMO_PASSWORD);
  lead = await context.server.signIn('lead@example.org', DEMO_PASSWORD);
  const [other] = await sql<{ name: string }>(
    'select name from team where name <> ? order by name limit 1',
    [AZUSA],
  );
  otherTeam = other?.name as string;
  takenStart = (await valuesOf(AZUSA, 'family-survey-participation'))[0]?.period_start as string;
});

describe('importing measurements', () => {
  it('imports a good file: metrics by key or name, and a new baseline that makes the earlier one an ordinary value (audited)', async () => {
    const [earlier] = await sql<{ id: string }>(
      `select v.id from measurement v join team t on t.id = v.team_id join metric m on m.id = v.metric_id
       where t.name = ? and m.key = 'chronic-absence' and v.is_baseline`,
      [AZUSA],
    );
    expect(earlier).toBeDefined();
    const file = csvFile([
      HEADER,
      [
        'family-survey-participation',
        AZUSA,
        '2010-07-01',
        '2011-06-30',
        '41.25',
        'LCAP survey',
        '',
      ],
      [
        'Chronic absence at the focus school',
        'azusa unified school district',
        '7/1/2009',
        '6/30/2010',
        '12',
        'attendance records',
        'yes',
      ],
    ]);
    const checked = await preview(staff, 'MEASUREMENTS', file);
    expect(checked.errors.nodes).toEqual([]);
    const { data, errors } = await commit(staff, checked.id, 'ALL');
    expect(errors).toBeUndefined();
    expect(createdOf(data?.commitImport)).toEqual({ Measurement: 2 });
    expect((await valuesOf(AZUSA, 'family-survey-participation'))[0]).toEqual({
      period_start: '2010-07-01',
      value: '41.2500',
      is_baseline: false,
    });
    const absence = await valuesOf(AZUSA, 'chronic-absence');
    expect(absence.filter((value) => value.is_baseline)).toEqual([
      { period_start: '2009-07-01', value: '12.0000', is_baseline: true },
    ]);
    const demotion = await sql<{ changes: unknown; summary: string }>(
      `select changes, summary from audit_event where entity_id = ? and action = 'UPDATED'`,
      [earlier?.id],
    );
    expect(demotion).toEqual([
      {
        changes: { isBaseline: [true, false] },
        summary: `updated Measurement ${earlier?.id} (import ${checked.id})`,
      },
    ]);
  });

  it('names each problem of a bad file by row, column and message, and a failing ALL writes nothing', async () => {
    const file = csvFile([
      HEADER,
      ['no-such-metric', AZUSA, '2001-01-01', '2001-01-31', '1', 'x', ''],
      ['chronic-absence', '', '2001-01-01', '2001-01-31', '1', 'x', ''],
      ['chronic-absence', AZUSA, '2001-02-01', '2001-01-31', '1', 'x', ''],
      ['chronic-absence', AZUSA, '2001-03-01', '2001-03-31', '1.23456', 'x', ''],
      ['chronic-absence', AZUSA, '2001-04-01', '2001-04-30', '12%', 'x', ''],
      ['chronic-absence', AZUSA, '2001-05-01', '2001-05-31', '1', '', ''],
      ['family-survey-participation', AZUSA, takenStart, '2030-01-01', '1', 'x', ''],
      ['chronic-absence', AZUSA, '2001-06-01', '2001-06-30', '1', 'x', 'maybe'],
      ['chronic-absence', AZUSA, '2001-07-01', '2001-07-31', '1', 'x', 'yes'],
      ['chronic-absence', AZUSA, '2001-07-01', '2001-07-31', '2', 'y', ''],
      ['chronic-absence', AZUSA, '2001-08-01', '2001-08-31', '1', 'x', 'yes'],
    ]);
    const checked = await preview(staff, 'MEASUREMENTS', file);
    expect(checked.errors.nodes).toEqual([
      { row: 2, column: 'metric', message: 'no metric is called or has the id "no-such-metric"' },
      { row: 3, column: 'team', message: 'is required' },
      {
        row: 4,
        column: 'period_end',
        message: 'must not be before the start of the period (February 1, 2001)',
      },
      { row: 5, column: 'value', message: 'must have at most four decimal places' },
      { row: 6, column: 'value', message: 'must be a number, e.g. 42.5' },
      { row: 7, column: 'source', message: 'is required' },
      {
        row: 8,
        column: 'period_start',
        message: `the team already has a value of this metric for the period starting ${inWords(takenStart, 'en')}`,
      },
      { row: 9, column: 'is_baseline', message: 'must be yes or no' },
      {
        row: 11,
        column: 'period_start',
        message:
          'the team already has a value of this metric for the period starting July 1, 2001 (row 10)',
      },
      {
        row: 12,
        column: 'is_baseline',
        message: "row 10 is already this team's baseline for the metric",
      },
    ]);
    expect(checked).toMatchObject({ totalRows: 11, validRows: 1 });
    const before = await snapshot();
    const { errors } = await commit(staff, checked.id, 'ALL');
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await snapshot()).toEqual(before);
  });

  it("lets a team lead record their own team's values only", async () => {
    const file = csvFile([
      HEADER,
      ['chronic-absence', AZUSA, '2002-01-01', '2002-01-31', '9', 'lead', ''],
      ['chronic-absence', otherTeam, '2002-01-01', '2002-01-31', '9', 'lead', ''],
    ]);
    const checked = await preview(lead, 'MEASUREMENTS', file);
    expect(checked.errors.nodes).toEqual([
      { row: 3, column: 'team', message: 'you may not record measurements for this team' },
    ]);
    const before = await snapshot();
    const refused = await commit(lead, checked.id, 'ALL');
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await snapshot()).toEqual(before);
    const { data } = await commit(lead, checked.id, 'VALID_ONLY');
    expect(data?.commitImport).toMatchObject({
      status: 'COMPLETED',
      importedRows: 1,
      skippedRows: 1,
    });
    expect((await valuesOf(AZUSA, 'chronic-absence')).map((value) => value.period_start)).toContain(
      '2002-01-01',
    );
    expect(
      (await valuesOf(otherTeam, 'chronic-absence')).map((value) => value.period_start),
    ).not.toContain('2002-01-01');
  });

  it('is refused to liaisons', async () => {
    const liaison = await context.server.signIn('liaison@example.org', DEMO_PASSWORD);
    const { errors } = await liaison.graphql(
      'mutation ($input: PreviewImportInput!) { previewImport(input: $input) { id } }',
      { input: { kind: 'MEASUREMENTS', fileName: 'x.csv', content: 'metric\n' } },
    );
    expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
