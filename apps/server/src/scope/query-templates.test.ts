import { RawQueryFragment, raw } from '@mikro-orm/core';
import { describe, expect, it } from 'vitest';
import { QueryTemplates } from './query-templates.js';
import type { Sql } from './statement-batch.js';

/**
 * A stand-in for MikroORM: binds every string of the clause, in order, writes dates into the SQL,
 * and counts its calls.
 */
function compiler(convert: (value: string) => string = (value) => value) {
  const calls: unknown[] = [];
  const compile = async (clause: unknown): Promise<Sql> => {
    calls.push(clause);
    const params: string[] = [];
    const sql = JSON.stringify(clause, function (this: Record<string, unknown>, key, value) {
      const original = this[key];
      if (original instanceof Date) return `date ${original.getTime()}`;
      if (typeof value !== 'string') return value;
      params.push(convert(value));
      return '?';
    });
    return { sql, params };
  };
  return { calls, compile };
}

const ids = (...values: string[]) => ({ id: { $in: values } });

describe('query templates', () => {
  it('compile a shape once and fill its template with the strings of each clause', async () => {
    const templates = new QueryTemplates();
    const { calls, compile } = compiler();
    const first = await templates.build('Team', ids('a', 'b'), compile);
    const second = await templates.build('Team', ids('c', 'd'), compile);
    expect(calls).toHaveLength(1);
    expect(first).toEqual(await compiler().compile(ids('a', 'b')));
    expect(second).toEqual(await compiler().compile(ids('c', 'd')));
  });

  it('keep apart what changes the SQL: the key, array lengths, numbers, nulls, dates', async () => {
    const templates = new QueryTemplates();
    const { calls, compile } = compiler();
    const clauses = [
      ids('a'),
      ids('a', 'b'),
      { limit: 1, id: 'a' },
      { limit: 2, id: 'a' },
      { endedOn: null, id: 'a' },
      { endedOn: 'x', id: 'a' },
      { at: new Date('2026-01-01T00:00:00Z') },
      { at: new Date('2026-01-02T00:00:00Z') },
      { b: 'a', a: 'b' },
    ];
    for (const clause of clauses) {
      expect(await templates.build('Team', clause, compile)).toEqual(
        await compiler().compile(clause),
      );
    }
    await templates.build('Person', ids('a'), compile);
    expect(calls).toHaveLength(clauses.length + 1);
  });

  it('compile afresh each time a clause whose strings the compiler converts', async () => {
    const templates = new QueryTemplates();
    const { calls, compile } = compiler((value) => value.trim().toLowerCase());
    const built = await templates.build('Team', { name: ' Alpha ' }, compile);
    expect(built).toEqual({ sql: '{"name":"?"}', params: ['alpha'] });
    await templates.build('Team', { name: 'Beta' }, compile);
    // Once for the markers, then once per clause.
    expect(calls).toHaveLength(3);
  });

  it('compile afresh a clause whose strings the compiler writes into the SQL', async () => {
    const templates = new QueryTemplates();
    let calls = 0;
    const inline = async (clause: { name: string }): Promise<Sql> => {
      calls += 1;
      return { sql: `name = '${clause.name}'`, params: [] };
    };
    expect(await templates.build('Team', { name: 'Alpha' }, inline)).toEqual({
      sql: "name = 'Alpha'",
      params: [],
    });
    expect(await templates.build('Team', { name: 'Beta' }, inline)).toEqual({
      sql: "name = 'Beta'",
      params: [],
    });
    expect(calls).toBe(3);
  });

  it('compile afresh a clause the compiler refuses with markers (a checked format)', async () => {
    const templates = new QueryTemplates();
    const strict = async (clause: { id: string }): Promise<Sql> => {
      if (!/^[a-z]+$/.test(clause.id)) throw new Error('not an id');
      return { sql: 'id = ?', params: [clause.id] };
    };
    expect(await templates.build('Team', { id: 'abc' }, strict)).toEqual({
      sql: 'id = ?',
      params: ['abc'],
    });
    await expect(templates.build('Team', { id: 'A1' }, strict)).rejects.toThrow('not an id');
  });

  it('compile afresh a clause that holds anything but plain data', async () => {
    const templates = new QueryTemplates();
    const { calls, compile } = compiler();
    class Reference {
      constructor(readonly id: string) {}
    }
    await templates.build('Team', { lead: new Reference('a') }, compile);
    await templates.build('Team', { lead: new Reference('a') }, compile);
    expect(calls).toHaveLength(2);
  });

  it("take a raw fragment's SQL into the shape and its parameters as the clause's strings", async () => {
    const templates = new QueryTemplates();
    let calls = 0;
    // MikroORM writes a raw fragment's SQL as it is and binds its parameters.
    const compile = async (clause: { id: { $in: RawQueryFragment } }): Promise<Sql> => {
      calls += 1;
      const fragment = clause.id.$in;
      return { sql: `id in (${fragment.sql})`, params: fragment.params as string[] };
    };
    const teams = (sql: string, ...params: string[]) => ({ id: { $in: raw(sql, params) } });
    const inCounty = 'select team_id from county where office in (?)';
    expect(await templates.build('Team', teams(inCounty, 'x'), compile)).toEqual({
      sql: `id in (${inCounty})`,
      params: ['x'],
    });
    expect(await templates.build('Team', teams(inCounty, 'y'), compile)).toEqual({
      sql: `id in (${inCounty})`,
      params: ['y'],
    });
    const inOrganization = 'select team_id from membership where organization in (?)';
    expect(await templates.build('Team', teams(inOrganization, 'y'), compile)).toEqual({
      sql: `id in (${inOrganization})`,
      params: ['y'],
    });
    // Once per SQL of the fragment.
    expect(calls).toBe(2);
  });

  it('take a raw fragment used as a key (a condition of its own) into the shape as well', async () => {
    const templates = new QueryTemplates();
    let calls = 0;
    // MikroORM finds the fragment of a symbol key, writes its SQL and binds its parameters.
    const compile = async (clause: Record<string | symbol, unknown>): Promise<Sql> => {
      calls += 1;
      const [key] = Object.getOwnPropertySymbols(clause);
      const fragment = RawQueryFragment.getKnownFragment(key) as RawQueryFragment;
      return {
        sql: `${fragment.sql} and kind = ?`,
        params: [...(fragment.params as string[]), clause.kind as string],
      };
    };
    const named = (sql: string, name: string) => ({ [raw(sql, [name])]: [], kind: 'LEA' });
    const ilike = 'coalesce(name ilike ?, false)';
    for (const name of ['%a%', '%b%']) {
      expect(await templates.build('Organization', named(ilike, name), compile)).toEqual({
        sql: `${ilike} and kind = ?`,
        params: [name, 'LEA'],
      });
    }
    const equal = 'name = ?';
    expect(await templates.build('Organization', named(equal, 'c'), compile)).toEqual({
      sql: `${equal} and kind = ?`,
      params: ['c', 'LEA'],
    });
    // Once per SQL of the fragment, with markers: a copy of the fragment under a key of its own.
    expect(calls).toBe(2);
  });

  it('fail, when checked, on a template that differs from the compiled query', async () => {
    const templates = new QueryTemplates({ checked: true });
    let order = 0;
    // A compiler whose SQL changes from call to call: no template can stand for it.
    const unstable = async (clause: { id: string }): Promise<Sql> => ({
      sql: `id = ? /* ${order++} */`,
      params: [clause.id],
    });
    await expect(templates.build('Team', { id: 'a' }, unstable)).rejects.toThrow(
      'The query template of Team differs from its query',
    );
  });
});
