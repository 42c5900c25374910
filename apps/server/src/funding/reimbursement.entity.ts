import { ExpenseCategory, ReimbursementStatus } from '@cei/domain';
import { type Opt, type Ref } from '@mikro-orm/core';
import { Check, Entity, Enum, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity.js';
import { Convening } from '../convenings/convening.entity.js';
import { DateScalar, DateTimeScalar, DecimalScalar } from '../graphql/scalars.js';
import { Membership } from '../rosters/membership.entity.js';

/**
 * A member's claim for a travel cost, usually for a convening. Reimbursements are protected
 * (domain.md, privacy tiers); their totals per cohort and year are weighed against the
 * appropriation.
 */
@ObjectType({
  description:
    "A member's claim for a travel cost (mileage, lodging, airfare, meals), usually for a convening.",
})
@Entity()
@Check({ name: 'reimbursement_amount_check', expression: 'amount >= 0' })
@Check({
  name: 'reimbursement_decided_check',
  expression: "status = 'SUBMITTED' or decided_at is not null",
})
@Check({ name: 'reimbursement_paid_check', expression: "status <> 'PAID' or paid_on is not null" })
export class Reimbursement extends BaseEntity {
  @ManyToOne(() => Membership, { ref: true, index: true })
  membership: Ref<Membership>;

  @ManyToOne(() => Convening, { ref: true, nullable: true, index: true })
  convening?: Ref<Convening> | null;

  @Field(() => ExpenseCategory, { description: 'Mileage, lodging, airfare or meals.' })
  @Enum({ items: () => ExpenseCategory })
  category: ExpenseCategory;

  @Field(() => DecimalScalar, { description: 'The amount claimed in US dollars.' })
  @Property({ type: 'decimal', precision: 12, scale: 2 })
  amount: string;

  @Field(() => String, {
    description: 'What the cost was, e.g. "Mileage Fresno to Sacramento and back".',
  })
  @Property({ type: 'text' })
  description: string;

  @Field(() => ReimbursementStatus, { description: 'Submitted, approved, paid or rejected.' })
  @Enum({ items: () => ReimbursementStatus, index: true })
  status: Opt<ReimbursementStatus> = ReimbursementStatus.SUBMITTED;

  @Field(() => DateTimeScalar, { description: 'When the claim was submitted.' })
  @Property({ type: 'datetime' })
  submittedAt: Opt<Date> = new Date();

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was approved or rejected.' })
  @Property({ type: 'datetime', nullable: true })
  decidedAt?: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why it was rejected, for a rejected claim.',
  })
  @Property({ type: 'text', nullable: true })
  rejectionReason?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'When it was paid.' })
  @Property({ type: 'date', nullable: true })
  paidOn?: string | null;
}
