import {
  CohortStatus,
  ConveningKind,
  DeliverableStatus,
  LeaType,
  Modality,
  OrganizationKind,
  Phase,
  pacificToInstant,
  programYearOf,
} from '@cei/domain';
import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Cohort, CohortDeadline } from '../../cohorts/cohort.entity.js';
import { Convening, ConveningCohort } from '../../convenings/convening.entity.js';
import { Appropriation } from '../../funding/appropriation.entity.js';
import { LeadAgency } from '../../organizations/lead-agency.entity.js';
import { Organization } from '../../organizations/organization.entity.js';
import { Deliverable } from '../../outcomes/deliverable.entity.js';
import { Facilitation, Team } from '../../teams/team.entity.js';

/**
 * The real data a new installation starts with, from the public documents in shared/seeds:
 * California's 58 county offices, the lead agencies, Cohorts I to III with their districts,
 * Cohort III's moved deadline, Cohort I's 2019-20 convenings, the statutory deliverables of AB
 * 1808 section 140 and its appropriation.
 */

/** CDS county codes are the counties in alphabetical order, 01 Alameda to 58 Yuba. */
const COUNTIES = [
  'Alameda',
  'Alpine',
  'Amador',
  'Butte',
  'Calaveras',
  'Colusa',
  'Contra Costa',
  'Del Norte',
  'El Dorado',
  'Fresno',
  'Glenn',
  'Humboldt',
  'Imperial',
  'Inyo',
  'Kern',
  'Kings',
  'Lake',
  'Lassen',
  'Los Angeles',
  'Madera',
  'Marin',
  'Mariposa',
  'Mendocino',
  'Merced',
  'Modoc',
  'Mono',
  'Monterey',
  'Napa',
  'Nevada',
  'Orange',
  'Placer',
  'Plumas',
  'Riverside',
  'Sacramento',
  'San Benito',
  'San Bernardino',
  'San Diego',
  'San Francisco',
  'San Joaquin',
  'San Luis Obispo',
  'San Mateo',
  'Santa Barbara',
  'Santa Clara',
  'Santa Cruz',
  'Shasta',
  'Sierra',
  'Siskiyou',
  'Solano',
  'Sonoma',
  'Stanislaus',
  'Sutter',
  'Tehama',
  'Trinity',
  'Tulare',
  'Tuolumne',
  'Ventura',
  'Yolo',
  'Yuba',
];

/** County offices as the seed documents name them; the others take the common form. */
const COUNTY_OFFICE_NAMES: Record<string, string> = {
  Orange: 'Orange County Department of Education',
  'San Bernardino': 'San Bernardino County Superintendent of Schools',
  Kern: 'Kern County Superintendent of Schools',
  Fresno: 'Fresno County Superintendent of Schools',
};

const SHORT_NAMES: Record<string, string> = { 'San Bernardino': 'SBCSS' };

/** [district, county, LEA type] per cohort, as the seed documents list them. */
const COHORT_DISTRICTS: Record<number, [string, string, LeaType][]> = {
  1: [
    ['Anaheim Union High School District', 'Orange', LeaType.HIGH_SCHOOL_DISTRICT],
    ['Azusa Unified School District', 'Los Angeles', LeaType.UNIFIED_DISTRICT],
    ['Cajon Valley Union School District', 'San Diego', LeaType.ELEMENTARY_DISTRICT],
    ['East Side Union High School District', 'Santa Clara', LeaType.HIGH_SCHOOL_DISTRICT],
    ['Ontario-Montclair School District', 'San Bernardino', LeaType.ELEMENTARY_DISTRICT],
    ['Oxnard School District', 'Ventura', LeaType.ELEMENTARY_DISTRICT],
  ],
  2: [
    ['Bakersfield City School District', 'Kern', LeaType.ELEMENTARY_DISTRICT],
    ['Chino Valley Unified School District', 'San Bernardino', LeaType.UNIFIED_DISTRICT],
    ['Moreno Valley Unified School District', 'Riverside', LeaType.UNIFIED_DISTRICT],
    ['Riverside Unified School District', 'Riverside', LeaType.UNIFIED_DISTRICT],
    ['Oakland Unified School District', 'Alameda', LeaType.UNIFIED_DISTRICT],
    ['Pajaro Valley Unified School District', 'Santa Cruz', LeaType.UNIFIED_DISTRICT],
    ['Parlier Unified School District', 'Fresno', LeaType.UNIFIED_DISTRICT],
    ['Salinas Union High School District', 'Monterey', LeaType.HIGH_SCHOOL_DISTRICT],
    ['Santa Ana Unified School District', 'Orange', LeaType.UNIFIED_DISTRICT],
    ['Upper Lake Unified School District', 'Lake', LeaType.UNIFIED_DISTRICT],
    ['Val Verde Unified School District', 'Riverside', LeaType.UNIFIED_DISTRICT],
    ['Victor Valley Unified School District', 'San Bernardino', LeaType.UNIFIED_DISTRICT],
  ],
};

