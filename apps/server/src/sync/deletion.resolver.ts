import {
  Args,
  ArgsType,
  Ctx,
  Field,
  ID,
  Int,
  ObjectType,
  Query,
  Resolver,
  registerEnumType,
} from 'type-graphql';
import { Min } from '../common/validation.js';
import { Allow, SIGNED_IN } from '../graphql/access.js';
import type { Context } from '../graphql/context.js';
import { DEFAULT_LIMIT, MAX_LIMIT, PageInfo } from '../graphql/list.js';
import { DateTimeScalar } from '../graphql/scalars.js';
import {
  DELETION_RETENTION_DAYS,
  type DeletionPageResult,
  listDeletions,
  SYNCED_ENTITY_TYPES,
  type SyncedEntityType,
} from './deletions.js';

/** `TeamLea` → `TEAM_LEA`: the enum value of an entity type. */
const enumValue = (type: string) => type.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();

export const SyncedEntityTypeEnum = Object.fromEntries(
  SYNCED_ENTITY_TYPES.map((type) => [enumValue(type), type]),
) as Record<string, SyncedEntityType>;
registerEnumType(SyncedEntityTypeEnum, {
  name: 'SyncedEntityType',
  description: 'A kind of record whose deletions are recorded: the type of a root list.',
});

@ObjectType({ description: 'A record that was deleted.' })
export class Deletion {
  @Field(() => SyncedEntityTypeEnum, { description: 'The type of the deleted record.' })
  entityType: SyncedEntityType;

  @Field(() => ID, { description: 'The id the deleted record had.' })
  id: string;

  @Field(() => DateTimeScalar, { description: 'When it was deleted.' })
  deletedAt: Date;
}

@ObjectType({ description: 'A page of deletions, oldest first, and how many there are in all.' })
export class DeletionPage {
  @Field(() => [Deletion], { description: 'The deletions on this page.' })
  nodes: Deletion[];

  @Field(() => Int, { description: 'How many deletions match, on all pages.' })
  totalCount: number;

  @Field(() => PageInfo, { description: 'Where this page ends, to ask for the next one.' })
  pageInfo: PageInfo;
}

@ArgsType()
class DeletionArgs {
  @Field(() => DateTimeScalar, {
    description: `Only deletions at or after this instant; at most ${DELETION_RETENTION_DAYS} days ago (deletions are kept that long).`,
  })
  since: Date;

  @Field(() => [SyncedEntityTypeEnum], {
    nullable: true,
    description: 'Only deletions of these types; all types when absent.',
  })
  entityTypes?: SyncedEntityType[];

  @Field(() => String, {
    nullable: true,
    description: 'Only deletions after this cursor (`pageInfo.endCursor` of the page before).',
  })
  after?: string;

  @Field(() => Int, {
    nullable: true,
    defaultValue: DEFAULT_LIMIT,
    description: `Deletions to return: ${DEFAULT_LIMIT} by default, at most ${MAX_LIMIT} (larger values are capped).`,
  })
  @Min(0)
  limit?: number;
}

@Resolver(() => Deletion)
export class DeletionResolver {
  @Allow(SIGNED_IN)
  @Query(() => DeletionPage, {
    description: `Records deleted since an instant that you could read, oldest first: to remove from a copy kept in sync (docs/partners.md). Kept ${DELETION_RETENTION_DAYS} days.`,
  })
  deletions(
    @Args(() => DeletionArgs) args: DeletionArgs,
    @Ctx() { data }: Context,
  ): Promise<DeletionPageResult> {
    return listDeletions(data, args);
  }
}
