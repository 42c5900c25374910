import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { useTestServer } from '../testing/vitest.js';
import { logSerializers } from './logged-errors.js';

const context = useTestServer();

/** What a logger with the server's serializers writes for one error. */
function logged(error: unknown): string {
  let line = '';
  const sink = new Writable({
    write(chunk, _encoding, done) {
      line += String(chunk);
      done();
    },
  });
  pino({ serializers: logSerializers }, sink).error({ err: error }, 'unexpected error');
  return line;
}

async function failure(sql: string, params: unknown[] = []): Promise<unknown> {
  try {
    await context.server.em().execute(sql, params);
  } catch (error) {
    return error;
  }
  throw new Error('the statement did not fail');
}

describe('a database error in the log', () => {
  const cases = [
    { title: 'a bound value', sql: 'select ?::int', params: ['Ana Secret-Value'], code: '22P02' },
    {
      title: 'a value in the detail of a unique violation',
      sql: "insert into account (id, version, created_at, updated_at, email, display_name, role, language) select gen_random_uuid(), 1, now(), now(), email, 'Secret-Value', role, language from account limit 1",
      params: [],
      code: '23505',
    },
  ];
  it.each(cases)('keeps its SQLSTATE and drops $title', async ({ sql, params, code }) => {
    const line = logged(await failure(sql, params));
    expect(JSON.parse(line).err).toMatchObject({ code });
    expect(line).not.toMatch(/Secret-Value|test-admin@example\.org|select|insert/i);
  });

  it('logs other errors with their message', () => {
    expect(JSON.parse(logged(new Error('a plain failure'))).err.message).toBe('a plain failure');
  });
});
