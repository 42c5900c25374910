import { Role, STAFF_ROLES, todayInPacific } from '@cei/domain';
import { type EntityClass, type FilterQuery, raw } from '@mikro-orm/core';
import { type KeptPages, SortDirection } from '../graphql/list.js';
import type { Sql } from './statement-batch.js';
import type { Viewer } from './viewer.js';
import { nest } from './where.js';

/**
 * The rows a viewer may read or write, per entity, as data: a where clause the scope layer ANDs
 * into every query and count. `ALL` means no restriction; `NONE` means nothing. This file is the
 * only place that decides row visibility (domain.md, "Who uses it" and "Privacy tiers").
 */
export const ALL = Symbol('all rows');
export const NONE = Symbol('no rows');
export type RowRule<T = unknown> = FilterQuery<T> | typeof ALL | typeof NONE;

type Rule = (viewer: Viewer) => RowRule<never>;

export const isStaff = (viewer: Viewer): boolean =>
  viewer.role !== null && STAFF_ROLES.includes(viewer.role);

/**
 * The teams a viewer covers: a liaison's are those of LEAs in their county offices (lead or
 * consortium member), a CBO partner's those its organization has a member on, a team lead's
 * their own. As SQL selecting their ids (as `id`) from a link table, or as the ids themselves;
 * null: no team. The link table is read alone: MikroORM's `$some` would join `team` again inside
 * its subquery, and for a large county PostgreSQL then scans every team, several times a
 * statement.
 */
export function coveredTeamIds(viewer: Viewer): Sql | readonly string[] | null {
  switch (viewer.role) {
    case Role.COE_LIAISON:
      // Teams' county offices (lead LEA's and member LEAs'), kept by the database: see
      // TeamCountyOffice.
      return linkSubquery(
        viewer.countyOfficeIds,
        (list) =>
          `select team_id as id from team_county_office where county_office_id in (${list})`,
      );
    case Role.CBO_PARTNER:
      // Only while it is on the team: its scope there ends with its last active membership.
      return linkSubquery(
        viewer.organizationIds,
        (list) =>
          `select team_id as id from membership where organization_id in (${list}) and (ended_on is null or ended_on > ?)`,
        [todayInPacific(new Date())],
      );
    case Role.TEAM_LEAD:
      return viewer.teamIds;
    default:
      return null;
  }
}

/**
 * A one-county liaison's teams (`TeamFilter.inScope` alone) in name order, as
 * `team_county_office` keeps them with their names: the page read from its index in order and
 * counted there, not every team of the county read, joined and sorted (the liaison dashboard's
 * list; at S10 the largest county has 2,007 teams). The same rows as `coveredTeamIds`: a team is
 * in that table once per county office.
 */
export const coveredTeamsByName: KeptPages = (args, order, viewer) => {
  const [countyOfficeId, ...more] = viewer.countyOfficeIds;
  if (viewer.role !== Role.COE_LIAISON || !countyOfficeId || more.length > 0) return null;
  const filters = Object.entries(args.filter ?? {}).filter(([, value]) => value != null);
  if (filters.length !== 1 || filters[0]?.[0] !== 'inScope' || filters[0][1] !== true) return null;
  const byName = ['name', 'id'];
  const ordered = order.every(
    (key, index) => key.field === byName[index] && key.direction === SortDirection.ASC,
  );
  if (!ordered || order.length !== byName.length) return null;
  return {
    rows: (limit, offset) => ({
      sql: `select c.* from team_county_office k join team c on c.id = k.team_id
        where k.county_office_id = ? order by k.team_name, k.team_id limit ? offset ?`,
      params: [countyOfficeId, limit, offset],
    }),
    count: {
      sql: 'select count(*)::int as total from team_county_office where county_office_id = ?',
      params: [countyOfficeId],
    },
  };
};

/** `coveredTeamIds` as a where clause on teams: a subquery, so the rule can be negated. */
export function coveredTeams(viewer: Viewer): object | null {
  const ids = coveredTeamIds(viewer);
  if (ids === null) return null;
  return { id: { $in: isSql(ids) ? raw(ids.sql, [...ids.params]) : ids } };
}

export const isSql = (ids: Sql | readonly string[]): ids is Sql => !Array.isArray(ids);

