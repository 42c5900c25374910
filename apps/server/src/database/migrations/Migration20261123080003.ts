import { Migration } from '@mikro-orm/migrations';

export class Migration20261123080003 extends Migration {
  override async up(): Promise<void> {
    // Which seed data sets (reference, demo) a database has loaded: each loads once.
    this.addSql(
      `create table "seed_load" ("name" text primary key, "loaded_at" timestamptz not null default now());`,
    );

    this.addSql(
      `create table "appropriation" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "phase" text check ("phase" in ('CEI_1_0', 'CEI_2_0')) not null, "name" text not null, "source" text not null, "amount" numeric(12,2) not null, constraint "appropriation_pkey" primary key ("id"), constraint appropriation_amount_check check (amount >= 0));`,
    );
    this.addSql(`create index "appropriation_phase_index" on "appropriation" ("phase");`);
    this.addSql(
      `alter table "appropriation" add constraint "appropriation_name_unique" unique ("name");`,
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
      `create table "deliverable" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "key" text not null, "title" text not null, "description" text null, "statute" text not null, "due_on" date not null, "status" text check ("status" in ('NOT_STARTED', 'IN_PROGRESS', 'SUBMITTED', 'COMPLETED')) not null default 'NOT_STARTED', "evidence" text null, "completed_on" date null, constraint "deliverable_pkey" primary key ("id"), constraint deliverable_completed_check check (status <> 'COMPLETED' or completed_on is not null));`,
    );
    this.addSql(
      `alter table "deliverable" add constraint "deliverable_key_unique" unique ("key");`,
    );
    this.addSql(`create index "deliverable_due_on_index" on "deliverable" ("due_on");`);

    this.addSql(
      `create table "metric" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "key" text not null, "name" text not null, "description" text null, "unit" text not null, "direction" text check ("direction" in ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER')) not null, constraint "metric_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "metric" add constraint "metric_key_unique" unique ("key");`);

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
      `create table "account" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "email" text not null, "display_name" text not null, "role" text check ("role" in ('CEI_ADMIN', 'CEI_STAFF', 'COE_LIAISON', 'CBO_PARTNER', 'TEAM_LEAD', 'API_PARTNER')) not null, "password_hash" text null, "language" text not null default 'en', "disabled_at" timestamptz null, "person_id" uuid null, "last_sign_in_at" timestamptz null, "failed_sign_ins" int not null default 0, "locked_until" timestamptz null, constraint "account_pkey" primary key ("id"), constraint account_language_check check (language = 'en' or language = 'es'), constraint account_email_lower_case_check check (email = lower(email)));`,
    );
    this.addSql(`alter table "account" add constraint "account_email_unique" unique ("email");`);
    this.addSql(`create index "account_role_index" on "account" ("role");`);
    this.addSql(`create index "account_person_id_index" on "account" ("person_id");`);

    this.addSql(
      `create table "audit_event" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "occurred_at" timestamptz not null, "action" text check ("action" in ('SIGN_IN_SUCCEEDED', 'SIGN_IN_FAILED', 'SIGN_OUT', 'CREATED', 'UPDATED', 'DELETED', 'PROTECTED_READ')) not null, "actor_id" uuid null, "actor_role" text null, "entity" text null, "entity_id" text null, "changes" jsonb null, "summary" text not null, constraint "audit_event_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "audit_event_occurred_at_index" on "audit_event" ("occurred_at");`);
    this.addSql(`create index "audit_event_action_index" on "audit_event" ("action");`);
    this.addSql(`create index "audit_event_actor_id_index" on "audit_event" ("actor_id");`);
    this.addSql(
      `create index "audit_event_entity_entity_id_index" on "audit_event" ("entity", "entity_id");`,
    );

    this.addSql(
      `create table "api_token" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "account_id" uuid not null, "name" text not null, "token_hash" text not null, "expires_at" timestamptz not null, "last_used_at" timestamptz null, "revoked_at" timestamptz null, constraint "api_token_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "api_token_account_id_index" on "api_token" ("account_id");`);
    this.addSql(
      `alter table "api_token" add constraint "api_token_token_hash_unique" unique ("token_hash");`,
    );

