import {
  ApplicationStatus,
  AttendanceMode,
  AttendanceStatus,
  addCalendarMonths,
  addDays,
  CheckInKind,
  ConveningKind,
  DocumentFormat,
  ExpenseCategory,
  GradeSpan,
  Language,
  LeaType,
  Locale,
  MembershipEndReason,
  MetricDirection,
  Modality,
  OrganizationKind,
  PersonKind,
  pacificToInstant,
  programYearOf,
  ReimbursementStatus,
  StipendStatus,
  TeamRole,
  todayInPacific,
  WebhookEventType,
} from '@cei/domain';
import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Account } from '../../accounts/account.entity.js';
import { createAccountRecord } from '../../accounts/account.service.js';
import { Application, ApplicationDocument } from '../../applications/application.entity.js';
import { RubricCriterion } from '../../applications/review.entity.js';
import { Cohort } from '../../cohorts/cohort.entity.js';
import { Attendance, Convening, ConveningCohort } from '../../convenings/convening.entity.js';
import { Reimbursement } from '../../funding/reimbursement.entity.js';
import { Stipend } from '../../funding/stipend.entity.js';
import { Organization } from '../../organizations/organization.entity.js';
import { CheckIn, FollowUp } from '../../outcomes/check-in.entity.js';
import { Measurement, Metric } from '../../outcomes/metric.entity.js';
import { Membership } from '../../rosters/membership.entity.js';
import { Person } from '../../rosters/person.entity.js';
import { ProblemOfPractice, Team } from '../../teams/team.entity.js';
import { newSecretSeed } from '../../webhooks/signing.js';
import { WebhookEndpoint } from '../../webhooks/webhook.entity.js';
import { docxFile, pdfFile } from './demo-files.js';

/**
 * Invented demo data so every screen has something to show: a focus school and a full roster per
 * team, two vacancies (one due soon, one overdue), attendance at Cohort I's convenings, and
 * upcoming convenings, three engagement metrics with a baseline and later measurements per team,
 * a liaison check-in per team, this year's stipends, a few travel reimbursements, and Cohort
 * III's rubric with three letters of interest from invented districts. Every person is invented,
 * with an example.org address. A fixed seed makes it the same on every installation.
 */

const GIVEN_NAMES = [
  'Alejandra',
  'Marcus',
  'Mei',
  'Jordan',
  'Priya',
  'Luis',
  'Hannah',
  'Tomás',
  'Aisha',
  'Daniel',
  'Rosa',
  'Kevin',
  'Linh',
  'Gabriel',
  'Naomi',
  'Carlos',
  'Fatima',
  'Ethan',
  'Yesenia',
  'Samuel',
  'Imani',
  'Oscar',
  'Grace',
  'Mateo',
  'Leilani',
  'Victor',
  'Sofia',
  'Andre',
  'Beatriz',
  'Noah',
];
const FAMILY_NAMES = [
  'Alvarez',
  'Bennett',
  'Chen',
  'Delgado',
  'Edwards',
  'Flores',
  'Garcia',
  'Harris',
  'Ibarra',
  'Jackson',
  'Kim',
  'Lopez',
  'Morales',
  'Nguyen',
  'Ortiz',
  'Patel',
  'Quintero',
  'Ramirez',
  'Santos',
  'Torres',
  'Uribe',
  'Vasquez',
  'Washington',
  'Xiong',
  'Young',
  'Zamora',
  'Brooks',
  'Castillo',
  'Dang',
  'Espinoza',
];

const TITLES: Partial<Record<TeamRole, string>> = {
  DISTRICT_CABINET_LEADER: 'Assistant Superintendent, Educational Services',
  DISTRICT_ENGAGEMENT_LEAD: 'Director of Family and Community Engagement',
  SITE_ADMINISTRATOR: 'Principal',
  SITE_ENGAGEMENT_LEAD: 'Assistant Principal',
  SITE_STAFF: 'Community Liaison',
  COE_REPRESENTATIVE: 'Coordinator, Continuous Improvement',
  COMMUNITY_PARTNER: 'Program Director',
};

