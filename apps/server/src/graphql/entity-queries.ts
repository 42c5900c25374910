import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, type ClassType, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import { type AccessRule, Allow } from './access.js';
import type { Context } from './context.js';
import type { ListArguments, ListDefinition, Page } from './list.js';
import { selectedReferences } from './references.js';
import { planPage, planRecord } from './selection-plan.js';

/**
 * The two root queries every entity has (architecture.md): a lookup by id, null when absent or
 * out of scope, and a paged, filtered, sorted list. Both go through the scope layer, and both
 * declare who may call them. A selection the scope layer can answer in one SQL statement (see
 * selection-plan.ts) is answered so; any other by the resolvers, a level at a time.
 */
export function entityQueries<T extends { id: string }, F extends object>(
  entity: ClassType<T>,
  list: ListDefinition<T, F>,
  names: { one: string; many: string; description: string; access: AccessRule[] },
) {
  @Resolver(() => entity)
  class EntityQueries {
    @Allow(...names.access)
    @Query(() => entity, {
      name: names.one,
      nullable: true,
      description: `One ${entity.name} by id; null when it does not exist or is outside your scope.`,
    })
    async one(
      @Arg('id', () => ID) id: string,
      @Ctx() { data }: Context,
      @Info() info: GraphQLResolveInfo,
    ): Promise<T | null> {
      const plan = planRecord(entity, info, data.viewer);
      const answer = plan ? await data.compiledById(plan, id) : undefined;
      if (answer !== undefined) return answer as T | null;
      return data.byId(entity, id, selectedReferences(entity, info));
    }

    @Allow(...names.access)
    @Query(() => list.Page, { name: names.many, description: names.description })
    async many(
      @Args(() => list.RootArgs) args: ListArguments<F>,
      @Ctx() { data }: Context,
      @Info() info: GraphQLResolveInfo,
    ): Promise<Page<T>> {
      const plan = planPage(entity, info, data.viewer);
      const answer = plan ? await data.compiledList(plan, list.spec, args) : undefined;
      if (answer !== undefined) return answer as Page<T>;
      return data.list(list.spec, args, selectedReferences(entity, info, 'nodes'));
    }
  }
  return EntityQueries;
}