    this.addSql(
      `create table "rubric_criterion" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "cohort_id" uuid not null, "key" text not null, "name" text not null, "description" text null, "max_score" int not null, "weight" int not null default 1, "position" int not null default 0, constraint "rubric_criterion_pkey" primary key ("id"), constraint rubric_criterion_weight_check check (weight >= 0), constraint rubric_criterion_max_score_check check (max_score > 0));`,
    );
    this.addSql(
      `alter table "rubric_criterion" add constraint "rubric_criterion_cohort_id_key_unique" unique ("cohort_id", "key");`,
    );

    this.addSql(
      `create table "session" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "account_id" uuid not null, "token_hash" text not null, "last_seen_at" timestamptz not null, "expires_at" timestamptz not null, "ended_at" timestamptz null, constraint "session_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "session_account_id_index" on "session" ("account_id");`);
    this.addSql(
      `alter table "session" add constraint "session_token_hash_unique" unique ("token_hash");`,
    );

    this.addSql(
      `create table "subscription" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "email" text not null, "name" text null, "organization_name" text null, "language" text check ("language" in ('ENGLISH', 'SPANISH', 'OTHER')) not null default 'ENGLISH', "status" text check ("status" in ('PENDING', 'CONFIRMED', 'UNSUBSCRIBED')) not null default 'PENDING', "confirm_token_hash" text null, "unsubscribe_token_hash" text not null, "confirmed_at" timestamptz null, "unsubscribed_at" timestamptz null, constraint "subscription_pkey" primary key ("id"), constraint subscription_unsubscribed_check check (status <> 'UNSUBSCRIBED' or unsubscribed_at is not null), constraint subscription_confirmed_check check (status <> 'CONFIRMED' or confirmed_at is not null), constraint subscription_email_lower_case_check check (email = lower(email)));`,
    );
    this.addSql(
      `alter table "subscription" add constraint "subscription_email_unique" unique ("email");`,
    );
    this.addSql(`create index "subscription_status_index" on "subscription" ("status");`);
    this.addSql(
      `alter table "subscription" add constraint "subscription_confirm_token_hash_unique" unique ("confirm_token_hash");`,
    );
    this.addSql(
      `alter table "subscription" add constraint "subscription_unsubscribe_token_hash_unique" unique ("unsubscribe_token_hash");`,
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
      `create table "stipend" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "team_id" uuid not null, "program_year" text not null, "amount" numeric(12,2) not null, "status" text check ("status" in ('PLANNED', 'APPROVED', 'PAID')) not null default 'PLANNED', "due_on" date null, "approved_at" timestamptz null, "paid_on" date null, constraint "stipend_pkey" primary key ("id"), constraint stipend_paid_check check (status <> 'PAID' or paid_on is not null), constraint stipend_program_year_check check (program_year ~ '^[0-9]{4}-[0-9]{2}$'), constraint stipend_amount_check check (amount >= 0));`,
    );
    this.addSql(`create index "stipend_program_year_index" on "stipend" ("program_year");`);
    this.addSql(`create index "stipend_status_index" on "stipend" ("status");`);
    this.addSql(
      `alter table "stipend" add constraint "stipend_team_id_program_year_unique" unique ("team_id", "program_year");`,
    );

    this.addSql(
      `create table "scope_binding" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "account_id" uuid not null, "organization_id" uuid null, "team_id" uuid null, constraint "scope_binding_pkey" primary key ("id"), constraint scope_binding_one_target_check check ((organization_id is null) <> (team_id is null)));`,
    );
    this.addSql(
      `create index "scope_binding_organization_id_index" on "scope_binding" ("organization_id");`,
    );
    this.addSql(`create index "scope_binding_team_id_index" on "scope_binding" ("team_id");`);
    this.addSql(
      `alter table "scope_binding" add constraint "scope_binding_account_id_team_id_unique" unique ("account_id", "team_id");`,
    );
    this.addSql(
      `alter table "scope_binding" add constraint "scope_binding_account_id_organization_id_unique" unique ("account_id", "organization_id");`,
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
      `create table "reimbursement" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "membership_id" uuid not null, "convening_id" uuid null, "category" text check ("category" in ('MILEAGE', 'LODGING', 'AIRFARE', 'MEALS')) not null, "amount" numeric(12,2) not null, "description" text not null, "status" text check ("status" in ('SUBMITTED', 'APPROVED', 'PAID', 'REJECTED')) not null default 'SUBMITTED', "submitted_at" timestamptz not null, "decided_at" timestamptz null, "paid_on" date null, constraint "reimbursement_pkey" primary key ("id"), constraint reimbursement_paid_check check (status <> 'PAID' or paid_on is not null), constraint reimbursement_decided_check check (status = 'SUBMITTED' or decided_at is not null), constraint reimbursement_amount_check check (amount >= 0));`,
    );
    this.addSql(
      `create index "reimbursement_membership_id_index" on "reimbursement" ("membership_id");`,
    );
    this.addSql(
      `create index "reimbursement_convening_id_index" on "reimbursement" ("convening_id");`,
    );
    this.addSql(`create index "reimbursement_status_index" on "reimbursement" ("status");`);

