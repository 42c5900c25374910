import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkCompatibility, recordedChanges } from './schema-compatibility.js';

const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');

describe('the schema partners code against', () => {
  it('has no breaking change since the last release that the changelog does not record', async () => {
    const report = await checkCompatibility(
      read('schema.released.graphql'),
      read('schema.graphql'),
      read('schema-changelog.md'),
    );
    // Each key printed here is a line for schema-changelog.md (after deprecating, for removals).
    expect(report).toEqual({ unrecorded: [], undeprecatedRemovals: [] });
  });
});

describe('the compatibility check', () => {
  const released = `
    type Query { team(id: ID!): Team, teams(limit: Int): [Team!]! }
    type Team { id: ID!, name: String!, code: String @deprecated(reason: "Use name.") }
    enum Phase { ONE TWO }
  `;
  const changelog = (...lines: string[]) =>
    `# Schema changelog\n\n## Unreleased\n\n${lines.map((line) => `- \`${line}\`: why.`).join('\n')}\n\n## Released 2026-01-01\n\n- \`FIELD_REMOVED Team.name\`: long ago.\n`;

  it('fails on an unrecorded breaking change, and passes once it is recorded', async () => {
    const removed = released.replace('code: String @deprecated(reason: "Use name.")', '');
    expect(await checkCompatibility(released, removed, changelog())).toEqual({
      unrecorded: [{ key: 'FIELD_REMOVED Team.code', message: expect.stringContaining('code') }],
      undeprecatedRemovals: [],
    });
    expect(
      await checkCompatibility(released, removed, changelog('FIELD_REMOVED Team.code')),
    ).toEqual({ unrecorded: [], undeprecatedRemovals: [] });
  });

  it('counts a changed type and a new required argument as breaking', async () => {
    const changed = released
      .replace('name: String!', 'name: Int!')
      .replace('teams(limit: Int)', 'teams(limit: Int, cohortId: ID!)');
    const report = await checkCompatibility(released, changed, changelog());
    expect(report.unrecorded.map((change) => change.key).sort()).toEqual([
      'FIELD_ARGUMENT_ADDED Query.teams.cohortId',
      'FIELD_TYPE_CHANGED Team.name',
    ]);
  });

  it('refuses the removal of a field no release deprecated, even recorded', async () => {
    const removed = released.replace('name: String!,', '');
    expect(
      await checkCompatibility(released, removed, changelog('FIELD_REMOVED Team.name')),
    ).toEqual({
      unrecorded: [],
      undeprecatedRemovals: [{ key: 'FIELD_REMOVED Team.name', message: expect.any(String) }],
    });
  });

  it('reads only what is recorded under Unreleased', () => {
    expect(recordedChanges(changelog('ENUM_VALUE_REMOVED Phase.TWO'))).toEqual(
      new Set(['ENUM_VALUE_REMOVED Phase.TWO']),
    );
  });

  it('lets additions through unrecorded', async () => {
    const added = released.replace(
      'enum Phase { ONE TWO }',
      'enum Phase { ONE TWO }\n type Cohort { id: ID! }',
    );
    expect(await checkCompatibility(released, added, changelog())).toEqual({
      unrecorded: [],
      undeprecatedRemovals: [],
    });
  });
});