/** A small deterministic generator (mulberry32): the demo is the same everywhere. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

export async function loadDemoData(em: EntityManager): Promise<void> {
  const next = random(2019);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const today = todayInPacific(new Date());
  const usedEmails = new Set<string>();

  const person = (kind: PersonKind, title: string | null, employer: Organization | null) => {
    const givenName = pick(GIVEN_NAMES);
    const familyName = pick(FAMILY_NAMES);
    let email = `${givenName}.${familyName}`
      .normalize('NFD')
      .replace(/[^A-Za-z.]/g, '')
      .toLowerCase();
    for (let suffix = 2; usedEmails.has(email); suffix++)
      email = `${givenName}.${familyName}${suffix}`
        .normalize('NFD')
        .replace(/[^A-Za-z.0-9]/g, '')
        .toLowerCase();
    usedEmails.add(email);
    return em.create(Person, {
      givenName,
      familyName,
      kind,
      title,
      email: `${email}@example.org`,
      phone: `(555) 01${String(Math.floor(next() * 100)).padStart(2, '0')}-${String(Math.floor(next() * 10000)).padStart(4, '0')}`,
      preferredLanguage: next() < 0.35 ? Language.SPANISH : Language.ENGLISH,
      employer: employer ? ref(employer) : null,
    });
  };

  // Three community partners, each on a third of the teams, so a CBO partner's scope is partial.
  const partners = [
    'Community Voices Collaborative',
    'Familias Unidas Network',
    'Youth Leadership Alliance',
  ].map((name) =>
    em.create(Organization, {
      kind: OrganizationKind.COMMUNITY_ORGANIZATION,
      name: `${name} (demo)`,
    }),
  );

  const teams = await em.find(
    Team,
    {},
    { populate: ['leadLea.countyOffice', 'cohort'], orderBy: { name: 'asc' } },
  );
  const vacancyTeams = new Set(teams.slice(0, 2).map((team) => team.id));
  for (const [index, team] of teams.entries()) {
    const partner = partners[index % partners.length] as Organization;
    const lea = team.leadLea.getEntity();
    const servesHighSchool = lea.leaType !== LeaType.ELEMENTARY_DISTRICT;
    const school = em.create(Organization, {
      kind: OrganizationKind.SCHOOL,
      name: `${servesHighSchool ? 'Demo High School' : 'Demo Elementary School'} (${lea.name})`,
      lea: ref(lea),
      gradeSpan: servesHighSchool ? GradeSpan.HIGH : GradeSpan.ELEMENTARY,
    });
    team.focusSchool = ref(school);
    em.create(ProblemOfPractice, {
      team: ref(team),
      text: 'Families of English learners at the focus school rarely take part in school decisions; we are testing bilingual family circles before each LCAP input session.',
      effectiveOn: team.joinedOn,
    });

    const countyOffice = lea.countyOffice?.getEntity() ?? null;
    const seats: [TeamRole, PersonKind, Organization | null][] = [
      [TeamRole.DISTRICT_CABINET_LEADER, PersonKind.PROFESSIONAL, lea],
      [TeamRole.DISTRICT_ENGAGEMENT_LEAD, PersonKind.PROFESSIONAL, lea],
      [TeamRole.SITE_ADMINISTRATOR, PersonKind.PROFESSIONAL, school],
      [TeamRole.SITE_STAFF, PersonKind.PROFESSIONAL, school],
      [TeamRole.SITE_STAFF, PersonKind.PROFESSIONAL, school],
      [TeamRole.FAMILY_MEMBER, PersonKind.FAMILY_MEMBER, null],
      [TeamRole.FAMILY_MEMBER, PersonKind.FAMILY_MEMBER, null],
      [TeamRole.COE_REPRESENTATIVE, PersonKind.PROFESSIONAL, countyOffice],
      [TeamRole.COMMUNITY_PARTNER, PersonKind.PROFESSIONAL, partner],
      ...(servesHighSchool
        ? [[TeamRole.STUDENT, PersonKind.STUDENT, null] as [TeamRole, PersonKind, null]]
        : []),
    ];
    // On two teams the community partner left, 10 days ago (vacancy due) and 45 (overdue).
    const partnerLeftDaysAgo = vacancyTeams.has(team.id)
      ? team.id === teams[0]?.id
        ? 10
        : 45
      : null;
    for (const [role, kind, organization] of seats) {
      const member = person(
        kind,
        TITLES[role] ?? null,
        kind === PersonKind.PROFESSIONAL ? organization : null,
      );
      const leaves = role === TeamRole.COMMUNITY_PARTNER && partnerLeftDaysAgo !== null;
      em.create(Membership, {
        team: ref(team),
        person: ref(member),
        role,
        organization: organization ? ref(organization) : null,
        startedOn: team.joinedOn,
        endedOn: leaves ? addDays(today, -(partnerLeftDaysAgo ?? 0)) : null,
        endReason: leaves ? MembershipEndReason.LEFT_ORGANIZATION : null,
      });
    }
  }
  await em.flush();

  // Attendance at Cohort I's 2019-20 convenings, for members active on the day.
  const cohortI = await em.findOneOrFail(Cohort, { number: 1 });
  const convenings = await em.find(
    Convening,
    { cohortLinks: { cohort: cohortI.id } },
    { orderBy: { startsAt: 'asc' } },
  );
  const memberships = await em.find(Membership, { team: { cohort: cohortI.id } });
  for (const convening of convenings) {
    const day = todayInPacific(convening.startsAt);
    for (const membership of memberships) {
      if (membership.startedOn > day || (membership.endedOn && membership.endedOn <= day)) continue;
      const roll = next();
      em.create(Attendance, {
        convening: ref(convening),
        membership: ref(membership),
        status:
          roll < 0.82
            ? AttendanceStatus.PRESENT
            : roll < 0.92
              ? AttendanceStatus.EXCUSED
              : AttendanceStatus.ABSENT,
        mode: convening.modality === Modality.HYBRID ? AttendanceMode.IN_PERSON : null,
      });
    }
  }

  loadOutcomes(em, teams, next, today);
  await em.flush();
  await loadDemoAccounts(em, teams, partners[0] as Organization);
  loadFunding(em, teams, memberships, convenings, today);

  // Upcoming convenings of Cohort II in the current program year, so schedules are not empty.
  const cohortII = await em.findOneOrFail(Cohort, { number: 2 });
  const programYear = programYearOf(today);
  for (let number = 1; number <= 3; number++) {
    const date = addCalendarMonths(today, number);
    if (programYearOf(date) !== programYear) break;
    const convening = em.create(Convening, {
      programYear,
      number,
      kind: ConveningKind.NETWORK_CONVENING,
      modality:
        number === 2 ? Modality.IN_PERSON : number === 3 ? Modality.HYBRID : Modality.VIRTUAL,
      startsAt: pacificToInstant(date, '09:00'),
      endsAt: pacificToInstant(date, '15:00'),
      title: `Demo convening ${number}`,
      venue: number === 1 ? null : 'Demo Conference Center, Sacramento',
      videoUrl: number === 2 ? null : 'https://meet.example.org/cei-demo',
      overnightStay: number === 2,
    });
    em.create(ConveningCohort, { convening: ref(convening), cohort: ref(cohortII) });
  }
  await loadApplications(em);
  await loadCohortIIAttendance(em, cohortII);
  await attributeCheckInsToTheLiaison(em);
}

/**
 * The check-ins on two Riverside teams are the demo liaison's own notes; Moreno Valley's stays an
 * imported one, with no liaison (one they may read but not change).
 */