    this.addSql(
      `create table "attendance" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "convening_id" uuid not null, "membership_id" uuid not null, "status" text check ("status" in ('PRESENT', 'ABSENT', 'EXCUSED')) not null, "mode" text check ("mode" in ('IN_PERSON', 'ONLINE')) null, constraint "attendance_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "attendance_membership_id_index" on "attendance" ("membership_id");`);
    this.addSql(
      `alter table "attendance" add constraint "attendance_convening_id_membership_id_unique" unique ("convening_id", "membership_id");`,
    );

    this.addSql(
      `create table "measurement" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "metric_id" uuid not null, "team_id" uuid not null, "period_start" date not null, "period_end" date not null, "value" numeric(14,4) not null, "source" text not null, "is_baseline" boolean not null default false, constraint "measurement_pkey" primary key ("id"), constraint measurement_period_check check (period_end >= period_start));`,
    );
    this.addSql(`create index "measurement_team_id_index" on "measurement" ("team_id");`);
    this.addSql(
      `create unique index "measurement_one_baseline_unique" on "measurement" ("metric_id", "team_id") where "is_baseline";`,
    );
    this.addSql(
      `alter table "measurement" add constraint "measurement_metric_id_team_id_period_start_unique" unique ("metric_id", "team_id", "period_start");`,
    );

    this.addSql(
      `create table "facilitation" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "team_id" uuid not null, "cohort_id" uuid not null, "started_on" date null, constraint "facilitation_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "facilitation_cohort_id_index" on "facilitation" ("cohort_id");`);
    this.addSql(
      `alter table "facilitation" add constraint "facilitation_team_id_cohort_id_unique" unique ("team_id", "cohort_id");`,
    );

    this.addSql(
      `create table "check_in" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "team_id" uuid not null, "liaison_id" uuid null, "occurred_on" date not null, "kind" text check ("kind" in ('VISIT', 'CALL', 'VIDEO_CALL')) not null, "summary" text not null, constraint "check_in_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "check_in_team_id_index" on "check_in" ("team_id");`);
    this.addSql(`create index "check_in_liaison_id_index" on "check_in" ("liaison_id");`);
    this.addSql(`create index "check_in_occurred_on_index" on "check_in" ("occurred_on");`);

    this.addSql(
      `create table "follow_up" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "check_in_id" uuid not null, "description" text not null, "due_on" date null, "completed_on" date null, constraint "follow_up_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "follow_up_check_in_id_index" on "follow_up" ("check_in_id");`);

