// The benchmark's questions, each asked two ways: of the product in GraphQL, and of the baseline
// server as one SQL statement (json_agg and lateral joins over the raw tables). Each statement
// starts by finding the viewer from the session cookie's hash (see VIEWER), so the baseline knows
// who asks, as the product does, in the same statement.

/** The viewer of a session token hash ($1): role and bound county offices, or no row. */
const VIEWER = `viewer as (
  select a.id as account_id, a.role,
    coalesce(array_agg(o.id) filter (where o.kind = 'COUNTY_OFFICE'), '{}') as county_office_ids
  from session s
  join account a on a.id = s.account_id
  left join scope_binding b on b.account_id = a.id
  left join organization o on o.id = b.organization_id
  where s.token_hash = $1 and s.ended_at is null and s.expires_at > now()
    and s.last_seen_at > now() - interval '30 minutes' and a.disabled_at is null
  group by a.id
)`;

const STAFF = `(select role from viewer) in ('CEI_ADMIN', 'CEI_STAFF')`;

/** An attendance summary's JSON from a tally's present/absent/excused columns, null when empty. */
const SUMMARY = (p, a, e) => `case when ${p} + ${a} + ${e} = 0 then null else json_build_object(
  'present', ${p}, 'absent', ${a}, 'excused', ${e}, 'total', ${p} + ${a} + ${e},
  'rate', case when ${p} + ${a} = 0 then null else ${p}::float8 / (${p} + ${a}) end) end`;

const ISO = (column) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** A person's names as a liaison reads them: adult professionals' only (directory tier). */
const DIRECTORY_NAME = (column) => `case when p.kind = 'PROFESSIONAL' then p.${column} end`;