async function attributeCheckInsToTheLiaison(em: EntityManager): Promise<void> {
  const liaison = await em.findOneOrFail(Account, { email: 'liaison@example.org' });
  const checkIns = await em.find(CheckIn, {
    team: {
      leadLea: { countyOffice: { countyCode: '33' } },
      name: { $in: ['Riverside Unified School District', 'Val Verde Unified School District'] },
    },
  });
  for (const checkIn of checkIns) checkIn.liaison = ref(liaison);
  await em.flush();
}

/** Cohort II's first network convenings (virtual), from its start on 21 January 2021. */
const COHORT_II_CONVENINGS = ['2021-01-21', '2021-02-25', '2021-03-25', '2021-04-22', '2021-05-27'];

/**
 * Attendance at Cohort II's first convenings, so the liaison's teams (Riverside county) have rates
 * to see: about 85% present on most teams, 44% on Val Verde's, so the dashboards' "poor
 * attendance" notes show in a trial install. A generator of its own, so the rest of the demo data
 * stays as it was.
 */
async function loadCohortIIAttendance(em: EntityManager, cohortII: Cohort): Promise<void> {
  const next = random(2021);
  // In an order that does not depend on the ids drawn at seeding, so every build of the demo
  // data gets the same marks.
  const memberships = await em.find(
    Membership,
    { team: { cohort: cohortII.id } },
    {
      populate: ['team', 'person'],
      orderBy: [
        { team: { name: 'asc' } },
        { role: 'asc' },
        { person: { familyName: 'asc', givenName: 'asc' } },
        { startedOn: 'asc' },
      ],
    },
  );
  // Val Verde's marks follow a fixed round (4 present in 9 marked present or absent), so its
  // rate is under 60% by construction, not by the luck of a few dozen draws.
  const poorRound = [
    AttendanceStatus.PRESENT,
    AttendanceStatus.ABSENT,
    AttendanceStatus.PRESENT,
    AttendanceStatus.EXCUSED,
    AttendanceStatus.ABSENT,
    AttendanceStatus.PRESENT,
    AttendanceStatus.ABSENT,
    AttendanceStatus.PRESENT,
    AttendanceStatus.ABSENT,
    AttendanceStatus.ABSENT,
  ];
  let poorMarks = 0;
  for (const [index, day] of COHORT_II_CONVENINGS.entries()) {
    const convening = em.create(Convening, {
      programYear: programYearOf(day),
      number: index + 1,
      kind: ConveningKind.NETWORK_CONVENING,
      modality: Modality.VIRTUAL,
      startsAt: pacificToInstant(day, '09:00'),
      endsAt: pacificToInstant(day, '12:00'),
      title: `Cohort II network convening ${index + 1} (demo)`,
      venue: null,
      videoUrl: 'https://meet.example.org/cei-demo',
      overnightStay: false,
    });
    em.create(ConveningCohort, { convening: ref(convening), cohort: ref(cohortII) });
    for (const membership of memberships) {
      if (membership.startedOn > day || (membership.endedOn && membership.endedOn <= day)) continue;
      const poor = membership.team.getEntity().name.startsWith('Val Verde');
      const roll = next();
      em.create(Attendance, {
        convening: ref(convening),
        membership: ref(membership),
        status: poor
          ? (poorRound[poorMarks++ % poorRound.length] as AttendanceStatus)
          : roll < 0.85
            ? AttendanceStatus.PRESENT
            : roll < 0.92
              ? AttendanceStatus.EXCUSED
              : AttendanceStatus.ABSENT,
        mode: null,
      });
    }
  }
  await em.flush();
}

