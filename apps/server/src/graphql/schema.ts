import 'reflect-metadata';
import './enums.js';
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { resolvers } from '../features.js';
import { enforceFieldPrivacy } from '../scope/field-privacy.js';
import { enforceAccess } from './access.js';

let schema: Promise<GraphQLSchema> | undefined;

/** The one GraphQL schema of every feature; built once per process (type-graphql metadata is global). */
export function graphqlSchema(): Promise<GraphQLSchema> {
  schema ??= buildSchema({
    resolvers: resolvers as unknown as NonEmptyArray<new () => object>,
    // Input classes without decorators (filters) are valid objects, not unknown values.
    validate: { forbidUnknownValues: false },
    globalMiddlewares: [enforceAccess, enforceFieldPrivacy],
  });
  return schema;
}

/** The schema as committed in apps/server/schema.graphql, sorted so diffs stay readable. */
export async function printedSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await graphqlSchema()))}\n`;
}
