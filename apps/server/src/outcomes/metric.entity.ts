import { MetricDirection } from '@cei/domain';
import { type Opt, type Ref } from '@mikro-orm/core';
import { Check, Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, Float, ObjectType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity.js';
import { DateScalar } from '../graphql/scalars.js';
import { Team } from '../teams/team.entity.js';

/** A measure of community engagement, e.g. the share of families attending school events. */
@ObjectType({
  description: 'A measure of community engagement, with its unit and which direction is better.',
})
@Entity()
export class Metric extends BaseEntity {
  @Field(() => String, {
    description: 'A stable key for code and imports, e.g. "family_event_attendance".',
  })
  @Property({ type: 'text', unique: true })
  key: string;

  @Field(() => String, { description: 'Its name, e.g. "Family attendance at school events".' })
  @Property({ type: 'text' })
  name: string;

  @Field(() => String, { nullable: true, description: 'What it measures and how.' })
  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @Field(() => String, { description: 'The unit of its values, e.g. "percent" or "families".' })
  @Property({ type: 'text' })
  unit: string;

  @Field(() => MetricDirection, { description: 'Whether higher or lower values are better.' })
  @Enum({ items: () => MetricDirection })
  direction: MetricDirection;
}

/**
 * A value of a metric for a team over a period, with its source. Progress is the change from the
 * team's baseline, so a team has at most one baseline per metric.
 */
@ObjectType({ description: 'A value of a metric for a team over a period, with its source.' })
@Entity()
@Unique({ properties: ['metric', 'team', 'periodStart'] })
@Unique({
  name: 'measurement_one_baseline_unique',
  expression:
    'create unique index "measurement_one_baseline_unique" on "measurement" ("metric_id", "team_id") where "is_baseline"',
})
@Check({ name: 'measurement_period_check', expression: 'period_end >= period_start' })
export class Measurement extends BaseEntity {
  @ManyToOne(() => Metric, { ref: true })
  metric: Ref<Metric>;

  @ManyToOne(() => Team, { ref: true, index: true })
  team: Ref<Team>;

  @Field(() => DateScalar, { description: 'The first day of the period measured.' })
  @Property({ type: 'date' })
  periodStart: string;

  @Field(() => DateScalar, { description: 'The last day of the period measured.' })
  @Property({ type: 'date' })
  periodEnd: string;

  /** Kept exact in the database (numeric 14,4); a GraphQL Float is exact enough to read it. */
  @Field(() => Float, { description: "The value, in the metric's unit." })
  @Property({ type: 'decimal', precision: 14, scale: 4 })
  value: string;

  @Field(() => String, {
    description: 'Where the value comes from, e.g. "sign-in sheets" or "LCAP survey".',
  })
  @Property({ type: 'text' })
  source: string;

  @Field(() => Boolean, {
    description:
      "Whether this is the team's baseline for the metric, which progress is measured from.",
  })
  @Property({ type: 'boolean', default: false })
  isBaseline: Opt<boolean> = false;
}
