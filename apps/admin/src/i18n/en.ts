import englishMessages from 'ra-language-english';
import { conflictsMessages } from './conflicts.messages';
import { explorerMessages } from './explorer.messages';
import { listsMessages } from './lists.messages';
import { searchMessages } from './search.messages';
import { workflowsEn } from './workflows.en';

/**
 * The interface in English: react-admin's own messages, and the names of resources and fields
 * where the default (derived from the field name) would read badly. Enum values are labelled by
 * the domain package (`labels`), not here.
 */
export const en = {
  ...englishMessages,
  cei: {
    ...workflowsEn,
    search: searchMessages.en,
    conflicts: conflictsMessages.en,
    explorer: explorerMessages.en,
    lists: listsMessages.en,
  },
  resources: {
    cohorts: {
      name: 'Cohort |||| Cohorts',
      fields: {
        applicationOpensAt: 'Applications open',
        applicationDueAt: 'Applications due',
        deadlineReason: 'Reason for the deadline',
        firstConveningOn: 'First convening',
        minimumCommitmentYears: 'Minimum commitment (years)',
        conveningsExpectedPerYear: 'Convenings expected per year',
        stipendPerTeamPerYear: 'Stipend per team per year',
      },
    },
    teams: {
      name: 'Team |||| Teams',
      fields: {
        cohortId: 'Cohort',
        leadLea: 'Lead LEA',
        leadLeaId: 'Lead LEA',
        memberLeas: 'Member LEAs',
        memberLeaIds: 'Member LEAs',
        focusSchool: 'Focus school',
        focusSchoolId: 'Focus school',
        joinedOn: 'Joined',
        commitmentEndsOn: 'Commitment ends',
        countyOfficeId: 'County office',
      },
    },
    convenings: {
      name: 'Convening |||| Convenings',
      fields: {
        cohortIds: 'Cohorts',
        cohortId: 'Cohort',
        startsAt: 'Starts',
        endsAt: 'Ends',
        videoUrl: 'Video link',
        programYear: 'Program year',
      },
    },
    attendances: {
      name: 'Attendance |||| Attendance',
      fields: {
        teamId: 'Team',
        person: 'Person',
        team: 'Team',
        role: 'Role',
        status: 'Status',
        mode: 'How',
      },
    },
    organizations: {
      name: 'Organization |||| Organizations',
      fields: {
        cdsCode: 'CDS code',
        leaType: 'LEA type',
        countyOffice: 'County office',
        countyOfficeId: 'County office',
        countyCode: 'County code',
        lea: 'LEA',
        leaId: 'LEA',
      },
    },
    leadAgencies: { name: 'Lead agency |||| Lead agencies', fields: { isLead: 'Lead agency' } },
    people: {
      name: 'Person |||| People',
      fields: { employer: 'Employer', employerId: 'Employer' },
    },
    memberships: {
      name: 'Membership |||| Memberships',
      fields: {
        teamId: 'Team',
        personId: 'Person',
        organizationId: 'Represents',
        organization: 'Represents',
        startedOn: 'Started',
        endedOn: 'Ended',
        endReason: 'Why they left',
        endNote: 'Note',
        cohortId: 'Cohort',
      },
    },
    applications: {
      name: 'Application |||| Applications',
      fields: {
        cohortId: 'Cohort',
        cohort: 'Cohort',
        lea: 'Applicant',
        leaId: 'Applicant LEA',
        memberLeas: 'Consortium member LEAs',
        memberLeaIds: 'Consortium member LEAs',
        focusSchool: 'Focus school',
        focusSchoolId: 'Focus school',
        contactName: 'Point of contact',
        contactPhone: 'Point of contact’s phone',
        contactEmail: 'Point of contact’s email',
        superintendentName: 'Superintendent',
        deadline: 'Deadline',
        totalScore: 'Score',
        rank: 'Rank',
        team: 'Team',
        status: 'Status',
        isLate: 'Late',
        signedOn: 'Signed',
        districtDescription: 'The district, its community and students',
        motivation: 'Why it wants to join',
        engagementHistory: 'How it has engaged its community',
        difficultConversations: 'Difficult conversations and trust',
        underservedEngagement: 'Communities not historically engaged',
        ruralCircumstances: 'Rural or remote circumstances',
      },
    },
    reviews: { name: 'Review |||| Reviews', fields: { totalScore: 'Weighted total' } },
    rubricCriteria: {
      name: 'Rubric criterion |||| Rubric criteria',
      fields: {
        key: 'Key',
        name: 'Name',
        description: 'Description',
        maxScore: 'Maximum score',
        weight: 'Weight',
        position: 'Order',
      },
    },
    vacancies: {
      name: 'Vacancy |||| Vacancies',
      fields: {
        team: 'Team',
        role: 'Role',
        endedMembership: 'Left',
        openedOn: 'Opened',
        dueOn: 'To fill by',
        status: 'Status',
        filledByMembership: 'Filled by',
      },
    },
    outboxEmails: {
      name: 'Outbox email |||| Outbox',
      fields: { toAddress: 'To', createdAt: 'Written', deliveredAt: 'Delivered', textBody: 'Text' },
    },
    stipends: { name: 'Stipend |||| Stipends', fields: { teamId: 'Team' } },
    reimbursements: {
      name: 'Reimbursement |||| Reimbursements',
      fields: { member: 'Member', membershipId: 'Member', team: 'Team', conveningId: 'Convening' },
    },
    metrics: { name: 'Metric |||| Metrics' },
    measurements: {
      name: 'Measurement |||| Measurements',
      fields: {
        teamId: 'Team',
        metricId: 'Metric',
        metric: 'Metric',
        isBaseline: 'Baseline',
        changeFromBaseline: 'Change from baseline',
      },
    },
    checkIns: { name: 'Check-in |||| Check-ins', fields: { teamId: 'Team', occurredOn: 'Date' } },
    followUps: {
      name: 'Follow-up |||| Follow-ups',
      fields: { description: 'What is to be done', dueOn: 'Due', completedOn: 'Done' },
    },
    deliverables: { name: 'Deliverable |||| Deliverables' },
    subscriptions: {
      name: 'Newsletter subscription |||| Newsletter subscriptions',
      fields: { organizationName: 'Organization' },
    },
    accounts: {
      name: 'Account |||| Accounts',
      fields: { displayName: 'Name', lastSignInAt: 'Last signed in', disabledAt: 'Disabled' },
    },
    apiTokens: { name: 'API token |||| API tokens' },
    auditEvents: {
      name: 'Audit event |||| Audit log',
      fields: { occurredAt: 'When', actor: 'Who', actorRole: 'As', entity: 'Record type' },
    },
    cohortDeadlines: { name: 'Deadline |||| Deadlines', fields: { dueAt: 'Due', setAt: 'Set' } },
    facilitations: { name: 'Facilitation |||| Facilitations', fields: { startedOn: 'Since' } },
    problemsOfPractice: {
      name: 'Problem of practice |||| Problems of practice',
      fields: { effectiveOn: 'From' },
    },
  },
};
