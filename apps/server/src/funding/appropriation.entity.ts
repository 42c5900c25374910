import { Phase } from '@cei/domain';
import { Check, Entity, Enum, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity.js';
import { DecimalScalar } from '../graphql/scalars.js';

/**
 * State funds appropriated to the initiative, e.g. $13,274,000 for CEI 1.0 by AB 1808 section 140:
 * what stipends and reimbursements are weighed against.
 */
@ObjectType({
  description:
    'State funds appropriated to the initiative, e.g. $13,274,000 for CEI 1.0 by AB 1808 section 140.',
})
@Entity()
@Check({ name: 'appropriation_amount_check', expression: 'amount >= 0' })
export class Appropriation extends BaseEntity {
  @Field(() => Phase, { description: 'The phase of the initiative it funds.' })
  @Enum({ items: () => Phase, index: true })
  phase: Phase;

  @Field(() => String, { description: 'A name, e.g. "CEI 1.0".' })
  @Property({ type: 'text', unique: true })
  name: string;

  @Field(() => String, { description: 'The fiscal source, e.g. "AB 1808 section 140".' })
  @Property({ type: 'text' })
  source: string;

  @Field(() => DecimalScalar, { description: 'The amount in US dollars.' })
  @Property({ type: 'decimal', precision: 12, scale: 2 })
  amount: string;
}