/** A subquery of `ids` and then `more` as parameters; no ids: no team. */
function linkSubquery(
  ids: readonly string[],
  sql: (list: string) => string,
  more: string[] = [],
): Sql | readonly string[] {
  if (ids.length === 0) return [];
  return { sql: sql(ids.map(() => '?').join(', ')), params: [...ids, ...more] };
}

/**
 * A CBO partner's own rows beyond the teams it covers: its organization's memberships, ended ones
 * included (the history it took part in), at `path` ('' for the membership itself).
 */
function partnerOwnMemberships(viewer: Viewer, path: string): object | null {
  if (viewer.role !== Role.CBO_PARTNER) return null;
  const own = { organization: { $in: viewer.organizationIds } };
  return path ? nest(path, own) : own;
}

/** The teams a viewer covers, as a row rule: every team for CEI staff and the system. */
export function coveredTeamRows(viewer: Viewer): RowRule {
  if (isStaff(viewer) || viewer.via === 'system') return ALL;
  return coveredTeams(viewer) ?? NONE;
}

/** Rows hanging off a covered team through `path` (e.g. 'team', 'membership.team'). */
function onCoveredTeam(path: string): Rule {
  return (viewer) => {
    if (isStaff(viewer)) return ALL;
    const teams = coveredTeams(viewer);
    return teams ? (nest(path, teams) as never) : NONE;
  };
}

/** Only the viewer's own team(s), as a team lead: the protected tier of their roster. */
function onOwnTeam(path: string, alsoOwn?: string): Rule {
  return (viewer) => {
    if (isStaff(viewer)) return ALL;
    const clauses: object[] = [];
    if (viewer.role === Role.TEAM_LEAD) clauses.push(nest(path, { id: { $in: viewer.teamIds } }));
    if (alsoOwn && viewer.personId) clauses.push(nest(alsoOwn, viewer.personId));
    return clauses.length ? ({ $or: clauses } as never) : NONE;
  };
}

/** A rule, widened to the viewer's own records: people always see themselves. */
function orOwn(rule: Rule, own: (personId: string) => object): Rule {
  return (viewer) => {
    const rows = rule(viewer);
    if (rows === ALL || !viewer.personId) return rows;
    const mine = own(viewer.personId);
    return (rows === NONE ? mine : { $or: [rows, mine] }) as never;
  };
}

/** A rule, widened to a CBO partner's own memberships at `path`. */
function orPartnerOwn(rule: Rule, path: string): Rule {
  return (viewer) => {
    const own = partnerOwnMemberships(viewer, path);
    const rows = rule(viewer);
    if (!own || rows === ALL) return rows;
    return (rows === NONE ? own : { $or: [rows, own] }) as never;
  };
}

const everyone: Rule = () => ALL;
const staffOnly: Rule = (viewer) => (isStaff(viewer) ? ALL : NONE);
const signedIn: Rule = (viewer) => (viewer.accountId || viewer.via === 'system' ? ALL : NONE);

/**
 * The where clauses that limit rows to the viewer's own account's records, so that access.json
 * can say "their own" rather than "some" (everyone may list their own calendar feeds; only an
 * admin lists accounts).
 */
const ownRecordClauses = new WeakSet<object>();

function ownRecords(path: string, accountId: string): never {
  const clause = nest(path, accountId) as object;
  ownRecordClauses.add(clause);
  return clause as never;
}

/**
 * Records of an account (through `path`, e.g. 'owner' or 'endpoint.owner'): the viewer's own,
 * and every one for a CEI admin.
 */
const ownedBy =
  (path: string): Rule =>
  (viewer) =>
    viewer.role === Role.CEI_ADMIN
      ? ALL
      : viewer.accountId
        ? ownRecords(path, viewer.accountId)
        : NONE;

/** Records of the signed-in account alone, whoever it is: an admin does not see others' either. */
const ownOnly =
  (field: string): Rule =>
  (viewer) =>
    viewer.accountId ? ownRecords(field, viewer.accountId) : NONE;