/**
 * A review rubric for Cohort III and three invented letters of interest from invented districts
 * (one timely, one late, one still a draft), so the review screens have something to show.
 */
async function loadApplications(em: EntityManager): Promise<void> {
  const cohortIII = await em.findOneOrFail(Cohort, { number: 3 });
  const rubric: [string, string, number][] = [
    ['readiness', 'Readiness to take part for the whole commitment', 1],
    ['engagement_history', 'Engagement of community members and families so far', 1],
    ['difficult_conversations', 'Capacity for difficult conversations and trust', 2],
    ['underserved_engagement', 'Reaching communities not historically engaged', 2],
  ];
  for (const [position, [key, name, weight]] of rubric.entries()) {
    em.create(RubricCriterion, {
      cohort: ref(cohortIII),
      key,
      name,
      maxScore: 5,
      weight,
      position,
    });
  }
  const riverside = await em.findOneOrFail(Organization, {
    kind: OrganizationKind.COUNTY_OFFICE,
    name: { $like: 'Riverside%' },
  });
  const letters: [string, ApplicationStatus, string | null][] = [
    [
      'Sierra Vista Unified School District (demo)',
      ApplicationStatus.SUBMITTED,
      '2022-06-10T17:30:00Z',
    ],
    [
      'Desert Springs Unified School District (demo)',
      ApplicationStatus.SUBMITTED,
      '2022-06-16T16:20:00Z',
    ],
    ['Mesa Verde Elementary School District (demo)', ApplicationStatus.DRAFT, null],
  ];
  for (const [name, status, submittedAt] of letters) {
    const lea = em.create(Organization, {
      kind: OrganizationKind.LEA,
      name,
      countyOffice: ref(riverside),
      leaType: name.includes('Elementary') ? LeaType.ELEMENTARY_DISTRICT : LeaType.UNIFIED_DISTRICT,
      locale: Locale.RURAL,
    });
    const school = em.create(Organization, {
      kind: OrganizationKind.SCHOOL,
      name: `Demo High School (${name})`,
      lea: ref(lea),
      gradeSpan: GradeSpan.HIGH,
    });
    const slug = name.split(' ')[0]?.toLowerCase();
    const application = em.create(Application, {
      cohort: ref(cohortIII),
      lea: ref(lea),
      focusSchool: ref(school),
      contactName: 'Jordan Demo',
      contactPhone: '(951) 555-0142',
      contactEmail: `jordan.demo@${slug}.example.org`,
      superintendentName: 'Dr. Casey Demo',
      signedOn: submittedAt ? submittedAt.slice(0, 10) : null,
      districtDescription:
        'A rural district of 4,000 students across three towns; 60% are Latino and a third are English learners.',
      motivation:
        'Our family engagement is strong at the elementary level and weak at the high school; we want to learn from peers.',
      engagementHistory:
        'LCAP input sessions in English and Spanish, a District English Learner Advisory Committee and school site councils.',
      difficultConversations:
        'After school closures we held listening sessions; trust with families of newcomer students is still fragile.',
      underservedEngagement: submittedAt
        ? 'A community partner reaches farmworker families at evening meetings near the fields.'
        : null,
      ruralCircumstances:
        'Families live up to 40 miles from the high school; there is no public transit.',
      status,
      submittedAt: submittedAt ? new Date(submittedAt) : null,
      isLate: submittedAt ? new Date(submittedAt) > (cohortIII.applicationDueAt as Date) : false,
    });
    if (!submittedAt) continue;
    for (const [format, fileName, contentType, content] of [
      [DocumentFormat.PDF, 'Letter of interest.pdf', 'application/pdf', pdfFile(name)],
      [
        DocumentFormat.WORD,
        'Letter of interest.docx',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        docxFile(name),
      ],
    ] as const) {
      em.create(ApplicationDocument, {
        application: ref(application),
        format,
        fileName,
        contentType,
        byteSize: content.byteLength,
        content,
      });
    }
  }
  await em.flush();
}

