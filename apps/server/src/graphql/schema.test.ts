import { readFileSync } from 'node:fs';
import { isInterfaceType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { accessOf } from './access.js';
import { graphqlSchema, printedSchema } from './schema.js';

describe('the GraphQL schema', () => {
  it('matches the committed apps/server/schema.graphql (run `pnpm --filter @cei/server schema` after a change)', async () => {
    const committed = readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8');
    expect(await printedSchema()).toBe(committed);
  });

  it('describes every type and every field, for the partners who read it', async () => {
    const schema = await graphqlSchema();
    const undocumented: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      // Root types are containers; their fields carry the descriptions.
      const isRoot = type === schema.getQueryType() || type === schema.getMutationType();
      if (!type.description && !isRoot) undocumented.push(type.name);
      if (isObjectType(type) || isInterfaceType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) undocumented.push(`${type.name}.${field.name}`);
        }
      }
    }
    expect(undocumented).toEqual([]);
  });

  it('gives every entity a lookup and a paged list', async () => {
    const schema = await graphqlSchema();
    const query = schema.getQueryType()?.getFields() ?? {};
    // Deletions are pages of what is no longer there: nothing to look up.
    const pages = Object.keys(schema.getTypeMap()).filter(
      (name) => name.endsWith('Page') && name !== 'DeletionPage',
    );
    for (const page of pages) {
      const entity = page.replace(/Page$/, '');
      const lookup = entity.charAt(0).toLowerCase() + entity.slice(1);
      expect(query[lookup], `lookup ${lookup}`).toBeDefined();
      expect(String(query[lookup]?.type)).toBe(entity);
      const list = Object.values(query).find((field) => String(field.type) === `${page}!`);
      expect(list, `list of ${entity}`).toBeDefined();
      expect(list?.args.map((arg) => arg.name).sort()).toEqual([
        'after',
        'filter',
        'limit',
        'offset',
        'orderBy',
      ]);
    }
  });
});

describe('access declarations', () => {
  it('are made by every root field and mutation, the public ones included', async () => {
    const schema = await graphqlSchema();
    const undeclared = [schema.getQueryType(), schema.getMutationType()].flatMap((type) =>
      type
        ? Object.keys(type.getFields())
            .filter((field) => !accessOf(type, field)?.length)
            .map((field) => `${type.name}.${field}`)
        : [],
    );
    expect(undeclared).toEqual([]);
  });
});
