import { IMPORT_PREVIEW_KEPT_HOURS } from '@cei/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../database/seed/demo-data.js';
import type { GraphqlClient } from '../testing/test-server.js';
import { useTestServer } from '../testing/vitest.js';
import { peopleFile } from './import.fixtures.js';
import { expireImportPreviews, IMPORT_LOCK } from './import.service.js';
import { commit, inLanguage, preview } from './import.test-helpers.js';

const context = useTestServer({ demo: true });
const { sql } = context;

const TEAM = 'Azusa Unified School District';

async function stored(id: string) {
  const [row] = await sql<{ status: string; has_file: boolean }>(
    'select status, content is not null as has_file from data_import where id = ?',
    [id],
  );
  return row;
}

/** The preview's last check, moved back by `hours`. */
async function silentFor(id: string, seconds: number) {
  await sql('update data_import set updated_at = now() - make_interval(secs => ?) where id = ?', [
    seconds,
    id,
  ]);
}

async function checkedAgo(id: string, hours: number) {
  await sql('update data_import set updated_at = now() - make_interval(hours => ?) where id = ?', [
    hours,
    id,
  ]);
}

let staff: GraphqlClient;
beforeAll(async () => {
  staff = await context.server.signIn('staff@example.org', DEMO_PASSWORD);
});

describe('the files of import previews', () => {
  it('are deleted when nobody imports them within the hours they are kept, and the import says so', async () => {
    const old = await preview(staff, 'PEOPLE_AND_MEMBERSHIPS', peopleFile(3, [TEAM], 'old'));
    const recent = await preview(staff, 'PEOPLE_AND_MEMBERSHIPS', peopleFile(3, [TEAM], 'new'));
    await checkedAgo(old.id, IMPORT_PREVIEW_KEPT_HOURS + 1);
    await checkedAgo(recent.id, IMPORT_PREVIEW_KEPT_HOURS - 1);

    expect(await expireImportPreviews(context.server.em())).toEqual({ expired: 1, abandoned: 0 });
    expect(await stored(old.id)).toEqual({ status: 'EXPIRED', has_file: false });
    expect(await stored(recent.id)).toEqual({ status: 'PREVIEWED', has_file: true });

    const refused = await inLanguage(context.server.url, staff, 'es').graphql(
      'mutation ($id: ID!) { commitImport(id: $id, input: { mode: ALL }) { id } }',
      { id: old.id },
    );
    expect(refused.errors?.[0]?.message).toBe(
      `El archivo se eliminó ${IMPORT_PREVIEW_KEPT_HOURS} horas después de su última revisión, porque puede contener datos protegidos; vuelva a subirlo.`,
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const [written] = await sql<{ people: number }>(
      "select count(*)::int as people from person where email like 'person.old.%'",
    );
    expect(written?.people).toBe(0);

    // The one still kept imports as usual, and its file goes with the import.
    const { data, errors } = await commit(staff, recent.id, 'ALL');
    expect(errors).toBeUndefined();
    expect(data?.commitImport.status).toBe('COMPLETED');
    expect(await stored(recent.id)).toEqual({ status: 'COMPLETED', has_file: false });
    expect(await expireImportPreviews(context.server.em())).toEqual({ expired: 0, abandoned: 0 });
  });

  it('are deleted within a minute when an import stopped with its server (its lock freed)', async () => {
    const stopped = await preview(staff, 'PEOPLE_AND_MEMBERSHIPS', peopleFile(2, [TEAM], 'stop'));
    // What a server that stopped mid-import leaves behind (its transaction rolled back).
    await sql(
      "update data_import set status = 'IMPORTING', mode = 'ALL', processed_rows = 1 where id = ?",
      [stopped.id],
    );
    // Just claimed: its transaction is about to take the import's lock.
    await silentFor(stopped.id, 5);
    expect(await expireImportPreviews(context.server.em())).toEqual({ expired: 0, abandoned: 0 });
    // Running: its transaction holds the lock (a server is at work on it).
    await silentFor(stopped.id, 30);
    const running = await context.server.orm.em.getConnection().getNativeClient();
    const session = await running.connect();
    try {
      await session.query('begin');
      await session.query('select pg_advisory_xact_lock($1, hashtext($2))', [
        IMPORT_LOCK,
        stopped.id,
      ]);
      expect(await expireImportPreviews(context.server.em())).toEqual({
        expired: 0,
        abandoned: 0,
      });
      // Unless it has been silent too long: a server cut off from the database, whose session
      // PostgreSQL has not yet found gone.
      await silentFor(stopped.id, 50);
      expect(await expireImportPreviews(context.server.em())).toEqual({
        expired: 0,
        abandoned: 1,
      });
      await sql("update data_import set status = 'IMPORTING' where id = ?", [stopped.id]);
      await silentFor(stopped.id, 30);
    } finally {
      await session.query('rollback');
      session.release();
    }
    // The session ended with its server: the lock is free, the import over.
    expect(await expireImportPreviews(context.server.em())).toEqual({ expired: 0, abandoned: 1 });
    expect(await stored(stopped.id)).toEqual({ status: 'FAILED', has_file: false });

    const { data } = await inLanguage(context.server.url, staff, 'es').graphql<{
      dataImport: { failure: string; processedRows: number };
    }>('query ($id: ID!) { dataImport(id: $id) { failure processedRows } }', { id: stopped.id });
    expect(data?.dataImport).toEqual({
      failure: 'La importación se detuvo por un error inesperado; no se guardó nada.',
      processedRows: 0,
    });
  });

  it('are deleted when an import fails, which is not retried', async () => {
    const failing = await preview(staff, 'PEOPLE_AND_MEMBERSHIPS', peopleFile(2, [TEAM], 'fail'));
    // An unexpected error in the middle of the import: the database refuses new people.
    await sql(`create function refuse_person() returns trigger language plpgsql as $$
      begin raise exception 'refused for the test'; end $$`);
    await sql(
      'create trigger refuse_person before insert on person execute function refuse_person()',
    );
    try {
      const { errors } = await commit(staff, failing.id, 'ALL');
      expect(errors?.length).toBeGreaterThan(0);
    } finally {
      await sql('drop trigger refuse_person on person');
      await sql('drop function refuse_person()');
    }
    expect(await stored(failing.id)).toEqual({ status: 'FAILED', has_file: false });
    await checkedAgo(failing.id, IMPORT_PREVIEW_KEPT_HOURS * 4);
    expect(await expireImportPreviews(context.server.em())).toEqual({ expired: 0, abandoned: 0 });
    expect((await stored(failing.id))?.status).toBe('FAILED');
  });
});