export const queries = {
  Q0: {
    title: '`{ __typename }` as a signed-in liaison',
    viewer: 'liaison',
    graphql: () => ({ query: '{ __typename }' }),
    sql: () => ({
      text: `with ${VIEWER} select json_build_object('__typename', 'Query') as data, (select role from viewer) as role`,
      values: [],
    }),
  },
  Q0t: {
    title: '`{ __typename }` with an API partner bearer token',
    viewer: 'token',
    graphql: () => ({ query: '{ __typename }' }),
    sql: () => ({
      text: `with viewer as (
          select a.role from api_token k join account a on a.id = k.account_id
          where k.token_hash = $1 and k.revoked_at is null and k.expires_at > now()
            and a.disabled_at is null and a.role = 'API_PARTNER')
        select json_build_object('__typename', 'Query') as data, (select role from viewer) as role`,
      values: [],
    }),
  },
  Q1: {
    title: 'liaison dashboard: first 50 teams in scope, LEA, members + roles, attendance, total',
    viewer: 'liaison',
    graphql: () => ({
      query: `{ teams(filter: { inScope: true }, orderBy: [{ field: NAME }], limit: 50) {
        totalCount
        nodes {
          id name
          leadLea { id name }
          memberships(limit: 100) { nodes { id role person { id givenName familyName } } }
          attendanceSummary { present absent excused total rate }
        }
      } }`,
    }),
    sql: () => ({
      text: `with ${VIEWER},
        covered as (
          select t.id, t.name, t.lead_lea_id from team t, viewer v
          where v.role in ('CEI_ADMIN', 'CEI_STAFF')
            or exists (select 1 from organization l where l.id = t.lead_lea_id
                       and l.county_office_id = any (v.county_office_ids))
            or exists (select 1 from team_lea tl join organization l on l.id = tl.lea_id
                       where tl.team_id = t.id and l.county_office_id = any (v.county_office_ids)))
        select json_build_object('teams', json_build_object(
          'totalCount', (select count(*) from covered),
          'nodes', coalesce((
            select json_agg(json_build_object(
              'id', t.id, 'name', t.name,
              'leadLea', json_build_object('id', l.id, 'name', l.name),
              'memberships', json_build_object('nodes', members.nodes),
              'attendanceSummary', tally.summary) order by t.name, t.id)
            from (select * from covered order by name, id limit 50) t
            join organization l on l.id = t.lead_lea_id
            cross join lateral (
              select coalesce(json_agg(json_build_object('id', m.id, 'role', m.role,
                'person', json_build_object('id', p.id, 'givenName', ${DIRECTORY_NAME('given_name')},
                  'familyName', ${DIRECTORY_NAME('family_name')}))), '[]') as nodes
              from membership m join person p on p.id = m.person_id where m.team_id = t.id) members
            cross join lateral (
              select ${SUMMARY('c.p', 'c.a', 'c.e')} as summary from (
                select count(*) filter (where a.status = 'PRESENT')::int as p,
                  count(*) filter (where a.status = 'ABSENT')::int as a,
                  count(*) filter (where a.status = 'EXCUSED')::int as e
                from attendance a join membership m on m.id = a.membership_id
                where m.team_id = t.id) c) tally), '[]'))) as data,
          (select role from viewer) as role`,
      values: [],
    }),
  },
  Q2: {
    title: "LEA list in a liaison's county (filter, sort, 25 + totalCount)",
    viewer: 'liaison',
    graphql: ({ countyOfficeId }) => ({
      query: `query ($county: ID!) { organizations(
          filter: { kind: LEA, countyOfficeId: $county, q: "0" }, orderBy: [{ field: NAME }], limit: 25) {
        totalCount nodes { id name cdsCode leaType locale } } }`,
      variables: { county: countyOfficeId },
    }),
    sql: ({ countyOfficeId }) => ({
      text: `with ${VIEWER},
        matching as (select * from organization
          where kind = 'LEA' and county_office_id = $2 and (name ilike '%0%' or short_name ilike '%0%'))
        select json_build_object('organizations', json_build_object(
          'totalCount', (select count(*) from matching),
          'nodes', coalesce((select json_agg(json_build_object('id', o.id, 'name', o.name,
              'cdsCode', o.cds_code, 'leaType', o.lea_type, 'locale', o.locale) order by o.name, o.id)
            from (select * from matching order by name, id limit 25) o), '[]'))) as data,
          (select role from viewer) as role`,
      values: [countyOfficeId],
    }),
  },
  Q3: {
    title: 'team detail as staff: LEA → county, members, last 8 convenings × attendance',
    viewer: 'staff',
    graphql: ({ teamId }) => ({
      query: `query ($team: ID!) { team(id: $team) {
        id name
        leadLea { id name countyOffice { id name } }
        memberships(limit: 100) { nodes { id role person { id givenName familyName } } }
        cohort { id name
          convenings(orderBy: [{ field: STARTS_AT, direction: DESC }], limit: 8) { nodes {
            id startsAt
            attendance(filter: { teamId: $team }, limit: 100) { nodes { id status membership { id } } }
          } }
        }
      } }`,
      variables: { team: teamId },
    }),
    sql: ({ teamId }) => ({
      text: `with ${VIEWER}
        select json_build_object('team', json_build_object(
          'id', t.id, 'name', t.name,
          'leadLea', json_build_object('id', l.id, 'name', l.name,
            'countyOffice', json_build_object('id', co.id, 'name', co.name)),
          'memberships', json_build_object('nodes', (
            select coalesce(json_agg(json_build_object('id', m.id, 'role', m.role,
              'person', json_build_object('id', p.id, 'givenName', p.given_name, 'familyName', p.family_name))), '[]')
            from membership m join person p on p.id = m.person_id where m.team_id = t.id)),
          'cohort', json_build_object('id', c.id, 'name', c.name, 'convenings', json_build_object('nodes', (
            select coalesce(json_agg(json_build_object('id', v.id, 'startsAt', ${ISO('v.starts_at')},
              'attendance', json_build_object('nodes', (
                select coalesce(json_agg(json_build_object('id', a.id, 'status', a.status,
                  'membership', json_build_object('id', a.membership_id))), '[]')
                from attendance a join membership m on m.id = a.membership_id
                where a.convening_id = v.id and m.team_id = t.id and ${STAFF})))
              order by v.starts_at desc), '[]')
            from (select v.* from convening v join convening_cohort cc on cc.convening_id = v.id
                  where cc.cohort_id = c.id order by v.starts_at desc, v.id limit 8) v))))) as data,
          (select role from viewer) as role
        from team t
        join organization l on l.id = t.lead_lea_id
        left join organization co on co.id = l.county_office_id
        join cohort c on c.id = t.cohort_id
        where t.id = $2`,
      values: [teamId],
    }),
  },
  Q4: {
    title: 'attendance roll-up per cohort, as staff',
    viewer: 'staff',
    graphql: () => ({
      query: `{ cohorts(orderBy: [{ field: NUMBER }]) { nodes { id name
        attendanceSummary { present absent excused total rate } } } }`,
    }),
    sql: () => ({
      text: `with ${VIEWER},
        tallies as (
          select t.cohort_id,
            count(*) filter (where a.status = 'PRESENT')::int as p,
            count(*) filter (where a.status = 'ABSENT')::int as a,
            count(*) filter (where a.status = 'EXCUSED')::int as e
          from attendance a join membership m on m.id = a.membership_id join team t on t.id = m.team_id
          where ${STAFF}
          group by t.cohort_id)
        select json_build_object('cohorts', json_build_object('nodes', coalesce(json_agg(
          json_build_object('id', c.id, 'name', c.name,
            'attendanceSummary', ${SUMMARY('coalesce(s.p, 0)', 'coalesce(s.a, 0)', 'coalesce(s.e, 0)')})
          order by c.number), '[]'))) as data,
          (select role from viewer) as role
        from cohort c left join tallies s on s.cohort_id = c.id`,
      values: [],
    }),
  },
  Q5: {
    title: 'record 10 attendance marks and read them back, as staff',
    viewer: 'staff',
    mutates: true,
    graphql: ({ conveningId, entries }) => ({
      query: `mutation ($convening: ID!, $input: RecordAttendanceInput!) {
        recordAttendance(conveningId: $convening, input: $input) { id status membership { id } } }`,
      variables: { convening: conveningId, input: { entries } },
    }),
    sql: ({ conveningId, entries }) => ({
      text: `with ${VIEWER},
        written as (
          insert into attendance (id, created_at, updated_at, convening_id, membership_id, status)
          select gen_random_uuid(), now(), now(), $2, e.membership_id, e.status
          from unnest($3::uuid[], $4::text[]) as e(membership_id, status)
          where ${STAFF}
          on conflict (convening_id, membership_id) do update
            set status = excluded.status, mode = null, updated_at = now(), version = attendance.version + 1
          returning id, status, membership_id)
        select json_build_object('recordAttendance', coalesce(json_agg(json_build_object(
          'id', id, 'status', status, 'membership', json_build_object('id', membership_id))), '[]')) as data,
          (select role from viewer) as role
        from written`,
      values: [
        conveningId,
        entries.map((entry) => entry.membershipId),
        entries.map((entry) => entry.status),
      ],
    }),
  },
};

/**
 * An answer in a form two servers can be compared on: object keys sorted, and every list sorted
 * (nested lists' order is not part of the question) except the top-level pages' nodes
 * (`data.<field>.nodes`), whose requested order is compared.
 */
export function canonical(value, depth = 0) {
  if (Array.isArray(value)) {
    const items = value.map((item) => canonical(item, depth + 1));
    return depth !== 2
      ? items.sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1))
      : items;
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical(value[key], depth + 1)]),
    );
  }
  return value;
}
