import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../database/seed/demo-data.js';
import { databaseSnapshot } from '../testing/database-snapshot.js';
import type { GraphqlClient } from '../testing/test-server.js';
import { useTestServer } from '../testing/vitest.js';
import { csvFile } from './import.fixtures.js';
import { commit, createdOf, preview } from './import.test-helpers.js';

const context = useTestServer({ demo: true });
const { sql } = context;
/** Every table but the imports' own bookkeeping. */
const snapshot = async () => ({ ...(await databaseSnapshot(context.server.orm)), data_import: '' });

const HEADER = [
  'kind',
  'name',
  'short_name',
  'cds_code',
  'county_code',
  'lea',
  'lea_type',
  'locale',
  'grade_span',
  'city',
  'website',
];
const row = (cells: Partial<Record<(typeof HEADER)[number], string>>) =>
  HEADER.map((column) => cells[column] ?? '');

let staff: GraphqlClient;
beforeAll(async () => {
  staff = await context.server.signIn('staff@example.org', DEMO_PASSWORD);
});

describe('importing LEAs and schools', () => {
  it('imports a good file (BOM, CRLF, quoted commas) in one go: LEAs with their county offices, schools with their LEAs, audited', async () => {
    const file = csvFile([
      HEADER,
      row({
        kind: 'LEA',
        name: 'Good Valley Unified, District',
        short_name: 'GVU',
        cds_code: '33-99901-0000000',
        lea_type: 'unified district',
        locale: 'Rural',
        city: 'Good Valley',
      }),
      row({
        kind: 'lea',
        name: 'Good Hills Elementary',
        county_code: '19',
        lea_type: 'ELEMENTARY_DISTRICT',
        website: 'https://good-hills.example.org',
      }),
      row({
        kind: 'SCHOOL',
        name: 'Good Valley High',
        lea: 'good valley unified, district',
        grade_span: 'HIGH',
      }),
      row({
        kind: 'SCHOOL',
        name: 'Good Hills Primary',
        cds_code: '19 99902 1234567',
        lea: 'Good Hills Elementary',
        grade_span: 'ELEMENTARY',
      }),
    ]);
    const checked = await preview(staff, 'LEAS_AND_SCHOOLS', `\uFEFF${file}`);
    expect(checked).toMatchObject({
      status: 'PREVIEWED',
      totalRows: 4,
      validRows: 4,
      invalidRows: 0,
    });
    expect(checked.errors.nodes).toEqual([]);
    const [{ count: beforeCount }] = (await sql<{ count: string }>(
      "select count(*) from organization where name like 'Good %'",
    )) as [{ count: string }];
    expect(Number(beforeCount)).toBe(0);

    const { data, errors } = await commit(staff, checked.id, 'ALL');
    expect(errors).toBeUndefined();
    expect(data?.commitImport).toMatchObject({
      status: 'COMPLETED',
      importedRows: 4,
      skippedRows: 0,
      progress: 1,
    });
    expect(createdOf(data?.commitImport)).toEqual({ Organization: 4 });

    const rows = await sql<{
      name: string;
      kind: string;
      cds_code: string | null;
      county: string | null;
      lea: string | null;
      lea_type: string | null;
      locale: string | null;
    }>(
      `select o.name, o.kind, o.cds_code, c.county_code as county, l.name as lea, o.lea_type, o.locale
       from organization o left join organization c on c.id = o.county_office_id left join organization l on l.id = o.lea_id
       where o.name like 'Good %' order by o.name`,
    );
    expect(rows).toEqual([
      {
        name: 'Good Hills Elementary',
        kind: 'LEA',
        cds_code: null,
        county: '19',
        lea: null,
        lea_type: 'ELEMENTARY_DISTRICT',
        locale: null,
      },
      {
        name: 'Good Hills Primary',
        kind: 'SCHOOL',
        cds_code: '19999021234567',
        county: null,
        lea: 'Good Hills Elementary',
        lea_type: null,
        locale: null,
      },
      {
        name: 'Good Valley High',
        kind: 'SCHOOL',
        cds_code: null,
        county: null,
        lea: 'Good Valley Unified, District',
        lea_type: null,
        locale: null,
      },
      {
        name: 'Good Valley Unified, District',
        kind: 'LEA',
        cds_code: '33999010000000',
        county: '33',
        lea: null,
        lea_type: 'UNIFIED_DISTRICT',
        locale: 'RURAL',
      },
    ]);
    const audit = await sql<{ summary: string; actor_role: string }>(
      `select summary, actor_role from audit_event where entity = 'Organization' and summary like ?`,
      [`%(import ${checked.id})`],
    );
    expect(audit).toHaveLength(4);
    expect(
      audit.every(
        (event) =>
          event.actor_role === 'CEI_STAFF' && event.summary.startsWith('created Organization'),
      ),
    ).toBe(true);
    // The file is not kept once imported.
    const [kept] = await sql<{ content: string | null }>(
      'select content from data_import where id = ?',
      [checked.id],
    );
    expect(kept?.content).toBeNull();
  });

  it('names each problem of a bad file by row, column and message, and writes nothing even when asked to import it all', async () => {
    const file = csvFile([
      HEADER,
      row({ kind: 'DISTRICT', name: 'Bad One' }),
      row({ kind: 'LEA', name: '', county_code: '33' }),
      row({ kind: 'LEA', name: 'Bad Three', cds_code: '12345' }),
      row({ kind: 'LEA', name: 'Bad Four', county_code: '77' }),
      row({ kind: 'LEA', name: 'Bad Five', cds_code: '33-99905-0000000', county_code: '19' }),
      row({ kind: 'SCHOOL', name: 'Bad Six', lea: 'No Such District' }),
      row({
        kind: 'SCHOOL',
        name: 'Bad Seven',
        lea_type: 'UNIFIED_DISTRICT',
        grade_span: 'COLLEGE',
      }),
      row({ kind: 'LEA', name: 'Bad Eight', county_code: '33', website: 'www.example.org' }),
      row({ kind: 'LEA', name: 'Azusa Unified School District', county_code: '19' }),
    ]);
    const checked = await preview(staff, 'LEAS_AND_SCHOOLS', file);
    expect(checked).toMatchObject({ totalRows: 9, validRows: 0, invalidRows: 9 });
    expect(checked.errors.nodes).toEqual([
      { row: 2, column: 'kind', message: 'must be LEA or SCHOOL' },
      { row: 3, column: 'name', message: 'is required' },
      {
        row: 4,
        column: 'cds_code',
        message: 'must be 14 digits: a county code 01 to 58, 5 district and 7 school digits',
      },
      { row: 4, column: 'county_code', message: 'is required for an LEA' },
      { row: 5, column: 'county_code', message: 'no county office has the county code "77"' },
      { row: 6, column: 'county_code', message: "does not match the CDS code's county (33)" },
      { row: 7, column: 'lea', message: 'no LEA is called or has the id "No Such District"' },
      { row: 8, column: 'grade_span', message: 'must be ELEMENTARY, MIDDLE, HIGH, or OTHER' },
      { row: 8, column: 'lea', message: 'is required for a school' },
      { row: 8, column: 'lea_type', message: 'is only for LEAs' },
      { row: 9, column: 'website', message: 'must be a web address starting with https://' },
      { row: 10, column: 'name', message: 'an LEA of this county office already has this name' },
    ]);

    const before = await snapshot();
    const { errors } = await commit(staff, checked.id, 'ALL');
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.extensions?.fields?.[0]).toEqual({
      path: 'id',
      message: 'the file has no valid row to import',
    });
    expect(await snapshot()).toEqual(before);
  });

  it('reports duplicates within the file and against the database', async () => {
    const file = csvFile([
      HEADER,
      row({ kind: 'LEA', name: 'Twin District', cds_code: '33-99911-0000000' }),
      row({ kind: 'LEA', name: 'Twin District Again', cds_code: '33999110000000' }),
      row({ kind: 'LEA', name: 'Twin District', county_code: '33' }),
      row({ kind: 'LEA', name: 'Reused Code', cds_code: '33-99901-0000000' }),
    ]);
    const checked = await preview(staff, 'LEAS_AND_SCHOOLS', file);
    expect(checked.errors.nodes).toEqual([
      { row: 3, column: 'cds_code', message: 'is also the CDS code in row 2' },
      { row: 4, column: 'name', message: 'is also the name in row 2' },
      {
        row: 5,
        column: 'cds_code',
        message: 'is already the CDS code of Good Valley Unified, District',
      },
    ]);
  });

  it('with a mixed file, ALL writes nothing and VALID_ONLY writes exactly the valid rows, skipping a school whose LEA row is refused', async () => {
    const file = csvFile([
      HEADER,
      row({ kind: 'LEA', name: 'Mixed Creek Unified', county_code: '10' }),
      row({ kind: 'LEA', name: 'Mixed Broken District' }),
      row({
        kind: 'SCHOOL',
        name: 'Mixed Broken Middle',
        lea: 'Mixed Broken District',
        grade_span: 'MIDDLE',
      }),
      row({
        kind: 'SCHOOL',
        name: 'Mixed Creek Middle',
        lea: 'Mixed Creek Unified',
        grade_span: 'MIDDLE',
      }),
    ]);
    const checked = await preview(staff, 'LEAS_AND_SCHOOLS', file);
    expect(checked.errors.nodes).toEqual([
      { row: 3, column: 'county_code', message: 'is required for an LEA' },
      { row: 4, column: 'lea', message: 'is the LEA of row 3, which has problems' },
    ]);
    expect(checked).toMatchObject({ validRows: 2, invalidRows: 2 });

    const before = await snapshot();
    const refused = await commit(staff, checked.id, 'ALL');
    expect(refused.errors?.[0]?.extensions?.fields).toEqual([
      { path: 'rows.3.county_code', message: 'is required for an LEA' },
      { path: 'rows.4.lea', message: 'is the LEA of row 3, which has problems' },
    ]);
    expect(await snapshot()).toEqual(before);

    const { data, errors } = await commit(staff, checked.id, 'VALID_ONLY');
    expect(errors).toBeUndefined();
    expect(data?.commitImport).toMatchObject({
      status: 'COMPLETED',
      mode: 'VALID_ONLY',
      importedRows: 2,
      skippedRows: 2,
    });
    const names = await sql<{ name: string }>(
      "select name from organization where name like 'Mixed %' order by name",
    );
    expect(names.map((entry) => entry.name)).toEqual(['Mixed Creek Middle', 'Mixed Creek Unified']);

    const again = await commit(staff, checked.id, 'VALID_ONLY');
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('reads the header loosely but reports unknown, repeated and missing columns, then reads no row', async () => {
    const checked = await preview(
      staff,
      'LEAS_AND_SCHOOLS',
      'Kind,District Name,City,city\nLEA,Somewhere,Here,There\n',
    );
    expect(checked).toMatchObject({ totalRows: 1, validRows: 0 });
    expect(checked.errors.nodes).toEqual([
      {
        row: 1,
        column: 'District Name',
        message:
          'is not a column of this import; the columns are kind, name, short_name, cds_code, county_code, lea, lea_type, locale, grade_span, city, website',
      },
      { row: 1, column: 'city', message: 'appears twice' },
      { row: 1, column: 'name', message: 'is a required column: add it to the header' },
    ]);
  });

  it('reports a file it cannot read, and rows with more cells than the header', async () => {
    const broken = await preview(staff, 'LEAS_AND_SCHOOLS', 'kind,name\nLEA,"unclosed\n');
    expect(broken.errors.nodes).toEqual([
      {
        row: 2,
        column: null,
        message: 'the file cannot be read from here on: a cell opens a quote that is never closed',
      },
    ]);

    const wide = await preview(
      staff,
      'LEAS_AND_SCHOOLS',
      'kind,name,county_code\n\nLEA,Wide District,33,extra\n',
    );
    expect(wide.errors.nodes).toEqual([
      { row: 3, column: null, message: 'has 4 cells; the header has 3 columns' },
    ]);
  });

  it('refuses a file over 5 MB, keeping nothing', async () => {
    const before = await databaseSnapshot(context.server.orm);
    const content = `kind,name,county_code\n${'LEA,Big District,33\n'.repeat(300_000)}`;
    const { errors } = await staff.graphql(
      'mutation ($input: PreviewImportInput!) { previewImport(input: $input) { id } }',
      { input: { kind: 'LEAS_AND_SCHOOLS', fileName: 'big.csv', content } },
    );
    expect(errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'input.content', message: 'must be at most 5 MB: split the file' }],
    });
    expect(await databaseSnapshot(context.server.orm)).toEqual(before);
  });

  it('is refused to team leads and liaisons, before the file is read', async () => {
    const file = csvFile([
      HEADER,
      row({ kind: 'LEA', name: 'Refused District', county_code: '19' }),
    ]);
    for (const email of ['lead@example.org', 'liaison@example.org']) {
      const client = await context.server.signIn(email, DEMO_PASSWORD);
      const { errors } = await client.graphql(
        'mutation ($input: PreviewImportInput!) { previewImport(input: $input) { id } }',
        { input: { kind: 'LEAS_AND_SCHOOLS', fileName: 'x.csv', content: file } },
      );
      expect(errors?.[0]?.extensions?.code, email).toBe('FORBIDDEN');
    }
    const [kept] = await sql<{ count: string }>(
      'select count(*) from data_import d join account a on a.id = d.created_by_id where a.email in (?, ?)',
      ['lead@example.org', 'liaison@example.org'],
    );
    expect(Number(kept?.count)).toBe(0);
  });
});
