import { DeliverableStatus } from '@cei/domain';
import { type Opt } from '@mikro-orm/core';
import { Check, Entity, Enum, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity.js';
import { DateScalar } from '../graphql/scalars.js';

/**
 * A statutory milestone of the initiative (AB 1808 section 140), e.g. the report to the State
 * Board of Education and the Legislature due 30 June 2024. Public (domain.md, privacy tiers).
 */
@ObjectType({
  description:
    'A statutory milestone of the initiative, e.g. a report due under AB 1808 section 140.',
})
@Entity()
@Check({
  name: 'deliverable_completed_check',
  expression: "status <> 'COMPLETED' or completed_on is not null",
})
export class Deliverable extends BaseEntity {
  @Field(() => String, {
    description: 'A stable key for code and reference data, e.g. "report_2024".',
  })
  @Property({ type: 'text', unique: true })
  key: string;

  @Field(() => String, {
    description: 'What is to be delivered, e.g. "Report to the Legislature".',
  })
  @Property({ type: 'text' })
  title: string;

  @Field(() => String, { nullable: true, description: 'What the statute requires.' })
  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @Field(() => String, { description: 'The statute requiring it, e.g. "AB 1808 section 140".' })
  @Property({ type: 'text' })
  statute: string;

  @Field(() => DateScalar, { description: 'The statutory deadline.' })
  @Property({ type: 'date', index: true })
  dueOn: string;

  @Field(() => DeliverableStatus, {
    description: 'Not started, in progress, submitted or completed.',
  })
  @Enum({ items: () => DeliverableStatus })
  status: Opt<DeliverableStatus> = DeliverableStatus.NOT_STARTED;

  @Field(() => String, {
    nullable: true,
    description: 'Evidence of delivery, e.g. a link to the published report.',
  })
  @Property({ type: 'text', nullable: true })
  evidence?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'When it was completed.' })
  @Property({ type: 'date', nullable: true })
  completedOn?: string | null;
}
