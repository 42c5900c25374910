import type { GraphQLSchema } from 'graphql';
import type { ClassType } from 'type-graphql';
import { answerCompiledField } from '../scope/compiled-answer.js';
import type { CompilingScope } from '../scope/compiled-read.js';
import type { Sql } from '../scope/statement-batch.js';
import type { Context } from './context.js';

/**
 * A computed field (one with a resolver of its own) that an answer built in SQL can hold too:
 * the statement reads what the field is computed from, and the field's answer is computed from
 * that value by the same rule its resolver keeps (e.g. who may see a team's attendance).
 */
export interface ComputedInSql {
  /**
   * The SQL of the field's inputs for the record whose id is the SQL expression `id`, as JSON,
   * with the field's arguments as graphql-js coerced them; throws `InvalidInputError` where the
   * resolver would refuse them (the resolvers then answer and report it).
   */
  sql(scope: CompilingScope, id: string, args: Record<string, unknown>): Promise<Sql>;
  /** The field's answer from those inputs, for the viewer of `context`. */
  answer(value: unknown, record: { id: string }, context: Context): unknown;
}

const computedOf = new Map<ClassType, Map<string, ComputedInSql>>();

/** Declares that an answer built in SQL may hold `entity.field`, computed as `computed` says. */
export function computedInSql(entity: ClassType, field: string, computed: ComputedInSql): void {
  const fields = computedOf.get(entity) ?? new Map<string, ComputedInSql>();
  fields.set(field, computed);
  computedOf.set(entity, fields);
}

/** How an answer built in SQL holds `entity.field`, if it can. */
export function sqlComputed(entity: ClassType, field: string): ComputedInSql | undefined {
  return computedOf.get(entity)?.get(field);
}

/**
 * These fields of an answer built in SQL are computed from the statement's value, over their
 * resolvers, which would read it again (and convert and validate their arguments per record).
 */
export function answerCompiledComputed(schema: GraphQLSchema): void {
  for (const [entity, fields] of computedOf) {
    for (const [name, computed] of fields) {
      answerCompiledField(schema, entity.name, name, (value, record, context: Context) =>
        computed.answer(value, record, context),
      );
    }
  }
}
