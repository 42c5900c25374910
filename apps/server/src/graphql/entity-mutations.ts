import { Arg, type ClassType, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import type { ScopedData } from '../scope/scoped-data.js';
import { type AccessRule, Allow } from './access.js';
import type { Context } from './context.js';
import { defineField } from './references.js';

interface Operation {
  description: string;
  /** Who may call this one, when not those the entity's `access` names. */
  access?: AccessRule[];
}

interface Create<T, I extends object> extends Operation {
  input: ClassType<I>;
  /** The service; the context is there for the few that need more than the scope layer. */
  run: (data: ScopedData, input: I, context: Context) => Promise<T>;
}

interface Update<T, I extends object> extends Operation {
  input: ClassType<I>;
  run: (data: ScopedData, id: string, version: number, input: I, context: Context) => Promise<T>;
}

interface Delete extends Operation {
  /** A service that checks or removes more than the record; `data.remove` when absent. */
  run?: (data: ScopedData, id: string) => Promise<string>;
}

/**
 * The create, update and delete mutations of an entity (`createTeam(input)`,
 * `updateTeam(id, version, input)`, `deleteTeam(id)`), declared as data: each optional, each
 * declaring who may call it, each a call to the entity's service (a delete to `data.remove` by
 * default), which writes through the scope layer. An update carries the version last read (a
 * stale one is a CONFLICT); a delete returns the id. Mutations of another shape (state changes,
 * several records at once, other arguments or answers) stay hand-written beside them.
 */
export function entityMutations<T extends { id: string }, C extends object, U extends object>(
  entity: ClassType<T>,
  mutations: {
    access: AccessRule[];
    create?: Create<T, C>;
    update?: Update<T, U>;
    delete?: Delete;
    /** Descriptions of the `id` and `version` arguments, for the entities that give them. */
    arguments?: { id?: string; version?: string };
  },
): ClassType {
  @Resolver(() => entity)
  class Mutations {}
  Object.defineProperty(Mutations, 'name', { value: `${entity.name}Mutations` });

  const define = (
    verb: 'create' | 'update' | 'delete',
    operation: Operation,
    returns: () => ClassType | typeof ID,
    resolve: (...args: never[]) => unknown,
    parameters: ReturnType<typeof Ctx>[],
  ) =>
    defineField(Mutations, `${verb}${entity.name}`, resolve, (prototype, name, descriptor) => {
      Mutation(returns, { description: operation.description })(prototype, name, descriptor);
      Allow(...(operation.access ?? mutations.access))(prototype, name, descriptor);
      // Last first, as TypeScript runs parameter decorators: type-graphql lists the arguments
      // in the order their decorators ran, so they keep the hand-written mutations' order.
      for (let index = parameters.length - 1; index >= 0; index--) {
        parameters[index]?.(prototype, name, index);
      }
    });
  const idArg = () => Arg('id', () => ID, { description: mutations.arguments?.id });
  const versionArg = () => Arg('version', () => Int, { description: mutations.arguments?.version });

  const { create, update, delete: remove } = mutations;
  if (create) {
    define(
      'create',
      create,
      () => entity,
      (input: C, context: Context) => create.run(context.data, input, context),
      [Arg('input', () => create.input), Ctx()],
    );
  }
  if (update) {
    define(
      'update',
      update,
      () => entity,
      (id: string, version: number, input: U, context: Context) =>
        update.run(context.data, id, version, input, context),
      [idArg(), versionArg(), Arg('input', () => update.input), Ctx()],
    );
  }
  if (remove) {
    define(
      'delete',
      remove,
      () => ID,
      (id: string, { data }: Context) =>
        remove.run
          ? remove.run(data, id)
          : data.remove(entity as ClassType<T & { version: number }>, id),
      [idArg(), Ctx()],
    );
  }
  return Mutations;
}
