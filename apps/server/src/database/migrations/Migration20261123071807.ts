import { Migration } from '@mikro-orm/migrations';

export class Migration20261123071807 extends Migration {
  override async up(): Promise<void> {
    // Which seed data sets (reference, demo) a database has loaded: each loads once.
    this.addSql(
      `create table "seed_load" ("name" text primary key, "loaded_at" timestamptz not null default now());`,
    );

    this.addSql(
      `create table "cohort" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "number" int not null, "name" text not null, "phase" text check ("phase" in ('CEI_1_0', 'CEI_2_0')) not null, "status" text check ("status" in ('PLANNED', 'RECRUITING', 'ACTIVE', 'COMPLETED')) not null default 'PLANNED', "description" text null, "application_opens_at" timestamptz null, "application_due_at" timestamptz null, "first_convening_on" date null, "minimum_commitment_years" int null, "convenings_expected_per_year" int not null default 8, "stipend_per_team_per_year" numeric(12,2) null, constraint "cohort_pkey" primary key ("id"), constraint cohort_convenings_expected_check check (convenings_expected_per_year >= 0));`,
    );
    this.addSql(`alter table "cohort" add constraint "cohort_number_unique" unique ("number");`);
    this.addSql(`alter table "cohort" add constraint "cohort_name_unique" unique ("name");`);
    this.addSql(`create index "cohort_status_index" on "cohort" ("status");`);

    this.addSql(
      `create table "cohort_deadline" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "cohort_id" uuid not null, "due_at" timestamptz not null, "set_at" timestamptz not null, "reason" text null, constraint "cohort_deadline_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "cohort_deadline_cohort_id_index" on "cohort_deadline" ("cohort_id");`,
    );

    this.addSql(
      `create table "convening" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "program_year" text not null, "number" int not null, "title" text null, "kind" text check ("kind" in ('NETWORK_CONVENING', 'INFORMATION_SESSION', 'STATEWIDE_TRAINING', 'COACHING')) not null default 'NETWORK_CONVENING', "modality" text check ("modality" in ('VIRTUAL', 'IN_PERSON', 'HYBRID')) not null, "starts_at" timestamptz not null, "ends_at" timestamptz null, "venue" text null, "video_url" text null, "overnight_stay" boolean not null default false, constraint "convening_pkey" primary key ("id"), constraint convening_ends_after_start_check check (ends_at is null or ends_at > starts_at));`,
    );
    this.addSql(`create index "convening_starts_at_index" on "convening" ("starts_at");`);
    this.addSql(
      `create index "convening_program_year_number_index" on "convening" ("program_year", "number");`,
    );

    this.addSql(
      `create table "convening_cohort" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "convening_id" uuid not null, "cohort_id" uuid not null, constraint "convening_cohort_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "convening_cohort_cohort_id_index" on "convening_cohort" ("cohort_id");`,
    );
    this.addSql(
      `alter table "convening_cohort" add constraint "convening_cohort_convening_id_cohort_id_unique" unique ("convening_id", "cohort_id");`,
    );

    this.addSql(
      `create table "organization" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "kind" text check ("kind" in ('COUNTY_OFFICE', 'LEA', 'SCHOOL', 'COMMUNITY_ORGANIZATION', 'STATE_AGENCY')) not null, "name" text not null, "short_name" text null, "county_office_id" uuid null, "lea_id" uuid null, "county_code" text null, "cds_code" text null, "lea_type" text check ("lea_type" in ('UNIFIED_DISTRICT', 'HIGH_SCHOOL_DISTRICT', 'ELEMENTARY_DISTRICT', 'CHARTER_SCHOOL', 'COUNTY_OFFICE')) null, "locale" text check ("locale" in ('URBAN', 'SUBURBAN', 'TOWN', 'RURAL')) null, "grade_span" text check ("grade_span" in ('ELEMENTARY', 'MIDDLE', 'HIGH', 'OTHER')) null, "city" text null, "website" text null, constraint "organization_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "organization_county_office_id_index" on "organization" ("county_office_id");`,
    );
    this.addSql(`create index "organization_lea_id_index" on "organization" ("lea_id");`);
    this.addSql(
      `alter table "organization" add constraint "organization_county_code_unique" unique ("county_code");`,
    );
    this.addSql(
      `alter table "organization" add constraint "organization_cds_code_unique" unique ("cds_code");`,
    );
    this.addSql(`create index "organization_kind_name_index" on "organization" ("kind", "name");`);

    this.addSql(
      `create table "lead_agency" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "phase" text check ("phase" in ('CEI_1_0', 'CEI_2_0')) not null, "is_lead" boolean not null default false, "responsibility" text null, constraint "lead_agency_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "lead_agency" add constraint "lead_agency_organization_id_phase_unique" unique ("organization_id", "phase");`,
    );

    this.addSql(
      `create table "person" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "given_name" text not null, "family_name" text not null, "kind" text check ("kind" in ('PROFESSIONAL', 'STUDENT', 'FAMILY_MEMBER')) not null default 'PROFESSIONAL', "title" text null, "email" text null, "phone" text null, "preferred_language" text check ("preferred_language" in ('ENGLISH', 'SPANISH', 'OTHER')) null, "employer_id" uuid null, constraint "person_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "person_kind_index" on "person" ("kind");`);
    this.addSql(`alter table "person" add constraint "person_email_unique" unique ("email");`);
    this.addSql(`create index "person_employer_id_index" on "person" ("employer_id");`);
    this.addSql(
      `create index "person_family_name_given_name_index" on "person" ("family_name", "given_name");`,
    );

    this.addSql(
      `create table "team" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "cohort_id" uuid not null, "name" text not null, "lead_lea_id" uuid not null, "focus_school_id" uuid null, "status" text check ("status" in ('ACTIVE', 'WITHDRAWN', 'COMPLETED')) not null default 'ACTIVE', "joined_on" date not null, "commitment_ends_on" date null, constraint "team_pkey" primary key ("id"), constraint team_commitment_after_joining_check check (commitment_ends_on is null or commitment_ends_on > joined_on));`,
    );
    this.addSql(`create index "team_cohort_id_index" on "team" ("cohort_id");`);
    this.addSql(`create index "team_lead_lea_id_index" on "team" ("lead_lea_id");`);
    this.addSql(`create index "team_focus_school_id_index" on "team" ("focus_school_id");`);
    this.addSql(`create index "team_status_index" on "team" ("status");`);
    this.addSql(
      `alter table "team" add constraint "team_cohort_id_lead_lea_id_unique" unique ("cohort_id", "lead_lea_id");`,
    );

    this.addSql(
      `create table "problem_of_practice" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "team_id" uuid not null, "text" text not null, "effective_on" date not null, constraint "problem_of_practice_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "problem_of_practice_team_id_index" on "problem_of_practice" ("team_id");`,
    );

    this.addSql(
      `create table "membership" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "team_id" uuid not null, "person_id" uuid not null, "role" text check ("role" in ('DISTRICT_CABINET_LEADER', 'DISTRICT_ENGAGEMENT_LEAD', 'SITE_ADMINISTRATOR', 'SITE_ENGAGEMENT_LEAD', 'SITE_STAFF', 'STUDENT', 'FAMILY_MEMBER', 'COE_REPRESENTATIVE', 'COMMUNITY_PARTNER')) not null, "organization_id" uuid null, "started_on" date not null, "ended_on" date null, "end_reason" text check ("end_reason" in ('LEFT_POSITION', 'LEFT_ORGANIZATION', 'GRADUATED', 'STEPPED_DOWN', 'ROLE_CHANGED', 'TEAM_ENDED', 'OTHER')) null, "end_note" text null, constraint "membership_pkey" primary key ("id"), constraint membership_ends_after_start_check check (ended_on is null or ended_on > started_on));`,
    );
    this.addSql(`create index "membership_person_id_index" on "membership" ("person_id");`);
    this.addSql(
      `create index "membership_organization_id_index" on "membership" ("organization_id");`,
    );
    this.addSql(
      `create index "membership_team_id_role_index" on "membership" ("team_id", "role");`,
    );

    this.addSql(
      `create table "attendance" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "convening_id" uuid not null, "membership_id" uuid not null, "status" text check ("status" in ('PRESENT', 'ABSENT', 'EXCUSED')) not null, "mode" text check ("mode" in ('IN_PERSON', 'ONLINE')) null, constraint "attendance_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "attendance_membership_id_index" on "attendance" ("membership_id");`);
    this.addSql(
      `alter table "attendance" add constraint "attendance_convening_id_membership_id_unique" unique ("convening_id", "membership_id");`,
    );

    this.addSql(
      `create table "facilitation" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "team_id" uuid not null, "cohort_id" uuid not null, "started_on" date null, constraint "facilitation_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "facilitation_cohort_id_index" on "facilitation" ("cohort_id");`);
    this.addSql(
      `alter table "facilitation" add constraint "facilitation_team_id_cohort_id_unique" unique ("team_id", "cohort_id");`,
    );

    this.addSql(
      `create table "team_lea" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "team_id" uuid not null, "lea_id" uuid not null, constraint "team_lea_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "team_lea_lea_id_index" on "team_lea" ("lea_id");`);
    this.addSql(
      `alter table "team_lea" add constraint "team_lea_team_id_lea_id_unique" unique ("team_id", "lea_id");`,
    );

    this.addSql(
      `alter table "cohort_deadline" add constraint "cohort_deadline_cohort_id_foreign" foreign key ("cohort_id") references "cohort" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "convening_cohort" add constraint "convening_cohort_convening_id_foreign" foreign key ("convening_id") references "convening" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "convening_cohort" add constraint "convening_cohort_cohort_id_foreign" foreign key ("cohort_id") references "cohort" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "organization" add constraint "organization_county_office_id_foreign" foreign key ("county_office_id") references "organization" ("id") on update cascade on delete no action;`,
    );
    this.addSql(
      `alter table "organization" add constraint "organization_lea_id_foreign" foreign key ("lea_id") references "organization" ("id") on update cascade on delete no action;`,
    );

    this.addSql(
      `alter table "lead_agency" add constraint "lead_agency_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "person" add constraint "person_employer_id_foreign" foreign key ("employer_id") references "organization" ("id") on update cascade on delete no action;`,
    );

    this.addSql(
      `alter table "team" add constraint "team_cohort_id_foreign" foreign key ("cohort_id") references "cohort" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "team" add constraint "team_lead_lea_id_foreign" foreign key ("lead_lea_id") references "organization" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "team" add constraint "team_focus_school_id_foreign" foreign key ("focus_school_id") references "organization" ("id") on update cascade on delete no action;`,
    );

    this.addSql(
      `alter table "problem_of_practice" add constraint "problem_of_practice_team_id_foreign" foreign key ("team_id") references "team" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "membership" add constraint "membership_team_id_foreign" foreign key ("team_id") references "team" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "membership" add constraint "membership_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "membership" add constraint "membership_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete no action;`,
    );

    this.addSql(
      `alter table "attendance" add constraint "attendance_convening_id_foreign" foreign key ("convening_id") references "convening" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "attendance" add constraint "attendance_membership_id_foreign" foreign key ("membership_id") references "membership" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "facilitation" add constraint "facilitation_team_id_foreign" foreign key ("team_id") references "team" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "facilitation" add constraint "facilitation_cohort_id_foreign" foreign key ("cohort_id") references "cohort" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "team_lea" add constraint "team_lea_team_id_foreign" foreign key ("team_id") references "team" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "team_lea" add constraint "team_lea_lea_id_foreign" foreign key ("lea_id") references "organization" ("id") on update cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "seed_load" cascade;`);
    this.addSql(
      `alter table "cohort_deadline" drop constraint "cohort_deadline_cohort_id_foreign";`,
    );

    this.addSql(
      `alter table "convening_cohort" drop constraint "convening_cohort_cohort_id_foreign";`,
    );

    this.addSql(`alter table "team" drop constraint "team_cohort_id_foreign";`);

    this.addSql(`alter table "facilitation" drop constraint "facilitation_cohort_id_foreign";`);

    this.addSql(
      `alter table "convening_cohort" drop constraint "convening_cohort_convening_id_foreign";`,
    );

    this.addSql(`alter table "attendance" drop constraint "attendance_convening_id_foreign";`);

    this.addSql(
      `alter table "organization" drop constraint "organization_county_office_id_foreign";`,
    );

    this.addSql(`alter table "organization" drop constraint "organization_lea_id_foreign";`);

    this.addSql(`alter table "lead_agency" drop constraint "lead_agency_organization_id_foreign";`);

    this.addSql(`alter table "person" drop constraint "person_employer_id_foreign";`);

    this.addSql(`alter table "team" drop constraint "team_lead_lea_id_foreign";`);

    this.addSql(`alter table "team" drop constraint "team_focus_school_id_foreign";`);

    this.addSql(`alter table "membership" drop constraint "membership_organization_id_foreign";`);

    this.addSql(`alter table "team_lea" drop constraint "team_lea_lea_id_foreign";`);

    this.addSql(`alter table "membership" drop constraint "membership_person_id_foreign";`);

    this.addSql(
      `alter table "problem_of_practice" drop constraint "problem_of_practice_team_id_foreign";`,
    );

    this.addSql(`alter table "membership" drop constraint "membership_team_id_foreign";`);

    this.addSql(`alter table "facilitation" drop constraint "facilitation_team_id_foreign";`);

    this.addSql(`alter table "team_lea" drop constraint "team_lea_team_id_foreign";`);

    this.addSql(`alter table "attendance" drop constraint "attendance_membership_id_foreign";`);

    this.addSql(`drop table if exists "cohort" cascade;`);

    this.addSql(`drop table if exists "cohort_deadline" cascade;`);

    this.addSql(`drop table if exists "convening" cascade;`);

    this.addSql(`drop table if exists "convening_cohort" cascade;`);

    this.addSql(`drop table if exists "organization" cascade;`);

    this.addSql(`drop table if exists "lead_agency" cascade;`);

    this.addSql(`drop table if exists "person" cascade;`);

    this.addSql(`drop table if exists "team" cascade;`);

    this.addSql(`drop table if exists "problem_of_practice" cascade;`);

    this.addSql(`drop table if exists "membership" cascade;`);

    this.addSql(`drop table if exists "attendance" cascade;`);

    this.addSql(`drop table if exists "facilitation" cascade;`);

    this.addSql(`drop table if exists "team_lea" cascade;`);
  }
}