/** Invented engagement metrics, measured each program year from a baseline. */
function loadOutcomes(em: EntityManager, teams: Team[], next: () => number, today: string): void {
  const metrics = [
    em.create(Metric, {
      key: 'family-survey-participation',
      name: 'Family survey participation',
      description: 'Share of families answering the LCAP family survey.',
      unit: 'percent',
      direction: MetricDirection.HIGHER_IS_BETTER,
    }),
    em.create(Metric, {
      key: 'families-at-decision-meetings',
      name: 'Families at decision-making meetings',
      description: 'Family members attending school site council and DELAC meetings per year.',
      unit: 'people',
      direction: MetricDirection.HIGHER_IS_BETTER,
    }),
    em.create(Metric, {
      key: 'chronic-absence',
      name: 'Chronic absence at the focus school',
      description: 'Share of students absent 10% or more of school days.',
      unit: 'percent',
      direction: MetricDirection.LOWER_IS_BETTER,
    }),
  ];
  const bases = [32, 40, 18];
  for (const team of teams) {
    const start =
      Number(team.joinedOn.slice(0, 4)) - (Number(team.joinedOn.slice(5, 7)) < 7 ? 1 : 0);
    metrics.forEach((metric, index) => {
      let value = (bases[index] ?? 20) * (0.7 + next() * 0.6);
      for (let year = 0; year < 3; year++) {
        const periodStart = `${start + year}-07-01`;
        if (periodStart > today) break;
        em.create(Measurement, {
          metric: ref(metric),
          team: ref(team),
          periodStart,
          periodEnd: `${start + year + 1}-06-30`,
          value: value.toFixed(1),
          source: 'Demo district records',
          isBaseline: year === 0,
        });
        const step = metric.direction === MetricDirection.HIGHER_IS_BETTER ? 1 : -1;
        value = Math.max(0, value + step * (1 + next() * 4));
      }
    });
    const checkIn = em.create(CheckIn, {
      team: ref(team),
      occurredOn: addDays(today, -Math.floor(5 + next() * 40)),
      kind: next() < 0.5 ? CheckInKind.VIDEO_CALL : CheckInKind.VISIT,
      summary:
        'Reviewed the roster and the next convening; the team is drafting its family survey.',
    });
    em.create(FollowUp, {
      checkIn: ref(checkIn),
      description: 'Share the bilingual survey template with the site engagement lead.',
      dueOn: addDays(today, 14),
    });
  }
}

