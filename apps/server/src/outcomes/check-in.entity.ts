import { CheckInKind } from '@cei/domain';
import { type Ref } from '@mikro-orm/core';
import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { Account } from '../accounts/account.entity.js';
import { BaseEntity } from '../common/base.entity.js';
import { DateScalar } from '../graphql/scalars.js';
import { Team } from '../teams/team.entity.js';

/** A county office liaison's note on a visit or call with a team. */
@ObjectType({ description: "A county office liaison's note on a visit or call with a team." })
@Entity()
export class CheckIn extends BaseEntity {
  @ManyToOne(() => Team, { ref: true, index: true })
  team: Ref<Team>;

  /** The liaison who met the team; null when the account is gone or the note was imported. */
  @ManyToOne(() => Account, { ref: true, nullable: true, index: true, deleteRule: 'set null' })
  liaison?: Ref<Account> | null;

  @Field(() => DateScalar, { description: 'When the visit or call took place.' })
  @Property({ type: 'date', index: true })
  occurredOn: string;

  @Field(() => CheckInKind, { description: 'Visit, call or video call.' })
  @Enum({ items: () => CheckInKind })
  kind: CheckInKind;

  @Field(() => String, { description: 'What was discussed and observed.' })
  @Property({ type: 'text' })
  summary: string;
}

/** Something to be done after a check-in, and whether it was. */
@ObjectType({ description: 'Something to be done after a check-in, and whether it was.' })
@Entity()
export class FollowUp extends BaseEntity {
  @ManyToOne(() => CheckIn, { ref: true, index: true, deleteRule: 'cascade' })
  checkIn: Ref<CheckIn>;

  @Field(() => String, { description: 'What is to be done.' })
  @Property({ type: 'text' })
  description: string;

  @Field(() => DateScalar, { nullable: true, description: 'When it is due.' })
  @Property({ type: 'date', nullable: true })
  dueOn?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'When it was done; null while open.' })
  @Property({ type: 'date', nullable: true })
  completedOn?: string | null;
}
