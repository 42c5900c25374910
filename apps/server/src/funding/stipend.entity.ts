import { StipendStatus } from '@cei/domain';
import { type Opt, type Ref } from '@mikro-orm/core';
import { Check, Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity.js';
import { DateScalar, DateTimeScalar, DecimalScalar } from '../graphql/scalars.js';
import { Team } from '../teams/team.entity.js';

/** A team's unrestricted funds for one program year: one stipend per team and year. */
@ObjectType({ description: "A team's unrestricted funds for one program year." })
@Entity()
@Unique({ properties: ['team', 'programYear'] })
@Check({ name: 'stipend_amount_check', expression: 'amount >= 0' })
@Check({ name: 'stipend_program_year_check', expression: "program_year ~ '^[0-9]{4}-[0-9]{2}$'" })
@Check({ name: 'stipend_paid_check', expression: "status <> 'PAID' or paid_on is not null" })
export class Stipend extends BaseEntity {
  @ManyToOne(() => Team, { ref: true })
  team: Ref<Team>;

  @Field(() => String, { description: 'The program year it is for, e.g. "2022-23".' })
  @Property({ type: 'text', index: true })
  programYear: string;

  @Field(() => DecimalScalar, { description: 'The amount in US dollars.' })
  @Property({ type: 'decimal', precision: 12, scale: 2 })
  amount: string;

  @Field(() => StipendStatus, { description: 'Planned, approved or paid.' })
  @Enum({ items: () => StipendStatus, index: true })
  status: Opt<StipendStatus> = StipendStatus.PLANNED;

  @Field(() => DateScalar, { nullable: true, description: 'When payment is due.' })
  @Property({ type: 'date', nullable: true })
  dueOn?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the payment was approved.' })
  @Property({ type: 'datetime', nullable: true })
  approvedAt?: Date | null;

  @Field(() => DateScalar, { nullable: true, description: 'When it was paid.' })
  @Property({ type: 'date', nullable: true })
  paidOn?: string | null;
}
