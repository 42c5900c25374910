import { defaultFieldResolver, type GraphQLSchema, isObjectType } from 'graphql';

/**
 * The mark of an answer built in SQL (compiled-read.ts): each of its objects carries it, by which
 * the resolvers of references, nested lists and private fields know to hand on the value the
 * statement built rather than read or check it again.
 */
export const MARK = '__compiled';

export function isCompiled(record: unknown): boolean {
  return (record as Record<string, unknown> | null)?.[MARK] === true;
}

/** A reference's or a nested list's value in an answer built in SQL, by response key. */
export function compiledField(record: unknown, key: string | number): unknown {
  return (record as Record<string | number, unknown>)[key];
}

/**
 * Puts `answer` over the resolver of `type.field`: for a record of an answer built in SQL, the
 * field is given from the statement's value at its response key; other records go to the
 * resolver as before.
 */
export function answerCompiledField(
  schema: GraphQLSchema,
  type: string,
  field: string,
  answer: (value: unknown, record: { id: string }, context: never) => unknown,
): void {
  const objectType = schema.getType(type);
  if (!isObjectType(objectType)) throw new Error(`${type} is not an object type`);
  const definition = objectType.getFields()[field];
  if (!definition) throw new Error(`${type}.${field} is not in the schema`);
  const resolve = definition.resolve ?? defaultFieldResolver;
  definition.resolve = (root, args, context, info) =>
    isCompiled(root)
      ? answer(compiledField(root, info.path.key), root, context as never)
      : resolve(root, args, context, info);
}
