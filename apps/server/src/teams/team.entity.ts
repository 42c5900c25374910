import { TeamStatus } from '@cei/domain';
import { Collection, type Opt, type Ref } from '@mikro-orm/core';
import {
  Check,
  Entity,
  Enum,
  Index,
  ManyToOne,
  OneToMany,
  Property,
  Unique,
} from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { Cohort } from '../cohorts/cohort.entity.js';
import { BaseEntity } from '../common/base.entity.js';
import { DateScalar } from '../graphql/scalars.js';
import { Organization } from '../organizations/organization.entity.js';
import { Membership } from '../rosters/membership.entity.js';

/** A district team in one cohort: a lead LEA (and, for a consortium, member LEAs). */
@ObjectType({
  description:
    'A district team in one cohort, led by an LEA; a consortium team has member LEAs too.',
})
@Entity()
@Unique({ properties: ['cohort', 'leadLea'] })
// Team lists sorted by name from an index: see the TeamsByName migration.
@Index({ properties: ['name', 'id'] })
@Check({
  name: 'team_commitment_after_joining_check',
  expression: 'commitment_ends_on is null or commitment_ends_on > joined_on',
})
export class Team extends BaseEntity {
  @ManyToOne(() => Cohort, { ref: true, index: true })
  cohort: Ref<Cohort>;

  @Field(() => String, { description: 'The team name, usually its lead LEA.' })
  @Property({ type: 'text' })
  name: string;

  @ManyToOne(() => Organization, { ref: true, index: true })
  leadLea: Ref<Organization>;

  /** The "specified school site" where the team tests its problem of practice. */
  @ManyToOne(() => Organization, {
    ref: true,
    nullable: true,
    index: true,
    deleteRule: 'no action',
  })
  focusSchool?: Ref<Organization> | null;

  @Field(() => TeamStatus, { description: 'Active, withdrawn or completed.' })
  @Enum({ items: () => TeamStatus, index: true })
  status: Opt<TeamStatus> = TeamStatus.ACTIVE;

  @Field(() => DateScalar, { description: 'When the team joined its cohort.' })
  @Property({ type: 'date' })
  joinedOn: string;

  @Field(() => DateScalar, { nullable: true, description: 'When its minimum commitment ends.' })
  @Property({ type: 'date', nullable: true })
  commitmentEndsOn?: string | null;

  /** For scope rules ("teams of LEAs in my county"); lists go through the scope layer. */
  @OneToMany(
    () => TeamLea,
    (link) => link.team,
  )
  leaLinks = new Collection<TeamLea>(this);

  /** For scope rules ("teams of LEAs in my county"): see TeamCountyOffice. */
  @OneToMany(
    () => TeamCountyOffice,
    (link) => link.team,
  )
  countyOffices = new Collection<TeamCountyOffice>(this);

  /** For scope rules ("teams my organization is on"); lists go through the scope layer. */
  @OneToMany(
    () => Membership,
    (membership) => membership.team,
  )
  memberships = new Collection<Membership>(this);
}

/** An LEA of a consortium team other than its lead LEA. */
@ObjectType({ description: 'An LEA of a consortium team other than its lead LEA.' })
@Entity()
@Unique({ properties: ['team', 'lea'] })
export class TeamLea extends BaseEntity {
  @ManyToOne(() => Team, { ref: true, deleteRule: 'cascade' })
  team: Ref<Team>;

  @ManyToOne(() => Organization, { ref: true, index: true })
  lea: Ref<Organization>;
}

/**
 * A county office a team is in: its lead LEA's, or a member LEA's. Kept by the database in the
 * transaction of every write that changes it (migration TeamCountyOffices), never written here:
 * it lets a liaison's rule find the county's teams from one index range rather than joining
 * every team of the state to its lead LEA. It also keeps each team's name (column `team_name`,
 * migration TeamNamesByCountyOffice), so a county's teams are read by name from its index
 * (`coveredTeamsByName`, scope/rules.ts).
 */
@Entity({ tableName: 'team_county_office', readonly: true })
export class TeamCountyOffice {
  @ManyToOne(() => Team, { ref: true, primary: true })
  team: Ref<Team>;

  @ManyToOne(() => Organization, { ref: true, primary: true })
  countyOffice: Ref<Organization>;
}

/** One version of a team's problem of practice: the text changes, and every version is kept. */
@ObjectType({ description: "One version of a team's problem of practice; every version is kept." })
@Entity()
export class ProblemOfPractice extends BaseEntity {
  @ManyToOne(() => Team, { ref: true, index: true, deleteRule: 'cascade' })
  team: Ref<Team>;

  @Field(() => String, { description: 'The problem of practice.' })
  @Property({ type: 'text' })
  text: string;

  @Field(() => DateScalar, { description: 'From when this version applies.' })
  @Property({ type: 'date' })
  effectiveOn: string;
}

/** A team of an earlier cohort that facilitates a later cohort. */
@ObjectType({ description: 'A team of an earlier cohort that facilitates a later cohort.' })
@Entity()
@Unique({ properties: ['team', 'cohort'] })
export class Facilitation extends BaseEntity {
  @ManyToOne(() => Team, { ref: true, deleteRule: 'cascade' })
  team: Ref<Team>;

  @ManyToOne(() => Cohort, { ref: true, index: true })
  cohort: Ref<Cohort>;

  @Field(() => DateScalar, { nullable: true, description: 'From when.' })
  @Property({ type: 'date', nullable: true })
  startedOn?: string | null;
}
