import { Phase } from '@cei/domain';
import { type Opt, type Ref } from '@mikro-orm/core';
import { Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity.js';
import { Organization } from './organization.entity.js';

/** An organization of the consortium that co-directs the CEI in a phase. */
@ObjectType({
  description: 'An organization of the consortium that co-directs the CEI in a phase.',
})
@Entity()
@Unique({ properties: ['organization', 'phase'] })
export class LeadAgency extends BaseEntity {
  @ManyToOne(() => Organization, { ref: true })
  organization: Ref<Organization>;

  @Field(() => Phase, { description: 'The phase it co-directs.' })
  @Enum({ items: () => Phase })
  phase: Phase;

  @Field(() => Boolean, {
    description: 'Whether it is the lead agency (San Bernardino County Superintendent of Schools).',
  })
  @Property({ type: 'boolean', default: false })
  isLead: Opt<boolean> = false;

  @Field(() => String, { nullable: true, description: 'Its part in the consortium.' })
  @Property({ type: 'text', nullable: true })
  responsibility?: string | null;
}