/** Read rules by entity name. An entity missing here is invisible to all but the system. */
const readRules: Record<string, Rule> = {
  // Public tier: organizations, cohorts, teams and their districts, the convening schedule,
  // statutory deliverables; and the definitions behind aggregates.
  Organization: everyone,
  LeadAgency: everyone,
  Cohort: everyone,
  CohortDeadline: everyone,
  Team: everyone,
  TeamLea: everyone,
  TeamCountyOffice: everyone,
  Facilitation: everyone,
  Convening: everyone,
  ConveningCohort: everyone,
  Deliverable: everyone,
  Appropriation: everyone,
  Metric: everyone,
  RubricCriterion: signedIn,

  // A team's own story: anyone with scope over the team.
  ProblemOfPractice: onCoveredTeam('team'),
  Stipend: onCoveredTeam('team'),
  CheckIn: (viewer) => (viewer.role === Role.CBO_PARTNER ? NONE : onCoveredTeam('team')(viewer)),
  FollowUp: (viewer) =>
    viewer.role === Role.CBO_PARTNER ? NONE : onCoveredTeam('checkIn.team')(viewer),
  // Aggregate tier: metric values per team, statewide for API partners.
  Measurement: (viewer) => (viewer.role === Role.API_PARTNER ? ALL : onCoveredTeam('team')(viewer)),

  // Rosters: who is on covered teams (field privacy then hides protected names and contacts).
  Membership: orOwn(orPartnerOwn(onCoveredTeam('team'), ''), (personId) => ({ person: personId })),
  // People on a covered team's roster (a `$some` subquery, so a count counts each person once);
  // a team lead also reads the people they added who are on no roster yet: the new member they
  // are adding (person first, then the membership) must be theirs to pick.
  Person: orOwn(
    (viewer) => {
      if (isStaff(viewer)) return ALL;
      const teams = coveredTeams(viewer);
      const partnerOwn = partnerOwnMemberships(viewer, '');
      const clauses = [
        ...(teams ? [{ memberships: { $some: { team: teams } } }] : []),
        ...(partnerOwn ? [{ memberships: { $some: partnerOwn } }] : []),
        ...(viewer.role === Role.TEAM_LEAD && viewer.accountId
          ? [{ addedBy: viewer.accountId, memberships: { $none: {} } }]
          : []),
      ];
      if (clauses.length === 0) return NONE;
      return (clauses.length === 1 ? clauses[0] : { $or: clauses }) as never;
    },
    (personId) => ({ id: personId }),
  ),

  // Protected tier: attendance records and reimbursements (a CBO partner sees its own claims).
  Attendance: onOwnTeam('membership.team', 'membership.person'),
  Reimbursement: (viewer) =>
    viewer.role === Role.CBO_PARTNER
      ? ({ membership: { organization: { $in: viewer.organizationIds } } } as never)
      : onOwnTeam('membership.team', 'membership.person')(viewer),

  // Applications and their reviews: CEI staff.
  Application: staffOnly,
  ApplicationLea: staffOnly,
  ApplicationDocument: staffOnly,
  Review: staffOnly,
  ReviewScore: staffOnly,
  Subscription: staffOnly,

  // Accounts: admins see all; everyone their own.
  Account: ownedBy('id'),
  ScopeBinding: ownedBy('account'),
  ApiToken: ownedBy('account'),
  Session: () => NONE,
  AuditEvent: (viewer) => (viewer.role === Role.CEI_ADMIN ? ALL : NONE),
  // Emails carry people's addresses and sign-up links: CEI admins only.
  OutboxEmail: (viewer) => (viewer.role === Role.CEI_ADMIN ? ALL : NONE),
  // Calendar feeds: the account that made one (its secret URL was shown to them); admins all.
  CalendarFeed: ownedBy('owner'),
  // Saved list filters: personal, even to an admin (they may hold what someone searched for).
  SavedQuery: ownOnly('owner'),
  // A CSV import (its file, preview and progress): the account that uploaded it; admins all.
  DataImport: ownedBy('createdBy'),
  // Webhooks: the API partner's own endpoints and their delivery log; admins all. Events are
  // the system's alone (they carry no data of their own).
  WebhookEndpoint: ownedBy('owner'),
  WebhookDelivery: ownedBy('endpoint.owner'),
  WebhookEvent: () => NONE,
};

/** A liaison's own check-ins with teams they cover, at `path` ('' for the check-in itself). */
function ownCheckIns(viewer: Viewer, path: string): object {
  const own = { liaison: viewer.accountId, team: coveredTeams(viewer) };
  return path ? nest(path, own) : own;
}

/**
 * Write rules: CEI staff write everything but accounts; team leads keep their own rosters,
 * measurements and their team's attendance, liaisons their own check-ins, CBO partners their
 * members' travel claims, everyone their own calendar feeds. Which mutation a role may call at
 * all is declared on the mutation (@Allow).
 */