    this.addSql(
      `create table "application" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "cohort_id" uuid not null, "lea_id" uuid not null, "focus_school_id" uuid null, "contact_name" text null, "contact_phone" text null, "contact_email" text null, "superintendent_name" text null, "signed_on" date null, "district_description" text null, "motivation" text null, "engagement_history" text null, "difficult_conversations" text null, "underserved_engagement" text null, "rural_circumstances" text null, "status" text check ("status" in ('DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'SELECTED', 'WAITLISTED', 'DECLINED', 'WITHDRAWN')) not null default 'DRAFT', "submitted_at" timestamptz null, "is_late" boolean not null default false, "decided_at" timestamptz null, "team_id" uuid null, constraint "application_pkey" primary key ("id"), constraint application_team_check check (team_id is null or status = 'SELECTED'), constraint application_decided_check check ((status <> 'SELECTED' and status <> 'WAITLISTED' and status <> 'DECLINED') or decided_at is not null), constraint application_late_check check (not is_late or submitted_at is not null), constraint application_submitted_check check (status = 'DRAFT' or status = 'WITHDRAWN' or (submitted_at is not null and signed_on is not null)));`,
    );
    this.addSql(`create index "application_cohort_id_index" on "application" ("cohort_id");`);
    this.addSql(`create index "application_lea_id_index" on "application" ("lea_id");`);
    this.addSql(
      `create index "application_focus_school_id_index" on "application" ("focus_school_id");`,
    );
    this.addSql(`create index "application_status_index" on "application" ("status");`);
    this.addSql(
      `alter table "application" add constraint "application_team_id_unique" unique ("team_id");`,
    );
    this.addSql(
      `create unique index "application_one_per_lea_unique" on "application" ("cohort_id", "lea_id") where "status" <> 'WITHDRAWN';`,
    );

    this.addSql(
      `create table "review" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "application_id" uuid not null, "reviewer_id" uuid not null, "comment" text null, "submitted_at" timestamptz null, constraint "review_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "review_reviewer_id_index" on "review" ("reviewer_id");`);
    this.addSql(
      `alter table "review" add constraint "review_application_id_reviewer_id_unique" unique ("application_id", "reviewer_id");`,
    );

    this.addSql(
      `create table "review_score" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "review_id" uuid not null, "criterion_id" uuid not null, "score" int not null, constraint "review_score_pkey" primary key ("id"), constraint review_score_score_check check (score >= 0));`,
    );
    this.addSql(
      `create index "review_score_criterion_id_index" on "review_score" ("criterion_id");`,
    );
    this.addSql(
      `alter table "review_score" add constraint "review_score_review_id_criterion_id_unique" unique ("review_id", "criterion_id");`,
    );

    this.addSql(
      `create table "application_lea" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "application_id" uuid not null, "lea_id" uuid not null, constraint "application_lea_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "application_lea_lea_id_index" on "application_lea" ("lea_id");`);
    this.addSql(
      `alter table "application_lea" add constraint "application_lea_application_id_lea_id_unique" unique ("application_id", "lea_id");`,
    );

    this.addSql(
      `create table "application_document" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "application_id" uuid not null, "format" text check ("format" in ('WORD', 'PDF')) not null, "file_name" text not null, "content_type" text not null, "byte_size" int not null, "content" bytea not null, "uploaded_at" timestamptz not null, constraint "application_document_pkey" primary key ("id"), constraint application_document_byte_size_check check (byte_size = octet_length(content)));`,
    );
    this.addSql(
      `alter table "application_document" add constraint "application_document_application_id_format_unique" unique ("application_id", "format");`,
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
      `alter table "account" add constraint "account_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "audit_event" add constraint "audit_event_actor_id_foreign" foreign key ("actor_id") references "account" ("id") on update cascade on delete no action;`,
    );

