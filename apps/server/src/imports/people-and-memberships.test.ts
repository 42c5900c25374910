import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../database/seed/demo-data.js';
import { databaseSnapshot } from '../testing/database-snapshot.js';
import type { GraphqlClient } from '../testing/test-server.js';
import { useTestServer } from '../testing/vitest.js';
import { csvFile } from './import.fixtures.js';
import { commit, createdOf, inLanguage, type Preview, preview } from './import.test-helpers.js';

const context = useTestServer({ demo: true });
const { sql } = context;
const snapshot = async () => ({ ...(await databaseSnapshot(context.server.orm)), data_import: '' });

const HEADER = [
  'given_name',
  'family_name',
  'email',
  'kind',
  'title',
  'phone',
  'preferred_language',
  'employer',
  'team',
  'role',
  'started_on',
  'organization',
];
const row = (cells: Partial<Record<(typeof HEADER)[number], string>>) =>
  HEADER.map((column) => cells[column] ?? '');

const AZUSA = 'Azusa Unified School District';
let staff: GraphqlClient;
let lead: GraphqlClient;
/** A professional already on a team (not Azusa's), from the demo data. */
let member: {
  email: string;
  given_name: string;
  family_name: string;
  team: string;
  role: string;
  started_on: string;
};
let otherTeam: string;
/** Another professional, on no team of the lead's. */
let stranger: typeof member;

const membershipsOf = (email: string) =>
  sql<{ team: string; role: string; started_on: string }>(
    `select t.name as team, m.role, to_char(m.started_on, 'YYYY-MM-DD') as started_on
     from membership m join person p on p.id = m.person_id join team t on t.id = m.team_id
     where p.email = ? order by m.started_on, m.role`,
    [email],
  );

beforeAll(async () => {
  staff = await context.server.signIn('staff@example.org', DEMO_PASSWORD);
  lead = await context.server.signIn('lead@example.org', DEMO_PASSWORD);
  [member] = (await sql(
    `select p.email, p.given_name, p.family_name, t.name as team, m.role, to_char(m.started_on, 'YYYY-MM-DD') as started_on
     from person p join membership m on m.person_id = p.id join team t on t.id = m.team_id
     where p.kind = 'PROFESSIONAL' and m.ended_on is null and t.name <> ? and p.email is not null
     order by p.email limit 1`,
    [AZUSA],
  )) as [typeof member];
  otherTeam = member.team;
  [stranger] = (await sql(
    `select p.email, p.given_name, p.family_name from person p
     where p.kind = 'PROFESSIONAL' and p.email is not null and p.email <> ?
       and not exists (select 1 from membership m join team t on t.id = m.team_id where m.person_id = p.id and t.name = ?)
     order by p.email limit 1`,
    [member.email, AZUSA],
  )) as [typeof member];
});