/** Cohort I, year 1 (2019-20): the eight dates of the seed document. */
const COHORT_I_CONVENINGS = [
  '2019-08-29',
  '2019-09-26',
  '2019-10-29',
  '2019-12-10',
  '2020-01-23',
  '2020-02-27',
  '2020-04-02',
  '2020-05-13',
];

export async function loadReferenceData(em: EntityManager): Promise<void> {
  loadStatutoryData(em);
  const countyOffices = new Map<string, Organization>();
  COUNTIES.forEach((county, index) => {
    countyOffices.set(
      county,
      em.create(Organization, {
        kind: OrganizationKind.COUNTY_OFFICE,
        name: COUNTY_OFFICE_NAMES[county] ?? `${county} County Office of Education`,
        shortName: SHORT_NAMES[county] ?? null,
        countyCode: String(index + 1).padStart(2, '0'),
      }),
    );
  });
  const countyOffice = (county: string) => {
    const office = countyOffices.get(county);
    if (!office) throw new Error(`unknown county ${county}`);
    return office;
  };

  const organization = (name: string, shortName: string, kind: OrganizationKind) =>
    em.create(Organization, { kind, name, shortName });
  const cabe = organization(
    'California Association for Bilingual Education',
    'CABE',
    OrganizationKind.COMMUNITY_ORGANIZATION,
  );
  const fis = organization('Families In Schools', 'FIS', OrganizationKind.COMMUNITY_ORGANIZATION);
  const ccee = organization(
    'California Collaborative for Educational Excellence',
    'CCEE',
    OrganizationKind.STATE_AGENCY,
  );
  const sbcss = countyOffice('San Bernardino');
  for (const phase of [Phase.CEI_1_0, Phase.CEI_2_0]) {
    em.create(LeadAgency, {
      organization: ref(sbcss),
      phase,
      isLead: true,
      responsibility: 'Lead agency; co-administers the initiative with CCEE',
    });
    em.create(LeadAgency, {
      organization: ref(ccee),
      phase,
      responsibility: 'Co-directs and facilitates the initiative',
    });
    em.create(LeadAgency, {
      organization: ref(cabe),
      phase,
      responsibility: 'Member of the lead agency consortium',
    });
    em.create(LeadAgency, {
      organization: ref(fis),
      phase,
      responsibility: 'Member of the lead agency consortium',
    });
  }

  const cohortI = em.create(Cohort, {
    number: 1,
    name: 'Cohort I',
    phase: Phase.CEI_1_0,
    status: CohortStatus.ACTIVE,
    description:
      'The inaugural Peer Leading and Learning Network: six districts, convened from August 2019.',
    firstConveningOn: COHORT_I_CONVENINGS[0],
    minimumCommitmentYears: 3,
    conveningsExpectedPerYear: 8,
  });
  const cohortII = em.create(Cohort, {
    number: 2,
    name: 'Cohort II',
    phase: Phase.CEI_1_0,
    status: CohortStatus.ACTIVE,
    description:
      'Twelve districts, begun on 21 January 2021, facilitated by Cohort I district teams.',
    firstConveningOn: '2021-01-21',
    conveningsExpectedPerYear: 8,
  });
  const firstDeadline = pacificToInstant('2022-05-17', '09:00');
  const movedDeadline = pacificToInstant('2022-06-16', '09:00');
  const cohortIII = em.create(Cohort, {
    number: 3,
    name: 'Cohort III',
    phase: Phase.CEI_1_0,
    status: CohortStatus.RECRUITING,
    description:
      'Open to any district or LEA at any stage, including small and rural districts and charter schools.',
    applicationDueAt: movedDeadline,
    minimumCommitmentYears: 2,
    conveningsExpectedPerYear: 8,
    stipendPerTeamPerYear: '30000.00',
  });
  em.create(CohortDeadline, {
    cohort: ref(cohortIII),
    dueAt: firstDeadline,
    setAt: firstDeadline,
    reason: 'Deadline in the request for applications',
  });
  em.create(CohortDeadline, {
    cohort: ref(cohortIII),
    dueAt: movedDeadline,
    setAt: firstDeadline,
    reason: 'Deadline extended',
  });

  const teamsOf = (cohort: Cohort, joinedOn: string, commitmentEndsOn: string | null) =>
    (COHORT_DISTRICTS[cohort.number] ?? []).map(([name, county, leaType]) => {
      const lea = em.create(Organization, {
        kind: OrganizationKind.LEA,
        name,
        leaType,
        countyOffice: ref(countyOffice(county)),
      });
      return em.create(Team, {
        cohort: ref(cohort),
        name,
        leadLea: ref(lea),
        joinedOn,
        commitmentEndsOn,
      });
    });
  const cohortITeams = teamsOf(cohortI, COHORT_I_CONVENINGS[0] as string, '2022-06-30');
  teamsOf(cohortII, '2021-01-21', null);
  for (const team of cohortITeams) {
    em.create(Facilitation, { team: ref(team), cohort: ref(cohortII), startedOn: '2021-01-21' });
  }

  // The documents give the dates only: times are set to 9 a.m. Pacific, and sessions from
  // April 2020 on are virtual (schools had closed), the earlier ones in person.
  COHORT_I_CONVENINGS.forEach((date, index) => {
    const convening = em.create(Convening, {
      programYear: programYearOf(date),
      number: index + 1,
      kind: ConveningKind.NETWORK_CONVENING,
      modality: date >= '2020-04-01' ? Modality.VIRTUAL : Modality.IN_PERSON,
      startsAt: pacificToInstant(date, '09:00'),
      endsAt: pacificToInstant(date, '15:00'),
      title: `Year 1, convening ${index + 1}`,
    });
    em.create(ConveningCohort, { convening: ref(convening), cohort: ref(cohortI) });
  });
}