    this.addSql(
      `alter table "api_token" add constraint "api_token_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "rubric_criterion" add constraint "rubric_criterion_cohort_id_foreign" foreign key ("cohort_id") references "cohort" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "session" add constraint "session_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade;`,
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
      `alter table "stipend" add constraint "stipend_team_id_foreign" foreign key ("team_id") references "team" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "scope_binding" add constraint "scope_binding_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "scope_binding" add constraint "scope_binding_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "scope_binding" add constraint "scope_binding_team_id_foreign" foreign key ("team_id") references "team" ("id") on update cascade on delete cascade;`,
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
      `alter table "reimbursement" add constraint "reimbursement_membership_id_foreign" foreign key ("membership_id") references "membership" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "reimbursement" add constraint "reimbursement_convening_id_foreign" foreign key ("convening_id") references "convening" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "attendance" add constraint "attendance_convening_id_foreign" foreign key ("convening_id") references "convening" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "attendance" add constraint "attendance_membership_id_foreign" foreign key ("membership_id") references "membership" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "measurement" add constraint "measurement_metric_id_foreign" foreign key ("metric_id") references "metric" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "measurement" add constraint "measurement_team_id_foreign" foreign key ("team_id") references "team" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "facilitation" add constraint "facilitation_team_id_foreign" foreign key ("team_id") references "team" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "facilitation" add constraint "facilitation_cohort_id_foreign" foreign key ("cohort_id") references "cohort" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "check_in" add constraint "check_in_team_id_foreign" foreign key ("team_id") references "team" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "check_in" add constraint "check_in_liaison_id_foreign" foreign key ("liaison_id") references "account" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "follow_up" add constraint "follow_up_check_in_id_foreign" foreign key ("check_in_id") references "check_in" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "application" add constraint "application_cohort_id_foreign" foreign key ("cohort_id") references "cohort" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "application" add constraint "application_lea_id_foreign" foreign key ("lea_id") references "organization" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "application" add constraint "application_focus_school_id_foreign" foreign key ("focus_school_id") references "organization" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "application" add constraint "application_team_id_foreign" foreign key ("team_id") references "team" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "review" add constraint "review_application_id_foreign" foreign key ("application_id") references "application" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "review" add constraint "review_reviewer_id_foreign" foreign key ("reviewer_id") references "account" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "review_score" add constraint "review_score_review_id_foreign" foreign key ("review_id") references "review" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "review_score" add constraint "review_score_criterion_id_foreign" foreign key ("criterion_id") references "rubric_criterion" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "application_lea" add constraint "application_lea_application_id_foreign" foreign key ("application_id") references "application" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "application_lea" add constraint "application_lea_lea_id_foreign" foreign key ("lea_id") references "organization" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "application_document" add constraint "application_document_application_id_foreign" foreign key ("application_id") references "application" ("id") on update cascade on delete cascade;`,
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

    this.addSql(
      `alter table "rubric_criterion" drop constraint "rubric_criterion_cohort_id_foreign";`,
    );

    this.addSql(`alter table "team" drop constraint "team_cohort_id_foreign";`);

    this.addSql(`alter table "facilitation" drop constraint "facilitation_cohort_id_foreign";`);

    this.addSql(`alter table "application" drop constraint "application_cohort_id_foreign";`);

    this.addSql(
      `alter table "convening_cohort" drop constraint "convening_cohort_convening_id_foreign";`,
    );

    this.addSql(
      `alter table "reimbursement" drop constraint "reimbursement_convening_id_foreign";`,
    );

    this.addSql(`alter table "attendance" drop constraint "attendance_convening_id_foreign";`);

    this.addSql(`alter table "measurement" drop constraint "measurement_metric_id_foreign";`);

    this.addSql(
      `alter table "organization" drop constraint "organization_county_office_id_foreign";`,
    );

    this.addSql(`alter table "organization" drop constraint "organization_lea_id_foreign";`);

    this.addSql(`alter table "lead_agency" drop constraint "lead_agency_organization_id_foreign";`);

    this.addSql(`alter table "person" drop constraint "person_employer_id_foreign";`);

    this.addSql(`alter table "team" drop constraint "team_lead_lea_id_foreign";`);

    this.addSql(`alter table "team" drop constraint "team_focus_school_id_foreign";`);

    this.addSql(
      `alter table "scope_binding" drop constraint "scope_binding_organization_id_foreign";`,
    );

    this.addSql(`alter table "membership" drop constraint "membership_organization_id_foreign";`);

    this.addSql(`alter table "application" drop constraint "application_lea_id_foreign";`);

    this.addSql(`alter table "application" drop constraint "application_focus_school_id_foreign";`);

    this.addSql(`alter table "application_lea" drop constraint "application_lea_lea_id_foreign";`);

    this.addSql(`alter table "team_lea" drop constraint "team_lea_lea_id_foreign";`);

    this.addSql(`alter table "account" drop constraint "account_person_id_foreign";`);

    this.addSql(`alter table "membership" drop constraint "membership_person_id_foreign";`);

    this.addSql(`alter table "audit_event" drop constraint "audit_event_actor_id_foreign";`);

    this.addSql(`alter table "api_token" drop constraint "api_token_account_id_foreign";`);

    this.addSql(`alter table "session" drop constraint "session_account_id_foreign";`);

    this.addSql(`alter table "scope_binding" drop constraint "scope_binding_account_id_foreign";`);

    this.addSql(`alter table "check_in" drop constraint "check_in_liaison_id_foreign";`);

    this.addSql(`alter table "review" drop constraint "review_reviewer_id_foreign";`);

    this.addSql(`alter table "review_score" drop constraint "review_score_criterion_id_foreign";`);

    this.addSql(`alter table "stipend" drop constraint "stipend_team_id_foreign";`);

    this.addSql(`alter table "scope_binding" drop constraint "scope_binding_team_id_foreign";`);

    this.addSql(
      `alter table "problem_of_practice" drop constraint "problem_of_practice_team_id_foreign";`,
    );

    this.addSql(`alter table "membership" drop constraint "membership_team_id_foreign";`);

    this.addSql(`alter table "measurement" drop constraint "measurement_team_id_foreign";`);

    this.addSql(`alter table "facilitation" drop constraint "facilitation_team_id_foreign";`);

    this.addSql(`alter table "check_in" drop constraint "check_in_team_id_foreign";`);

    this.addSql(`alter table "application" drop constraint "application_team_id_foreign";`);

    this.addSql(`alter table "team_lea" drop constraint "team_lea_team_id_foreign";`);

    this.addSql(
      `alter table "reimbursement" drop constraint "reimbursement_membership_id_foreign";`,
    );

    this.addSql(`alter table "attendance" drop constraint "attendance_membership_id_foreign";`);

    this.addSql(`alter table "follow_up" drop constraint "follow_up_check_in_id_foreign";`);

    this.addSql(`alter table "review" drop constraint "review_application_id_foreign";`);

    this.addSql(
      `alter table "application_lea" drop constraint "application_lea_application_id_foreign";`,
    );

    this.addSql(
      `alter table "application_document" drop constraint "application_document_application_id_foreign";`,
    );

    this.addSql(`alter table "review_score" drop constraint "review_score_review_id_foreign";`);

    this.addSql(`drop table if exists "appropriation" cascade;`);

    this.addSql(`drop table if exists "cohort" cascade;`);

    this.addSql(`drop table if exists "cohort_deadline" cascade;`);

    this.addSql(`drop table if exists "convening" cascade;`);

    this.addSql(`drop table if exists "convening_cohort" cascade;`);

    this.addSql(`drop table if exists "deliverable" cascade;`);

    this.addSql(`drop table if exists "metric" cascade;`);

    this.addSql(`drop table if exists "organization" cascade;`);

    this.addSql(`drop table if exists "lead_agency" cascade;`);

    this.addSql(`drop table if exists "person" cascade;`);

    this.addSql(`drop table if exists "account" cascade;`);

    this.addSql(`drop table if exists "audit_event" cascade;`);

    this.addSql(`drop table if exists "api_token" cascade;`);

    this.addSql(`drop table if exists "rubric_criterion" cascade;`);

    this.addSql(`drop table if exists "session" cascade;`);

    this.addSql(`drop table if exists "subscription" cascade;`);

    this.addSql(`drop table if exists "team" cascade;`);

    this.addSql(`drop table if exists "stipend" cascade;`);

    this.addSql(`drop table if exists "scope_binding" cascade;`);

    this.addSql(`drop table if exists "problem_of_practice" cascade;`);

    this.addSql(`drop table if exists "membership" cascade;`);

    this.addSql(`drop table if exists "reimbursement" cascade;`);

    this.addSql(`drop table if exists "attendance" cascade;`);

    this.addSql(`drop table if exists "measurement" cascade;`);

    this.addSql(`drop table if exists "facilitation" cascade;`);

    this.addSql(`drop table if exists "check_in" cascade;`);

    this.addSql(`drop table if exists "follow_up" cascade;`);

    this.addSql(`drop table if exists "application" cascade;`);

    this.addSql(`drop table if exists "review" cascade;`);

    this.addSql(`drop table if exists "review_score" cascade;`);

    this.addSql(`drop table if exists "application_lea" cascade;`);

    this.addSql(`drop table if exists "application_document" cascade;`);

    this.addSql(`drop table if exists "team_lea" cascade;`);
  }
}