describe('importing people and memberships', () => {
  it('imports a good file: new people with their seats, one person in two seats, a family member without email, a membership for a person already recorded', async () => {
    const file = csvFile([
      HEADER,
      row({
        given_name: 'Ana',
        family_name: 'Importada',
        email: 'Ana.Importada@Example.org',
        title: 'Teacher',
        phone: '+1 555 010 2000',
        preferred_language: 'Spanish',
        employer: AZUSA,
        team: AZUSA,
        role: 'SITE_STAFF',
        started_on: '8/1/2024',
        organization: AZUSA,
      }),
      row({
        given_name: 'Ana',
        family_name: 'Importada',
        email: 'ana.importada@example.org',
        title: 'Teacher',
        phone: '+1 555 010 2000',
        preferred_language: 'SPANISH',
        employer: AZUSA,
        team: AZUSA,
        role: 'SITE_ENGAGEMENT_LEAD',
        started_on: '2024-08-01',
      }),
      row({
        given_name: 'Rosa',
        family_name: 'Familia',
        kind: 'family member',
        team: AZUSA,
        role: 'FAMILY_MEMBER',
        started_on: '2024-08-15',
      }),
      row({
        given_name: member.given_name,
        family_name: member.family_name,
        email: member.email,
        team: AZUSA,
        role: 'COMMUNITY_PARTNER',
        started_on: '2024-09-01',
      }),
      row({ given_name: 'Solo', family_name: 'Person', email: 'solo.person@example.org' }),
    ]);
    const checked = await preview(staff, 'PEOPLE_AND_MEMBERSHIPS', file);
    expect(checked.errors.nodes).toEqual([]);
    expect(checked).toMatchObject({ totalRows: 5, validRows: 5 });

    const { data, errors } = await commit(staff, checked.id, 'ALL');
    expect(errors).toBeUndefined();
    expect(createdOf(data?.commitImport)).toEqual({ Person: 3, Membership: 4 });
    expect(await membershipsOf('ana.importada@example.org')).toEqual([
      { team: AZUSA, role: 'SITE_ENGAGEMENT_LEAD', started_on: '2024-08-01' },
      { team: AZUSA, role: 'SITE_STAFF', started_on: '2024-08-01' },
    ]);
    const [ana] = await sql<Record<string, unknown>>(
      `select p.title, p.phone, p.preferred_language, e.name as employer from person p left join organization e on e.id = p.employer_id where p.email = 'ana.importada@example.org'`,
    );
    expect(ana).toEqual({
      title: 'Teacher',
      phone: '+1 555 010 2000',
      preferred_language: 'SPANISH',
      employer: AZUSA,
    });
    expect(await membershipsOf(member.email)).toContainEqual({
      team: AZUSA,
      role: 'COMMUNITY_PARTNER',
      started_on: '2024-09-01',
    });
    const [rosa] = await sql<{ kind: string; email: string | null }>(
      `select kind, email from person where given_name = 'Rosa' and family_name = 'Familia'`,
    );
    expect(rosa).toEqual({ kind: 'FAMILY_MEMBER', email: null });
    const [solo] = await sql<{ count: string }>(
      `select count(*) from membership m join person p on p.id = m.person_id where p.email = 'solo.person@example.org'`,
    );
    expect(Number(solo?.count)).toBe(0);
    const audited = await sql<{ entity: string; count: string }>(
      `select entity, count(*) from audit_event where summary like ? group by entity order by entity`,
      [`%(import ${checked.id})`],
    );
    expect(audited).toEqual([
      { entity: 'Membership', count: '4' },
      { entity: 'Person', count: '3' },
    ]);
  });

  it('names each problem of a bad file by row, column and message, and a failing ALL leaves the database as it was', async () => {
    const file = csvFile([
      HEADER,
      row({ given_name: '', family_name: 'Nameless', email: 'nameless@example.org' }),
      row({ given_name: 'Bad', family_name: 'Email', email: 'not-an-email' }),
      row({
        given_name: 'No',
        family_name: 'Team',
        team: 'No Such Team',
        role: 'SITE_STAFF',
        started_on: '2024-08-01',
      }),
      row({
        given_name: 'Wrong',
        family_name: 'Seat',
        email: 'wrong.seat@example.org',
        team: AZUSA,
        role: 'STUDENT',
        started_on: '2024-08-01',
      }),
      row({
        given_name: 'Bad',
        family_name: 'Date',
        email: 'bad.date@example.org',
        team: AZUSA,
        role: 'SITE_STAFF',
        started_on: '2024-13-01',
      }),
      row({ given_name: 'No', family_name: 'Role', email: 'no.role@example.org', team: AZUSA }),
      row({
        given_name: member.given_name,
        family_name: 'Someone Else',
        email: member.email,
        team: AZUSA,
        role: 'SITE_STAFF',
        started_on: '2024-08-01',
      }),
      row({
        given_name: 'Bad',
        family_name: 'Phone',
        email: 'bad.phone@example.org',
        phone: 'call me',
      }),
      row({
        given_name: member.given_name,
        family_name: member.family_name,
        email: member.email,
        team: member.team,
        role: member.role,
        started_on: member.started_on,
      }),
      row({
        given_name: 'Two',
        family_name: 'Faces',
        email: 'two.faces@example.org',
        title: 'Principal',
        team: AZUSA,
        role: 'SITE_ADMINISTRATOR',
        started_on: '2024-08-01',
      }),
      row({
        given_name: 'Two',
        family_name: 'Faces',
        email: 'two.faces@example.org',
        title: 'Teacher',
        team: AZUSA,
        role: 'SITE_STAFF',
        started_on: '2024-08-01',
      }),
      row({
        given_name: 'Two',
        family_name: 'Faces',
        email: 'two.faces@example.org',
        title: 'Principal',
        team: AZUSA,
        role: 'SITE_ADMINISTRATOR',
        started_on: '2024-09-01',
      }),
      row({ given_name: 'Mystery', family_name: 'Seat', role: 'SITE_STAFF' }),
    ]);
    const checked = await preview(staff, 'PEOPLE_AND_MEMBERSHIPS', file);
    expect(checked.errors.nodes).toEqual([
      { row: 2, column: 'given_name', message: 'is required' },
      { row: 3, column: 'email', message: 'must be an email address' },
      { row: 4, column: 'team', message: 'no team is called or has the id "No Such Team"' },
      {
        row: 5,
        column: 'role',
        message: 'Student is not a seat for a person of kind Professional staff',
      },
      { row: 6, column: 'started_on', message: 'must be a date written YYYY-MM-DD (or M/D/YYYY)' },
      { row: 7, column: 'role', message: 'is required with a team' },
      { row: 7, column: 'started_on', message: 'is required with a team' },
      {
        row: 8,
        column: 'family_name',
        message:
          'differs from the person already recorded with this email: an import adds memberships to people already recorded, it does not change them',
      },
      { row: 9, column: 'phone', message: 'must be a phone number' },
      {
        row: 10,
        column: 'role',
        message: 'the person already holds this role on the team for these dates',
      },
      { row: 12, column: 'title', message: 'differs from row 11, which has the same email' },
      {
        row: 13,
        column: 'role',
        message: 'the person already holds this role on the team for these dates (row 11)',
      },
      { row: 14, column: 'team', message: 'is required with a role' },
    ]);
    expect(checked).toMatchObject({ totalRows: 13, validRows: 1 });

    const before = await snapshot();
    const { errors } = await commit(staff, checked.id, 'ALL');
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.extensions?.fields?.[0]).toEqual({
      path: 'rows.2.given_name',
      message: 'is required',
    });
    expect(await snapshot()).toEqual(before);
    const [again] = await sql<{ status: string; mode: string | null }>(
      'select status, mode from data_import where id = ?',
      [checked.id],
    );
    expect(again).toEqual({ status: 'PREVIEWED', mode: null });
  });

  it("gives a preview's problems in the language of the request: kept as keys, read in Spanish or English", async () => {
    const file = csvFile([
      HEADER,
      row({ given_name: '', family_name: 'Sinnombre', email: 'sin.nombre@example.org' }),
      row({ given_name: 'Mal', family_name: 'Tipo', kind: 'teacher' }),
      row({
        given_name: 'Otro',
        family_name: 'Asiento',
        email: 'otro.asiento@example.org',
        team: AZUSA,
        role: 'STUDENT',
        started_on: '2024-08-01',
      }),
      row({
        given_name: 'Doble',
        family_name: 'Rol',
        email: 'doble.rol@example.org',
        team: AZUSA,
        role: 'SITE_STAFF',
        started_on: '2024-08-01',
      }),
      row({
        given_name: 'Doble',
        family_name: 'Rol',
        email: 'doble.rol@example.org',
        team: AZUSA,
        role: 'SITE_STAFF',
        started_on: '2024-09-01',
      }),
    ]);
    const spanish = inLanguage(context.server.url, staff, 'es-US,es;q=0.9,en;q=0.5');
    const checked = await preview(spanish, 'PEOPLE_AND_MEMBERSHIPS', file);
    const spanishProblems = [
      { row: 2, column: 'given_name', message: 'es obligatorio' },
      {
        row: 3,
        column: 'kind',
        message: 'debe ser PROFESSIONAL, STUDENT o FAMILY_MEMBER',
      },
      {
        row: 4,
        column: 'role',
        message: 'el rol Estudiante no corresponde a una persona de tipo Personal profesional',
      },
      {
        row: 6,
        column: 'role',
        message: 'la persona ya ocupa este rol en el equipo en esas fechas (fila 5)',
      },
    ];
    expect(checked.errors.nodes).toEqual(spanishProblems);

    // Kept as catalog keys and parameters, not as text: the same import reads in English.
    const [stored] = await sql<{ problems: { message: { key: string } }[] }>(
      'select problems from data_import where id = ?',
      [checked.id],
    );
    expect(stored?.problems.map((problem) => problem.message.key)).toEqual([
      'graphql.required',
      'validation.oneOf',
      'rosters.roleNotForKind',
      'imports.inRow',
    ]);
    const read = `query ($id: ID!) { dataImport(id: $id) { errors { nodes { row column message } } } }`;
    const english = await staff.graphql<{ dataImport: Preview }>(read, { id: checked.id });
    expect(english.data?.dataImport.errors.nodes.map((problem) => problem.message)).toEqual([
      'is required',
      'must be PROFESSIONAL, STUDENT, or FAMILY_MEMBER',
      'Student is not a seat for a person of kind Professional staff',
      'the person already holds this role on the team for these dates (row 5)',
    ]);
    const again = await spanish.graphql<{ dataImport: Preview }>(read, { id: checked.id });
    expect(again.data?.dataImport.errors.nodes).toEqual(spanishProblems);

    // A refused ALL import names its rows in Spanish too; paths stay `rows.<row>.<column>`.
    const refused = await spanish.graphql(
      'mutation ($id: ID!) { commitImport(id: $id, input: { mode: ALL }) { id } }',
      { id: checked.id },
    );
    expect(refused.errors?.[0]?.extensions?.fields?.[0]).toEqual({
      path: 'rows.2.given_name',
      message: 'es obligatorio',
    });
    expect(refused.errors?.[0]?.message).toMatch(/^Fila 2 › given_name: es obligatorio; /);
  });

  it("lets a team lead import onto their own team only: another team's rows are refused row by row", async () => {
    const file = csvFile([
      HEADER,
      row({
        given_name: 'Lead',
        family_name: 'Added',
        email: 'lead.added@example.org',
        team: AZUSA,
        role: 'SITE_STAFF',
        started_on: '2024-08-01',
      }),
      row({
        given_name: 'Elsewhere',
        family_name: 'Added',
        email: 'elsewhere.added@example.org',
        team: otherTeam,
        role: 'SITE_STAFF',
        started_on: '2024-08-01',
      }),
      row({
        given_name: 'Also',
        family_name: 'Here',
        email: 'also.here@example.org',
        team: AZUSA,
        role: 'SITE_ENGAGEMENT_LEAD',
        started_on: '2024-08-01',
      }),
    ]);
    const checked = await preview(lead, 'PEOPLE_AND_MEMBERSHIPS', file);
    expect(checked.errors.nodes).toEqual([
      { row: 3, column: 'team', message: 'you may not add members to this team' },
    ]);

    const before = await snapshot();
    const refused = await commit(lead, checked.id, 'ALL');
    expect(refused.errors?.[0]?.extensions?.fields).toEqual([
      { path: 'rows.3.team', message: 'you may not add members to this team' },
    ]);
    expect(await snapshot()).toEqual(before);

    const { data, errors } = await commit(lead, checked.id, 'VALID_ONLY');
    expect(errors).toBeUndefined();
    expect(data?.commitImport).toMatchObject({ importedRows: 2, skippedRows: 1 });
    expect(createdOf(data?.commitImport)).toEqual({ Person: 2, Membership: 2 });
    expect(await membershipsOf('lead.added@example.org')).toEqual([
      { team: AZUSA, role: 'SITE_STAFF', started_on: '2024-08-01' },
    ]);
    expect(await membershipsOf('elsewhere.added@example.org')).toEqual([]);
    const [audit] = await sql<{ actor_role: string; count: string }>(
      'select actor_role, count(*) from audit_event where summary like ? group by actor_role',
      [`%(import ${checked.id})`],
    );
    expect(audit).toEqual({ actor_role: 'TEAM_LEAD', count: '4' });
  });

  it('does not let a team lead reach people of other teams by email, nor read imports of others', async () => {
    const file = csvFile([
      HEADER,
      row({
        given_name: stranger.given_name,
        family_name: stranger.family_name,
        email: stranger.email,
        team: AZUSA,
        role: 'SITE_STAFF',
        started_on: '2024-08-01',
      }),
    ]);
    const checked = await preview(lead, 'PEOPLE_AND_MEMBERSHIPS', file);
    expect(checked.errors.nodes).toEqual([
      {
        row: 2,
        column: 'email',
        message: 'is not accepted here; if it is right, ask CEI staff to add it',
      },
    ]);
    const theirs = await staff.graphql<{ dataImport: unknown }>(
      'query ($id: ID!) { dataImport(id: $id) { id } }',
      { id: checked.id },
    );
    expect(theirs.data?.dataImport).toBeNull();
    const stolen = await commit(staff, checked.id, 'VALID_ONLY');
    expect(stolen.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('is refused to liaisons and CBO partners', async () => {
    const file = csvFile([HEADER, row({ given_name: 'A', family_name: 'B' })]);
    for (const email of ['liaison@example.org', 'partner@example.org']) {
      const client = await context.server.signIn(email, DEMO_PASSWORD);
      const { errors } = await client.graphql(
        'mutation ($input: PreviewImportInput!) { previewImport(input: $input) { id } }',
        { input: { kind: 'PEOPLE_AND_MEMBERSHIPS', fileName: 'x.csv', content: file } },
      );
      expect(errors?.[0]?.extensions?.code, email).toBe('FORBIDDEN');
    }
  });
});