const writeRules: Record<string, Rule> = {
  Membership: (viewer) =>
    viewer.role === Role.TEAM_LEAD
      ? ({ team: { $in: viewer.teamIds } } as never)
      : staffOnly(viewer),
  // A team lead may add people to their roster: people on their teams, or on no team yet.
  Person: (viewer) =>
    viewer.role === Role.TEAM_LEAD
      ? ({
          $or: [{ memberships: { team: { $in: viewer.teamIds } } }, { memberships: { $none: {} } }],
        } as never)
      : staffOnly(viewer),
  // Outcomes: a team lead records their own team's measurements; a liaison keeps their own
  // check-ins, and those check-ins' follow-ups, with the teams they cover.
  Measurement: (viewer) =>
    viewer.role === Role.TEAM_LEAD
      ? ({ team: { $in: viewer.teamIds } } as never)
      : staffOnly(viewer),
  CheckIn: (viewer) =>
    viewer.role === Role.COE_LIAISON ? (ownCheckIns(viewer, '') as never) : staffOnly(viewer),
  FollowUp: (viewer) =>
    viewer.role === Role.COE_LIAISON
      ? (ownCheckIns(viewer, 'checkIn') as never)
      : staffOnly(viewer),
  // A CBO partner submits travel claims for the members who represent its organization.
  Reimbursement: (viewer) =>
    viewer.role === Role.CBO_PARTNER
      ? ({ membership: { organization: { $in: viewer.organizationIds } } } as never)
      : staffOnly(viewer),
  // A team lead records attendance for the members of their own team(s) only.
  Attendance: (viewer) =>
    viewer.role === Role.TEAM_LEAD
      ? ({ membership: { team: { $in: viewer.teamIds } } } as never)
      : staffOnly(viewer),
  // Anyone signed in keeps their own calendar feeds; admins may renew or revoke any.
  CalendarFeed: ownedBy('owner'),
  SavedQuery: ownOnly('owner'),
  DataImport: ownedBy('createdBy'),
  Account: (viewer) => (viewer.role === Role.CEI_ADMIN ? ALL : NONE),
  ScopeBinding: (viewer) => (viewer.role === Role.CEI_ADMIN ? ALL : NONE),
  ApiToken: (viewer) => (viewer.role === Role.CEI_ADMIN ? ALL : NONE),
  // An API partner keeps their own webhook endpoints and redelivers their own deliveries.
  WebhookEndpoint: ownedBy('owner'),
  WebhookDelivery: ownedBy('endpoint.owner'),
  // The audit log and the outbox are written by the system only; teams' county offices by the
  // database itself.
  AuditEvent: () => NONE,
  OutboxEmail: () => NONE,
  TeamCountyOffice: () => NONE,
};

export function readableRows<T extends object>(entity: EntityClass<T>, viewer: Viewer): RowRule<T> {
  return readRuleOf(entity.name, viewer) as RowRule<T>;
}

export function writableRows<T extends object>(entity: EntityClass<T>, viewer: Viewer): RowRule<T> {
  return writeRuleOf(entity.name, viewer) as RowRule<T>;
}

function readRuleOf(entityName: string, viewer: Viewer): RowRule {
  if (viewer.via === 'system') return ALL;
  return (readRules[entityName] ?? (() => NONE))(viewer);
}

function writeRuleOf(entityName: string, viewer: Viewer): RowRule {
  if (viewer.via === 'system') return ALL;
  if (viewer.via !== 'session') return NONE;
  return (writeRules[entityName] ?? staffOnly)(viewer);
}

/** How far a row rule reaches, as published per role in access.json. */
export type RowReach = 'all' | 'scoped' | 'own' | 'none';

export function rowReach(entityName: string, viewer: Viewer): { read: RowReach; write: RowReach } {
  const reach = (rule: RowRule): RowReach =>
    rule === ALL
      ? 'all'
      : rule === NONE
        ? 'none'
        : ownRecordClauses.has(rule as object)
          ? 'own'
          : 'scoped';
  return {
    read: reach(readRuleOf(entityName, viewer)),
    write: reach(writeRuleOf(entityName, viewer)),
  };
}

/** The entities with a read rule, for tests that check every entity has one. */
export const entitiesWithReadRules = Object.keys(readRules);
