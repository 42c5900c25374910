// The statewide dataset, generated from a seed and loaded with multi-row SQL into a freshly
// migrated product database. S1: 58 county offices, ~1,000 LEAs (the largest county ~8%),
// ~10,000 schools, ~2,000 teams, ~16,000 people and memberships, 400 convenings, ~600,000
// attendance rows. S10: ten times the LEAs, schools, teams, people and attendance; the same
// counties, skew and convenings.

/** A small seeded generator (mulberry32): the same seed gives the same dataset. */
export function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function uuidFrom(random) {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = '89ab'[Math.floor(random() * 4)];
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

const COHORTS = 5;
const CONVENINGS_PER_COHORT = 80;
const FIRST_YEAR = 2019;
const ROLES = [
  ['DISTRICT_CABINET_LEADER', 'PROFESSIONAL', 'lea'],
  ['DISTRICT_ENGAGEMENT_LEAD', 'PROFESSIONAL', 'lea'],
  ['SITE_ADMINISTRATOR', 'PROFESSIONAL', 'school'],
  ['SITE_STAFF', 'PROFESSIONAL', 'school'],
  ['STUDENT', 'STUDENT', 'school'],
  ['FAMILY_MEMBER', 'FAMILY_MEMBER', null],
  ['COE_REPRESENTATIVE', 'PROFESSIONAL', 'county'],
  ['COMMUNITY_PARTNER', 'PROFESSIONAL', null],
];
const GIVEN = ['Ana', 'Luis', 'Maria', 'James', 'Mei', 'Omar', 'Priya', 'Sam', 'Rosa', 'Tom'];
const FAMILY = ['Garcia', 'Nguyen', 'Smith', 'Lopez', 'Kim', 'Patel', 'Brown', 'Diaz', 'Lee'];
const LEA_TYPES = ['UNIFIED_DISTRICT', 'ELEMENTARY_DISTRICT', 'HIGH_SCHOOL_DISTRICT'];
const LOCALES = ['URBAN', 'SUBURBAN', 'TOWN', 'RURAL'];
const SPANS = ['ELEMENTARY', 'MIDDLE', 'HIGH'];
const ROMAN = ['I', 'II', 'III', 'IV', 'V'];

/** Sizes of a scale: 1 (S1) or 10 (S10). */
export function sizes(scale) {
  return { leas: 1000 * scale, teams: 2000 * scale, membersPerTeam: 8, schoolsPerLea: 10 };
}

/**
 * County weights: the largest county holds 8% of the LEAs, the others fall off with their rank
 * (as California's do), and every county has at least one.
 */
function countyOfLea(leaCount) {
  const weights = Array.from({ length: 58 }, (_, rank) => (rank === 0 ? 0 : 1 / (rank + 2)));
  const rest = weights.reduce((a, b) => a + b, 0);
  const counts = weights.map((w, rank) =>
    rank === 0
      ? Math.round(leaCount * 0.08)
      : Math.max(1, Math.floor((leaCount * 0.92 * w) / rest)),
  );
  let missing = leaCount - counts.reduce((a, b) => a + b, 0);
  for (let rank = 1; missing > 0; rank = (rank % 57) + 1, missing--) counts[rank]++;
  return counts.flatMap((count, county) => Array(count).fill(county));
}

/** The whole dataset as rows per table (attendance is generated in SQL, see `load`). */
export function generate(scale, seed = 20261206) {
  const random = seededRandom(seed * 31 + scale);
  const id = () => uuidFrom(random);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const size = sizes(scale);

  const counties = Array.from({ length: 58 }, (_, i) => ({
    id: id(),
    kind: 'COUNTY_OFFICE',
    name: `County ${String(i + 1).padStart(2, '0')} Office of Education`,
    county_code: String(i + 1).padStart(2, '0'),
  }));
  const leas = countyOfLea(size.leas).map((county, i) => ({
    id: id(),
    kind: 'LEA',
    name: `District ${String(i + 1).padStart(6, '0')} ${pick(FAMILY)}`,
    county_office_id: counties[county].id,
    cds_code: `${counties[county].county_code}${String(i + 1).padStart(5, '0')}0000000`,
    lea_type: pick(LEA_TYPES),
    locale: pick(LOCALES),
    county,
  }));
  const schools = [];
  const schoolsOfLea = new Map();
  leas.forEach((lea, l) => {
    const count = 1 + Math.floor(random() * (size.schoolsPerLea * 2 - 1));
    const own = [];
    for (let s = 0; s < count; s++) {
      const school = {
        id: id(),
        kind: 'SCHOOL',
        name: `${lea.name} School ${s + 1}`,
        lea_id: lea.id,
        cds_code: `${lea.cds_code.slice(0, 7)}${String(s + 1 + l * 0).padStart(7, '0')}`,
        grade_span: pick(SPANS),
      };
      own.push(school);
      schools.push(school);
    }
    schoolsOfLea.set(lea.id, own);
  });

  const cohorts = Array.from({ length: COHORTS }, (_, i) => ({
    id: id(),
    number: i + 1,
    name: `Cohort ${ROMAN[i]}`,
    phase: i < 2 ? 'CEI_1_0' : 'CEI_2_0',
    status: 'ACTIVE',
  }));
  const convenings = [];
  const conveningCohorts = [];
  for (const [c, cohort] of cohorts.entries()) {
    for (let seq = 0; seq < CONVENINGS_PER_COHORT; seq++) {
      const year = FIRST_YEAR + Math.floor(seq / 8);
      const convening = {
        id: id(),
        program_year: `${year}-${String((year + 1) % 100).padStart(2, '0')}`,
        number: (seq % 8) + 1,
        modality: pick(['VIRTUAL', 'IN_PERSON', 'HYBRID']),
        // Cohorts meet on different days; one convening a month from August to March.
        starts_at: new Date(Date.UTC(year, 7 + (seq % 8), 3 + c * 4, 17)).toISOString(),
        cohort_id: cohort.id,
        seq,
      };
      convenings.push(convening);
      conveningCohorts.push({ id: id(), convening_id: convening.id, cohort_id: cohort.id });
    }
  }

  // Teams: each LEA leads at most one team per cohort; the team's county follows its LEA's.
  const teams = [];
  const teamLeas = [];
  const slots = leas.flatMap((lea) => cohorts.map((cohort) => ({ lea, cohort })));
  for (let i = slots.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [slots[i], slots[j]] = [slots[j], slots[i]];
  }
  for (const { lea, cohort } of slots.slice(0, size.teams)) {
    const focus = pick(schoolsOfLea.get(lea.id));
    const team = {
      id: id(),
      cohort_id: cohort.id,
      name: `${lea.name} ${cohort.name}`,
      lead_lea_id: lea.id,
      focus_school_id: focus.id,
      joined_on: `${FIRST_YEAR + cohort.number - 1}-08-01`,
      // The team's attendance starts at this convening of its cohort (~37.5 of 80 on average).
      first_seq: 30 + Math.floor(random() * 26),
      lea,
      focus,
    };
    teams.push(team);
    // One team in twenty is a consortium with a second LEA of the same county.
    if (random() < 0.05) {
      const partner = leas.find((other) => other.county === lea.county && other.id !== lea.id);
      if (partner) teamLeas.push({ id: id(), team_id: team.id, lea_id: partner.id });
    }
  }

  const people = [];
  const memberships = [];
  for (const team of teams) {
    for (const [role, kind, organization] of ROLES.slice(0, size.membersPerTeam)) {
      const n = people.length + 1;
      const person = {
        id: id(),
        given_name: `${pick(GIVEN)}${n}`,
        family_name: pick(FAMILY),
        kind,
        email: `person${n}@example.org`,
      };
      people.push(person);
      memberships.push({
        id: id(),
        team_id: team.id,
        person_id: person.id,
        role,
        organization_id:
          organization === 'lea'
            ? team.lea.id
            : organization === 'school'
              ? team.focus.id
              : organization === 'county'
                ? counties[team.lea.county].id
                : null,
        started_on: team.joined_on,
      });
    }
  }

  return {
    counties,
    leas,
    schools,
    cohorts,
    convenings,
    conveningCohorts,
    teams,
    teamLeas,
    people,
    memberships,
  };
}

/**
 * Inserts rows with one statement per chunk: `insert … select from unnest($1::type[], …)`, so a
 * chunk of 20,000 rows costs one round trip and no per-row parameters.
 */
async function insert(client, table, columns, rows) {
  const names = Object.keys(columns);
  for (let start = 0; start < rows.length; start += 20_000) {
    const chunk = rows.slice(start, start + 20_000);
    const arrays = names.map((name) => chunk.map((row) => row[name] ?? null));
    await client.query(
      `insert into "${table}" (created_at, updated_at, ${names.map((n) => `"${n}"`).join(', ')})
       select now(), now(), * from unnest(${names.map((n, i) => `$${i + 1}::${columns[n]}[]`).join(', ')})`,
      arrays,
    );
  }
}

/** Loads a generated dataset into a migrated database; attendance is generated in SQL. */
export async function loadDataset(client, data) {
  await client.query('begin');
  await insert(
    client,
    'organization',
    { id: 'uuid', kind: 'text', name: 'text', county_code: 'text' },
    data.counties,
  );
  await insert(
    client,
    'organization',
    {
      id: 'uuid',
      kind: 'text',
      name: 'text',
      county_office_id: 'uuid',
      cds_code: 'text',
      lea_type: 'text',
      locale: 'text',
    },
    data.leas,
  );
  await insert(
    client,
    'organization',
    {
      id: 'uuid',
      kind: 'text',
      name: 'text',
      lea_id: 'uuid',
      cds_code: 'text',
      grade_span: 'text',
    },
    data.schools,
  );
  await insert(
    client,
    'cohort',
    { id: 'uuid', number: 'int', name: 'text', phase: 'text', status: 'text' },
    data.cohorts,
  );
  await insert(
    client,
    'convening',
    { id: 'uuid', program_year: 'text', number: 'int', modality: 'text', starts_at: 'timestamptz' },
    data.convenings,
  );
  await insert(
    client,
    'convening_cohort',
    { id: 'uuid', convening_id: 'uuid', cohort_id: 'uuid' },
    data.conveningCohorts,
  );
  await insert(
    client,
    'team',
    {
      id: 'uuid',
      cohort_id: 'uuid',
      name: 'text',
      lead_lea_id: 'uuid',
      focus_school_id: 'uuid',
      joined_on: 'date',
    },
    data.teams,
  );
  await insert(client, 'team_lea', { id: 'uuid', team_id: 'uuid', lea_id: 'uuid' }, data.teamLeas);
  await insert(
    client,
    'person',
    { id: 'uuid', given_name: 'text', family_name: 'text', kind: 'text', email: 'text' },
    data.people,
  );
  await insert(
    client,
    'membership',
    {
      id: 'uuid',
      team_id: 'uuid',
      person_id: 'uuid',
      role: 'text',
      organization_id: 'uuid',
      started_on: 'date',
    },
    data.memberships,
  );
  // Every member of a team has a record for each of its cohort's convenings from the team's
  // first one on: present 80%, absent 12%, excused 8%, decided by a hash of the pair (so the
  // same seed gives the same records).
  await client.query(
    `create temporary table bench_convening_seq (convening_id uuid, cohort_id uuid, seq int) on commit drop;
     create temporary table bench_team_start (team_id uuid, first_seq int) on commit drop;`,
  );
  await client.query(
    'insert into bench_convening_seq select * from unnest($1::uuid[], $2::uuid[], $3::int[])',
    [
      data.convenings.map((c) => c.id),
      data.convenings.map((c) => c.cohort_id),
      data.convenings.map((c) => c.seq),
    ],
  );
  await client.query('insert into bench_team_start select * from unnest($1::uuid[], $2::int[])', [
    data.teams.map((t) => t.id),
    data.teams.map((t) => t.first_seq),
  ]);
  // Row triggers (the product's attendance tallies) would cost more than the load itself: they
  // are off for it, and the tallies rebuilt from the records once loaded.
  await client.query('alter table attendance disable trigger user');
  await client.query(
    `insert into attendance (id, created_at, updated_at, convening_id, membership_id, status, mode)
     select md5(m.id::text || s.convening_id::text)::uuid, now(), now(), s.convening_id, m.id,
       case when h < 80 then 'PRESENT' when h < 92 then 'ABSENT' else 'EXCUSED' end,
       null
     from membership m
     join team t on t.id = m.team_id
     join bench_team_start b on b.team_id = t.id
     join bench_convening_seq s on s.cohort_id = t.cohort_id and s.seq >= b.first_seq
     cross join lateral (select abs(hashtext(m.id::text || s.convening_id::text)) % 100 as h) hashed`,
  );
  await client.query('alter table attendance enable trigger user');
  const { rows } = await client.query(
    "select 1 from pg_proc where proname = 'attendance_tallies_rebuild'",
  );
  if (rows.length > 0) await client.query('select attendance_tallies_rebuild()');
  await client.query('commit');
  // As autovacuum leaves a database in use: statistics, and the visibility map that lets
  // index-only scans skip the table (freshly loaded pages are not yet marked all-visible).
  await client.query('vacuum (analyze)');
  // The load's dirty pages are written now, not by a checkpoint spread over the next minutes of
  // timing: at S10 (6 million attendance rows) one was still writing minutes after the load.
  await client.query('checkpoint');
}

/** The counties with the most and the fewest LEAs: their liaisons see the most and the least. */
export function largestAndSmallestCounty(data) {
  const counts = new Map();
  for (const lea of data.leas) counts.set(lea.county, (counts.get(lea.county) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  return {
    largest: data.counties[ranked[0][0]],
    smallest: data.counties[ranked[ranked.length - 1][0]],
  };
}
