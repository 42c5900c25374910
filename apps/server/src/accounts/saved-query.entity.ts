import { type Ref } from '@mikro-orm/core';
import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity.js';
import { JsonScalar } from '../graphql/scalars.js';
import { Account } from './account.entity.js';

/**
 * A filter and sort of one of the admin app's lists, saved under a name by an account and only
 * ever shown to it. Kept on the server rather than in the browser, so it follows the person to
 * any computer and nothing of it stays on a shared one after they sign out.
 */
@ObjectType({
  description:
    "A filter and sort of one of the admin app's lists, saved under a name; only its owner sees it.",
})
@Entity()
@Unique({ name: 'saved_query_owner_list_name_unique', properties: ['owner', 'list', 'name'] })
export class SavedQuery extends BaseEntity {
  /** The account that saved it: the only one that reads, uses or removes it. */
  @ManyToOne(() => Account, { ref: true, index: true, deleteRule: 'cascade' })
  owner: Ref<Account>;

  @Field(() => String, {
    description: 'The list it is for, as the admin app names it: "teams", "memberships".',
  })
  @Property({ type: 'text' })
  list: string;

  @Field(() => String, { description: 'The name its owner gave it.' })
  @Property({ type: 'text' })
  name: string;

  @Field(() => JsonScalar, {
    description:
      "The list's state as the app saved it: its filter values, sort, page size and shown filters.",
  })
  @Property({ type: 'jsonb' })
  value: Record<string, unknown>;
}