/** This program year's stipends in each status, and travel claims for Cohort I's in-person days. */
function loadFunding(
  em: EntityManager,
  teams: Team[],
  memberships: Membership[],
  convenings: Convening[],
  today: string,
): void {
  const programYear = programYearOf(today);
  teams.forEach((team, index) => {
    const status = [StipendStatus.PAID, StipendStatus.APPROVED, StipendStatus.PLANNED][
      index % 3
    ] as StipendStatus;
    em.create(Stipend, {
      team: ref(team),
      programYear,
      amount: '30000.00',
      status,
      dueOn: `${programYear.slice(0, 4)}-10-15`,
      approvedAt:
        status === StipendStatus.PLANNED
          ? null
          : new Date(`${programYear.slice(0, 4)}-09-01T17:00:00Z`),
      paidOn: status === StipendStatus.PAID ? `${programYear.slice(0, 4)}-10-15` : null,
    });
  });
  const inPerson = convenings.filter((convening) => convening.modality === Modality.IN_PERSON);
  memberships.slice(0, 12).forEach((membership, index) => {
    const convening = inPerson[index % inPerson.length];
    const status = [
      ReimbursementStatus.SUBMITTED,
      ReimbursementStatus.APPROVED,
      ReimbursementStatus.PAID,
      ReimbursementStatus.REJECTED,
    ][index % 4] as ReimbursementStatus;
    const decided = status !== ReimbursementStatus.SUBMITTED;
    em.create(Reimbursement, {
      membership: ref(membership),
      convening: convening ? ref(convening) : null,
      category: index % 2 === 0 ? ExpenseCategory.MILEAGE : ExpenseCategory.LODGING,
      amount: index % 2 === 0 ? '84.42' : '189.00',
      description:
        index % 2 === 0 ? 'Round trip to the convening venue' : 'One night before the convening',
      status,
      decidedAt: decided ? new Date() : null,
      paidOn: status === ReimbursementStatus.PAID ? today : null,
    });
  });
}

/** The password of every demo account: a trial install only (the README says so). */
export const DEMO_PASSWORD = 'cei-demo-password';

/** One demo sign-in per role, each with a scope that has data to show. */
export const DEMO_ACCOUNTS = [
  { email: 'admin@example.org', displayName: 'Demo CEI Admin', role: 'CEI_ADMIN' },
  { email: 'staff@example.org', displayName: 'Demo CEI Staff', role: 'CEI_STAFF' },
  {
    email: 'liaison@example.org',
    displayName: 'Demo COE Liaison (Riverside)',
    role: 'COE_LIAISON',
  },
  { email: 'partner@example.org', displayName: 'Demo CBO Partner', role: 'CBO_PARTNER' },
  { email: 'lead@example.org', displayName: 'Demo Team Lead (Azusa)', role: 'TEAM_LEAD' },
  { email: 'api@example.org', displayName: 'Demo API Partner', role: 'API_PARTNER' },
] as const;

async function loadDemoAccounts(
  em: EntityManager,
  teams: Team[],
  partner: Organization,
): Promise<void> {
  const riverside = await em.findOneOrFail(Organization, {
    kind: OrganizationKind.COUNTY_OFFICE,
    countyCode: '33',
  });
  const azusa = teams.find((team) => team.name.startsWith('Azusa'));
  for (const account of DEMO_ACCOUNTS) {
    await createAccountRecord(em, {
      ...account,
      password: DEMO_PASSWORD,
      organizationIds:
        account.role === 'COE_LIAISON'
          ? [riverside.id]
          : account.role === 'CBO_PARTNER'
            ? [partner.id]
            : [],
      teamIds: account.role === 'TEAM_LEAD' && azusa ? [azusa.id] : [],
    });
  }
  // The API partner's webhook endpoint, disabled: the screens show one, and a trial install
  // sends nothing anywhere.
  const api = await em.findOneOrFail(Account, { email: 'api@example.org' });
  em.create(WebhookEndpoint, {
    owner: ref(api),
    url: 'https://warehouse.example.org/cei-webhooks',
    description: 'Demo data warehouse (invented)',
    eventTypes: [WebhookEventType.TEAM, WebhookEventType.CONVENING],
    secretSeed: newSecretSeed(),
    disabledAt: new Date(),
  });
  await em.flush();
}