const STATUTE = 'AB 1808 (2018) section 140';

/** The statute's milestones. Only the first is known done (Cohort I was selected in 2019). */
function loadStatutoryData(em: EntityManager): void {
  em.create(Appropriation, {
    phase: Phase.CEI_1_0,
    name: 'CEI 1.0 appropriation',
    source: STATUTE,
    amount: '13274000.00',
  });
  em.create(Deliverable, {
    key: 'solicit-teams',
    title: 'Solicit teams to participate in the initiative',
    description:
      'Solicit teams willing to participate in and cofacilitate a professional learning network for no less than three years, engage in open dialogue on improving local pupil outcomes, and partner with other communities and school districts.',
    statute: STATUTE,
    dueOn: '2019-02-01',
    status: DeliverableStatus.COMPLETED,
    completedOn: '2019-02-01',
    evidence:
      'Six district teams were selected for the inaugural PLLN (Cohort I), convened from August 2019. The completion date is recorded as the statutory date.',
  });
  em.create(Deliverable, {
    key: 'statewide-training',
    title: 'Develop and conduct a statewide training on community engagement',
    description:
      'A statewide training on community engagement based on, but not limited to, the findings of the PLLN.',
    statute: STATUTE,
    dueOn: '2021-01-01',
  });
  em.create(Deliverable, {
    key: 'report-2024',
    title:
      'Report to the State Board, the Superintendent, CCEE, the lead agency and the Legislature',
    description:
      'Best practices for improving community engagement identified by the PLLNs; an analysis of impact using the metrics identified; feedback to improve the PLLN protocol and metrics, and activities or resources that support continued capacity for meaningful stakeholder engagement.',
    statute: STATUTE,
    dueOn: '2024-06-30',
  });
}
