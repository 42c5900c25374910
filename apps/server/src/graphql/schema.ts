import 'reflect-metadata';
import './enums.js';
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { resolvers } from '../features.js';
import { enforceFieldPrivacy } from '../scope/field-privacy.js';
import { enforceAccess } from './access.js';
import { answerCompiledComputed } from './computed-in-sql.js';
import { explainDuplicates } from './errors.js';
import { answerCompiledRelations } from './references.js';

let schema: Promise<GraphQLSchema> | undefined;

/**
 * The one GraphQL schema of every feature; built once per process (type-graphql metadata is
 * global). Access rules and field privacy are then attached to the resolvers of the fields they
 * concern (root fields; the types with private fields) rather than as global middlewares, which
 * would wrap every field of every answer in promises.
 */
export function graphqlSchema(): Promise<GraphQLSchema> {
  schema ??= buildSchema({
    resolvers: resolvers as unknown as NonEmptyArray<new () => object>,
    // Input classes without decorators (filters) are valid objects, not unknown values.
    validate: { forbidUnknownValues: false },
  }).then((built) => {
    enforceAccess(built);
    enforceFieldPrivacy(built);
    answerCompiledRelations(built);
    answerCompiledComputed(built);
    explainDuplicates(built);
    return built;
  });
  return schema;
}

/** The schema as committed in apps/server/schema.graphql, sorted so diffs stay readable. */
export async function printedSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await graphqlSchema()))}\n`;
}
