import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../database/seed/demo-data.js';
import { docxFile, pdfFile, pngFile } from '../database/seed/demo-files.js';
import { databaseSnapshot } from '../testing/database-snapshot.js';
import type { GraphqlClient, GraphqlResponse } from '../testing/test-server.js';
import { useTestServer } from '../testing/vitest.js';

const context = useTestServer({ demo: true });

const APPLICATION_FIELDS =
  'id version status isLate submittedAt decidedAt missingParts totalScore rank team { id name }';
const CREATE = `mutation ($input: CreateApplicationInput!) { createApplication(input: $input) { ${APPLICATION_FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $version: Int!, $input: UpdateApplicationInput!) { updateApplication(id: $id, version: $version, input: $input) { ${APPLICATION_FIELDS} } }`;
const UPLOAD =
  'mutation ($applicationId: ID!, $input: UploadApplicationDocumentInput!) { uploadApplicationDocument(applicationId: $applicationId, input: $input) { id format fileName contentType byteSize downloadUrl } }';
const step = (name: string) =>
  `mutation ($id: ID!, $version: Int!) { ${name}(id: $id, version: $version) { ${APPLICATION_FIELDS} } }`;
const SELECT = `mutation ($id: ID!, $version: Int!, $input: SelectApplicationInput!) { selectApplication(id: $id, version: $version, input: $input) { ${APPLICATION_FIELDS} } }`;
const SAVE_REVIEW =
  'mutation ($applicationId: ID!, $input: SaveReviewInput!) { saveReview(applicationId: $applicationId, input: $input) { id submittedAt totalScore comment } }';
const OPEN =
  'mutation ($cohortId: ID!, $version: Int!, $input: OpenRecruitmentInput!) { openRecruitment(cohortId: $cohortId, version: $version, input: $input) { id version status applicationOpensAt applicationDueAt deadlineHistory { nodes { dueAt reason } } } }';
const MOVE =
  'mutation ($cohortId: ID!, $version: Int!, $input: MoveApplicationDeadlineInput!) { moveApplicationDeadline(cohortId: $cohortId, version: $version, input: $input) { id version applicationDueAt deadlineHistory { totalCount nodes { dueAt reason } } } }';

interface ApplicationResult {
  id: string;
  version: number;
  status: string;
  isLate: boolean;
  submittedAt: string | null;
  decidedAt: string | null;
  missingParts: string[];
  totalScore: number | null;
  rank: number | null;
  team: { id: string; name: string } | null;
}

const DAY = 24 * 60 * 60 * 1000;
let cohort: { id: string; version: number };
let riversideOfficeId: string;
let leaId: string;
let partnerLeaId: string;
let schoolId: string;
let criteria: [{ id: string }, { id: string }];

async function run<T>(
  query: string,
  variables: Record<string, unknown> = {},
  client: GraphqlClient = context.server,
): Promise<T> {
  const { data, errors } = await client.graphql<Record<string, T>>(query, variables);
  if (errors) throw new Error(JSON.stringify(errors));
  return Object.values(data ?? {})[0] as T;
}

/** Runs a mutation that must be refused, and checks that nothing at all was written. */
async function refused(
  query: string,
  variables: Record<string, unknown>,
  client: GraphqlClient = context.server,
): Promise<NonNullable<GraphqlResponse['errors']>[number]> {
  const before = await databaseSnapshot(context.server.orm);
  const { errors } = await client.graphql(query, variables);
  expect(errors, 'the mutation should have been refused').toBeDefined();
  expect(await databaseSnapshot(context.server.orm)).toEqual(before);
  return (errors as NonNullable<GraphqlResponse['errors']>)[0] as never;
}

async function organization(input: Record<string, unknown>): Promise<string> {
  return (
    await run<{ id: string }>(
      'mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }',
      { input },
    )
  ).id;
}

const completeLetter = () => ({
  focusSchoolId: schoolId,
  contactName: 'Ana Example',
  contactPhone: '(951) 555-0100',
  contactEmail: 'Ana.Example@Example.org',
  superintendentName: 'Dr. Sam Superintendent',
  signedOn: new Date().toISOString().slice(0, 10),
  districtDescription: 'A growing district of 12,000 students, half of them English learners.',
  motivation: 'To learn from peers how to bring families into LCAP decisions.',
  engagementHistory: 'Parent advisory councils at every school since 2019.',
  difficultConversations: 'Listening circles after a difficult year; trust is still fragile.',
  underservedEngagement: 'Outreach to Mixteco-speaking families through a community partner.',
});

async function upload(applicationId: string, format: 'PDF' | 'WORD', content: Buffer) {
  return run<{ id: string; downloadUrl: string; contentType: string; byteSize: number }>(UPLOAD, {
    applicationId,
    input: {
      format,
      fileName: format === 'PDF' ? 'Letter.pdf' : 'Letter.docx',
      contentBase64: content.toString('base64'),
    },
  });
}

/** A complete, submitted letter from a new LEA of the given county office. */
async function submittedApplication(name: string): Promise<ApplicationResult> {
  const lea = await organization({ kind: 'LEA', name, countyOfficeId: riversideOfficeId });
  const school = await organization({
    kind: 'SCHOOL',
    name: `${name} High`,
    leaId: lea,
    gradeSpan: 'HIGH',
  });
  const draft = await run<ApplicationResult>(CREATE, {
    input: {
      cohortId: cohort.id,
      leaId: lea,
      ...completeLetter(),
      focusSchoolId: school,
      contactEmail: `contact@${name.replace(/\W/g, '').toLowerCase()}.example.org`,
    },
  });
  await upload(draft.id, 'PDF', pdfFile());
  await upload(draft.id, 'WORD', docxFile());
  const current = await run<ApplicationResult>(
    `query ($id: ID!) { application(id: $id) { ${APPLICATION_FIELDS} } }`,
    { id: draft.id },
  );
  return run<ApplicationResult>(step('submitApplication'), {
    id: current.id,
    version: current.version,
  });
}

beforeAll(async () => {
  cohort = await run<{ id: string; version: number }>(
    'mutation ($input: CreateCohortInput!) { createCohort(input: $input) { id version } }',
    {
      input: {
        number: 4,
        name: 'Cohort IV',
        phase: 'CEI_2_0',
        minimumCommitmentYears: 2,
        stipendPerTeamPerYear: '30000.00',
      },
    },
  );
  const offices = await run<{ nodes: { id: string }[] }>(
    'query { organizations(filter: { kind: COUNTY_OFFICE, q: "Riverside" }) { nodes { id } } }',
  );
  riversideOfficeId = offices.nodes[0]?.id as string;
  leaId = await organization({
    kind: 'LEA',
    name: 'Example Valley Unified School District',
    countyOfficeId: riversideOfficeId,
    leaType: 'UNIFIED_DISTRICT',
    locale: 'RURAL',
  });
  partnerLeaId = await organization({
    kind: 'LEA',
    name: 'Example Hills Elementary School District',
    countyOfficeId: riversideOfficeId,
  });
  schoolId = await organization({
    kind: 'SCHOOL',
    name: 'Example Valley High School',
    leaId,
    gradeSpan: 'HIGH',
  });
});

/*
 * One application's life, in order: recruitment opens, a letter is drafted, completed and
 * submitted, reviewed, ranked and decided. Each step starts from where the one before left the
 * letter, as the workflow does (the same story as e2e/story.test.ts, through the API); the other
 * server test files keep every test independent of the ones before it.
 */
describe('recruitment', () => {
  it('opens recruitment on a planned cohort, with the deadline in its history', async () => {
    const opened = await run<{
      id: string;
      version: number;
      status: string;
      deadlineHistory: { nodes: unknown[] };
    }>(OPEN, {
      cohortId: cohort.id,
      version: cohort.version,
      input: {
        opensAt: new Date(Date.now() - DAY).toISOString(),
        dueAt: new Date(Date.now() + 30 * DAY).toISOString(),
      },
    });
    expect(opened.status).toBe('RECRUITING');
    expect(opened.deadlineHistory.nodes).toHaveLength(1);
    cohort = opened;
  });

  it('refuses to open recruitment twice, with the status named', async () => {
    const error = await refused(OPEN, {
      cohortId: cohort.id,
      version: cohort.version,
      input: { opensAt: new Date().toISOString(), dueAt: new Date(Date.now() + DAY).toISOString() },
    });
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.fields?.[0]).toMatchObject({ path: 'status' });
    expect(error.message).toContain('only a planned cohort');
  });

  it('refuses a window that closes before it opens', async () => {
    const planned = await run<{ id: string; version: number }>(
      'mutation { createCohort(input: { number: 5, name: "Cohort V", phase: CEI_2_0 }) { id version } }',
    );
    const error = await refused(OPEN, {
      cohortId: planned.id,
      version: planned.version,
      input: { opensAt: new Date().toISOString(), dueAt: new Date(Date.now() - DAY).toISOString() },
    });
    expect(error.extensions?.fields?.[0]).toMatchObject({ path: 'input.applicationDueAt' });
  });

  it('refuses recruitment and deadline changes to anyone but CEI staff', async () => {
    const liaison = await context.server.signIn('liaison@example.org', DEMO_PASSWORD);
    const error = await refused(
      MOVE,
      { cohortId: cohort.id, version: cohort.version, input: { dueAt: new Date().toISOString() } },
      liaison,
    );
    expect(error.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('letters of interest', () => {
  let draft: ApplicationResult;

  it('drafts a consortium letter and says what it still lacks', async () => {
    draft = await run<ApplicationResult>(CREATE, {
      input: { cohortId: cohort.id, leaId, memberLeaIds: [partnerLeaId], motivation: 'To learn.' },
    });
    expect(draft.status).toBe('DRAFT');
    expect(draft.missingParts).toEqual([
      'focusSchoolId',
      'contactName',
      'contactPhone',
      'contactEmail',
      'superintendentName',
      'signedOn',
      'districtDescription',
      'engagementHistory',
      'difficultConversations',
      'underservedEngagement',
      'hasWordDocument',
      'hasPdfDocument',
    ]);
  });

  it.each([
    [
      'a cohort that is not recruiting',
      () => ({ cohortId: 'cohort-i', leaId }),
      'input.cohortId',
      'is not recruiting',
    ],
    [
      'a school as the applicant',
      () => ({ cohortId: cohort.id, leaId: schoolId }),
      'input.leaId',
      'is not an LEA',
    ],
    [
      'a focus school of another district',
      () => ({ cohortId: cohort.id, leaId: partnerLeaId, focusSchoolId: schoolId }),
      'input.focusSchoolId',
      'not a school of the applying LEAs',
    ],
    [
      'a second letter from the same LEA',
      () => ({ cohortId: cohort.id, leaId }),
      'input.leaId',
      'already has an application to Cohort IV',
    ],
  ])('refuses %s, naming the field', async (_case, input, path, message) => {
    const variables = input();
    if (variables.cohortId === 'cohort-i') {
      const cohorts = await run<{ nodes: { id: string }[] }>(
        'query { cohorts(filter: { number: 1 }) { nodes { id } } }',
      );
      variables.cohortId = cohorts.nodes[0]?.id as string;
    }
    const error = await refused(CREATE, { input: variables });
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    const problem = error.extensions?.fields?.find((field) => field.path === path);
    expect(problem, JSON.stringify(error.extensions?.fields)).toBeDefined();
    expect(problem?.message).toContain(message);
  });

  it('refuses to submit an incomplete letter, naming every missing part', async () => {
    const error = await refused(step('submitApplication'), {
      id: draft.id,
      version: draft.version,
    });
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.fields?.map((field) => field.path)).toEqual(draft.missingParts);
    expect(error.message).toContain('missing: Why the district wants to join'.slice(0, 9));
  });

  it('checks uploads: base64, size, and that the bytes are what the format says', async () => {
    const cases: [string, Record<string, unknown>, string, string][] = [
      [
        'not base64',
        { format: 'PDF', fileName: 'a.pdf', contentBase64: 'not base64!' },
        'input.contentBase64',
        'base64',
      ],
      [
        'a PNG as a PDF',
        { format: 'PDF', fileName: 'a.pdf', contentBase64: pngFile().toString('base64') },
        'input.contentBase64',
        'must be a PDF; this file is a .png file',
      ],
      [
        'a PDF as Word',
        { format: 'WORD', fileName: 'a.docx', contentBase64: pdfFile().toString('base64') },
        'input.contentBase64',
        'must be a Word document',
      ],
      [
        'over 5 MB',
        {
          format: 'PDF',
          fileName: 'a.pdf',
          contentBase64: Buffer.concat([pdfFile(), Buffer.alloc(5 * 1024 * 1024)]).toString(
            'base64',
          ),
        },
        'input.contentBase64',
        'larger than 5 MB',
      ],
      [
        // Its JSON is over the old 8 MB body limit, which answered an HTML page instead.
        'a 6 MB file',
        {
          format: 'PDF',
          fileName: 'a.pdf',
          contentBase64: Buffer.concat([pdfFile(), Buffer.alloc(6 * 1024 * 1024)]).toString(
            'base64',
          ),
        },
        'input.contentBase64',
        'larger than 5 MB',
      ],
      [
        'an empty file',
        { format: 'PDF', fileName: 'a.pdf', contentBase64: '' },
        'input.contentBase64',
        'empty',
      ],
    ];
    for (const [name, input, path, message] of cases) {
      const error = await refused(UPLOAD, { applicationId: draft.id, input });
      expect(error.extensions?.code, name).toBe('BAD_USER_INPUT');
      expect(error.extensions?.fields?.[0], name).toMatchObject({ path });
      expect(error.extensions?.fields?.[0]?.message, name).toContain(message);
    }
  });

  it('keeps the Word and PDF files, replaces a format on re-upload, and serves them to staff only', async () => {
    await upload(draft.id, 'PDF', pdfFile('first version'));
    const pdf = await upload(draft.id, 'PDF', pdfFile('second version'));
    const word = await upload(draft.id, 'WORD', docxFile());
    expect(pdf.contentType).toBe('application/pdf');
    expect(word.contentType).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    const documents = await run<{ totalCount: number }>(
      `query ($id: ID!) { application(id: $id) { documents { totalCount } } }`,
      { id: draft.id },
    );
    expect(documents).toEqual({ documents: { totalCount: 2 } });

    const download = await fetch(`${context.server.url}${pdf.downloadUrl}`, {
      headers: { cookie: context.server.credentials.cookie as string },
    });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('content-disposition')).toContain('Letter.pdf');
    expect(Buffer.from(await download.arrayBuffer())).toEqual(pdfFile('second version'));

    const liaison = await context.server.signIn('liaison@example.org', DEMO_PASSWORD);
    for (const cookie of [liaison.credentials.cookie, undefined]) {
      const denied = await fetch(`${context.server.url}${pdf.downloadUrl}`, {
        headers: cookie ? { cookie } : {},
      });
      expect(denied.status).toBe(404);
    }
  });

  it('answers a list asking for parts, scores and documents together, documents whole', async () => {
    // missingParts reads only the documents' formats; the documents' other fields must not
    // come out null for it.
    const { data, errors } = await context.server.graphql<{
      applications: { nodes: { id: string; documents: { nodes: { version: number }[] } }[] };
    }>(
      '{ applications(limit: 100) { nodes { id missingParts totalScore rank documents { nodes { version fileName byteSize } } } } }',
    );
    expect(errors).toBeUndefined();
    const drafted = data?.applications.nodes.find((node) => node.id === draft.id);
    expect(drafted?.documents.nodes.length).toBeGreaterThan(0);
    for (const document of drafted?.documents.nodes ?? []) {
      expect(document).toMatchObject({ version: expect.any(Number) });
    }
  });

  it('submits a complete letter on time', async () => {
    const current = await run<ApplicationResult>(UPDATE, {
      id: draft.id,
      version: (
        await run<ApplicationResult>(
          `query ($id: ID!) { application(id: $id) { ${APPLICATION_FIELDS} } }`,
          { id: draft.id },
        )
      ).version,
      input: completeLetter(),
    });
    expect(current.missingParts).toEqual([]);
    const submitted = await run<ApplicationResult>(step('submitApplication'), {
      id: current.id,
      version: current.version,
    });
    expect(submitted).toMatchObject({ status: 'SUBMITTED', isLate: false });
    draft = submitted;
  });

  it('keeps a submitted letter as it was: no changes, no new files, no second submission', async () => {
    const changed = await refused(UPDATE, {
      id: draft.id,
      version: draft.version,
      input: { motivation: 'Changed' },
    });
    expect(changed.message).toContain('only a draft can be changed');
    const file = await refused(UPLOAD, {
      applicationId: draft.id,
      input: { format: 'PDF', fileName: 'a.pdf', contentBase64: pdfFile().toString('base64') },
    });
    expect(file.message).toContain('only a draft');
    const again = await refused(step('submitApplication'), {
      id: draft.id,
      version: draft.version,
    });
    expect(again.message).toContain(
      'the application is Submitted; only Draft applications can be submitted',
    );
  });

  it('refuses a stale version as a conflict', async () => {
    const error = await refused(step('startApplicationReview'), {
      id: draft.id,
      version: draft.version - 1,
    });
    expect(error.extensions?.code).toBe('CONFLICT');
  });

  it('marks a letter submitted after the deadline late, and timely again when the deadline moves later', async () => {
    const current = await run<{ id: string; version: number }>(
      `query ($id: ID!) { cohort(id: $id) { id version } }`,
      { id: cohort.id },
    );
    const moved = await run<{
      id: string;
      version: number;
      deadlineHistory: { totalCount: number };
    }>(MOVE, {
      cohortId: current.id,
      version: current.version,
      input: {
        dueAt: new Date(Date.now() - 1000).toISOString(),
        reason: 'Closed early for the test',
      },
    });
    expect(moved.deadlineHistory.totalCount).toBe(2);
    const late = await submittedApplication('Late Creek Unified School District');
    expect(late).toMatchObject({ status: 'SUBMITTED', isLate: true });

    const extended = await run<{
      id: string;
      version: number;
      deadlineHistory: { totalCount: number; nodes: { reason: string | null }[] };
    }>(MOVE, {
      cohortId: moved.id,
      version: moved.version,
      input: { dueAt: new Date(Date.now() + 10 * DAY).toISOString(), reason: 'Extended' },
    });
    expect(extended.deadlineHistory.totalCount).toBe(3);
    const after = await run<ApplicationResult>(
      `query ($id: ID!) { application(id: $id) { ${APPLICATION_FIELDS} } }`,
      { id: late.id },
    );
    expect(after.isLate).toBe(false);
    cohort = extended;
  });

  it('refuses moving the deadline to the one in force', async () => {
    const current = await run<{ id: string; version: number; applicationDueAt: string }>(
      `query ($id: ID!) { cohort(id: $id) { id version applicationDueAt } }`,
      { id: cohort.id },
    );
    const error = await refused(MOVE, {
      cohortId: current.id,
      version: current.version,
      input: { dueAt: current.applicationDueAt },
    });
    expect(error.extensions?.fields?.[0]).toMatchObject({ path: 'input.dueAt' });
  });

  describe('review, ranking and decisions', () => {
    let rival: ApplicationResult;

    it('defines the rubric (staff only)', async () => {
      const create =
        'mutation ($input: CreateRubricCriterionInput!) { createRubricCriterion(input: $input) { id maxScore weight } }';
      criteria = [
        await run(create, {
          input: {
            cohortId: cohort.id,
            key: 'readiness',
            name: 'Readiness',
            maxScore: 5,
            position: 1,
          },
        }),
        await run(create, {
          input: {
            cohortId: cohort.id,
            key: 'trust',
            name: 'Capacity for difficult conversations',
            maxScore: 5,
            weight: 2,
            position: 2,
          },
        }),
      ];
      const lead = await context.server.signIn('lead@example.org', DEMO_PASSWORD);
      const error = await refused(
        create,
        { input: { cohortId: cohort.id, key: 'other', name: 'Other', maxScore: 3 } },
        lead,
      );
      expect(error.extensions?.code).toBe('FORBIDDEN');
      const duplicate = await refused(create, {
        input: { cohortId: cohort.id, key: 'trust', name: 'Again', maxScore: 3 },
      });
      expect(duplicate.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('refuses reviews before review starts', async () => {
      const error = await refused(SAVE_REVIEW, { applicationId: draft.id, input: { scores: [] } });
      expect(error.message).toContain('only applications under review are reviewed');
    });

    it('scores each criterion, checks the range, and submits only when every criterion is scored', async () => {
      // Moving the deadline re-marked its lateness: work from the current version.
      draft = await run<ApplicationResult>(
        `query ($id: ID!) { application(id: $id) { ${APPLICATION_FIELDS} } }`,
        { id: draft.id },
      );
      draft = await run<ApplicationResult>(step('startApplicationReview'), {
        id: draft.id,
        version: draft.version,
      });
      expect(draft.status).toBe('UNDER_REVIEW');
      const [readiness, trust] = criteria;
      const tooHigh = await refused(SAVE_REVIEW, {
        applicationId: draft.id,
        input: { scores: [{ criterionId: readiness.id, score: 6 }] },
      });
      expect(tooHigh.extensions?.fields?.[0]).toMatchObject({ path: 'input.scores.0.score' });
      const incomplete = await refused(SAVE_REVIEW, {
        applicationId: draft.id,
        input: { scores: [{ criterionId: readiness.id, score: 4 }], submit: true },
      });
      expect(incomplete.message).toContain('not scored: Capacity for difficult conversations');

      const saved = await run<{ submittedAt: string | null; totalScore: number }>(SAVE_REVIEW, {
        applicationId: draft.id,
        input: {
          scores: [{ criterionId: readiness.id, score: 4 }],
          comment: 'Strong family councils.',
        },
      });
      expect(saved).toMatchObject({ submittedAt: null, totalScore: 4 });
      const submitted = await run<{ submittedAt: string | null; totalScore: number }>(SAVE_REVIEW, {
        applicationId: draft.id,
        input: { scores: [{ criterionId: trust.id, score: 5 }], submit: true },
      });
      expect(submitted.submittedAt).not.toBeNull();
      expect(submitted.totalScore).toBe(4 + 2 * 5);
    });

    it('refuses a reviewer who works for the applicant’s county office', async () => {
      // A CEI staff member employed by the Riverside County Office of Education.
      const person = await run<{ id: string }>(
        'mutation ($input: CreatePersonInput!) { createPerson(input: $input) { id } }',
        {
          input: {
            givenName: 'Rae',
            familyName: 'Reviewer',
            email: 'rae.reviewer@example.org',
            employerId: riversideOfficeId,
          },
        },
      );
      const account = await run<{ id: string }>(
        'mutation ($input: CreateAccountInput!) { createAccount(input: $input) { id } }',
        {
          input: {
            email: 'rae.reviewer@example.org',
            displayName: 'Rae Reviewer',
            role: 'CEI_STAFF',
            password: 'reviewer-password-1',
          },
        },
      );
      // Accounts are linked to roster people by the system (no mutation sets it).
      await context.server
        .em()
        .getConnection()
        .execute('update account set person_id = ? where id = ?', [person.id, account.id]);
      const reviewer = await context.server.signIn(
        'rae.reviewer@example.org',
        'reviewer-password-1',
      );
      const error = await refused(
        SAVE_REVIEW,
        { applicationId: draft.id, input: { scores: [] } },
        reviewer,
      );
      expect(error.extensions?.code).toBe('FORBIDDEN');
      expect(error.message).toContain('county office of this applicant');
    });

    it('ranks the cohort’s applications by their reviews', async () => {
      rival = await submittedApplication('Rival Unified School District');
      rival = await run<ApplicationResult>(step('startApplicationReview'), {
        id: rival.id,
        version: rival.version,
      });
      const [readiness, trust] = criteria;
      await run(SAVE_REVIEW, {
        applicationId: rival.id,
        input: {
          scores: [
            { criterionId: readiness.id, score: 5 },
            { criterionId: trust.id, score: 5 },
          ],
          submit: true,
        },
      });
      const ranked = await run<{
        applications: { nodes: { id: string; totalScore: number | null; rank: number | null }[] };
      }>(
        `query ($id: ID!) { cohort(id: $id) { applications(limit: 100) { nodes { id totalScore rank } } } }`,
        { id: cohort.id },
      );
      const byId = new Map(ranked.applications.nodes.map((node) => [node.id, node]));
      expect(byId.get(rival.id)).toMatchObject({ totalScore: 15, rank: 1 });
      expect(byId.get(draft.id)).toMatchObject({ totalScore: 14, rank: 2 });
    });

    it('waitlists, then declines, and refuses every other move from a decision', async () => {
      rival = await run<ApplicationResult>(step('waitlistApplication'), {
        id: rival.id,
        version: rival.version,
      });
      expect(rival.status).toBe('WAITLISTED');
      expect(rival.decidedAt).not.toBeNull();
      const back = await refused(step('startApplicationReview'), {
        id: rival.id,
        version: rival.version,
      });
      expect(back.message).toContain(
        'the application is Waitlisted; only Submitted applications can be put under review',
      );
      rival = await run<ApplicationResult>(step('declineApplication'), {
        id: rival.id,
        version: rival.version,
      });
      expect(rival.status).toBe('DECLINED');
      for (const name of [
        'withdrawApplication',
        'waitlistApplication',
        'startApplicationReview',
        'submitApplication',
      ]) {
        const error = await refused(step(name), { id: rival.id, version: rival.version });
        expect(error.extensions?.code, name).toBe('BAD_USER_INPUT');
        expect(error.message, name).toContain('the application is Declined');
      }
      const select = await refused(SELECT, {
        id: rival.id,
        version: rival.version,
        input: { joinedOn: '2027-01-15' },
      });
      expect(select.message).toContain(
        'only Under review or Waitlisted applications can be selected',
      );
    });

    it('withdraws a draft, and frees the LEA to apply again', async () => {
      const other = await run<ApplicationResult>(CREATE, {
        input: { cohortId: cohort.id, leaId: partnerLeaId },
      });
      const withdrawn = await run<ApplicationResult>(step('withdrawApplication'), {
        id: other.id,
        version: other.version,
      });
      expect(withdrawn.status).toBe('WITHDRAWN');
      const again = await run<ApplicationResult>(CREATE, {
        input: { cohortId: cohort.id, leaId: partnerLeaId },
      });
      expect(again.status).toBe('DRAFT');
    });

    it('refuses selection to anyone but CEI staff', async () => {
      const lead = await context.server.signIn('lead@example.org', DEMO_PASSWORD);
      const error = await refused(
        SELECT,
        { id: draft.id, version: draft.version, input: { joinedOn: '2027-01-15' } },
        lead,
      );
      expect(error.extensions?.code).toBe('FORBIDDEN');
    });

    it('selects: the team, its point of contact and its stipends appear in one step', async () => {
      // Two staff members select at once: one wins, the other is told it changed meanwhile.
      const variables = {
        id: draft.id,
        version: draft.version,
        input: { joinedOn: '2027-01-15', contactRole: 'DISTRICT_ENGAGEMENT_LEAD' },
      };
      const answers = await Promise.all([
        context.server.graphql<{ selectApplication: ApplicationResult }>(SELECT, variables),
        context.server.graphql<{ selectApplication: ApplicationResult }>(SELECT, variables),
      ]);
      const losers = answers.flatMap((answer) => answer.errors ?? []);
      expect(losers.map((error) => error.extensions?.code)).toEqual(['CONFLICT']);
      expect(losers[0]?.message).toMatch(/changed/);
      const selected = answers.find((answer) => !answer.errors)?.data
        ?.selectApplication as ApplicationResult;
      expect(selected.status).toBe('SELECTED');
      expect(selected.team?.name).toBe('Example Valley Unified School District');
      const team = await run<{
        cohort: { id: string };
        leadLea: { id: string };
        memberLeas: { id: string }[];
        focusSchool: { id: string };
        joinedOn: string;
        commitmentEndsOn: string;
        memberships: {
          nodes: {
            role: string;
            startedOn: string;
            person: { givenName: string; familyName: string; email: string };
          }[];
        };
        stipends: { nodes: { programYear: string; amount: string; status: string }[] };
      }>(
        `query ($id: ID!) { team(id: $id) { cohort { id } leadLea { id } memberLeas { id } focusSchool { id } joinedOn commitmentEndsOn
          memberships { nodes { role startedOn person { givenName familyName email } } }
          stipends(orderBy: [{ field: PROGRAM_YEAR, direction: ASC }]) { nodes { programYear amount status } } } }`,
        { id: selected.team?.id },
      );
      expect(team).toMatchObject({
        cohort: { id: cohort.id },
        leadLea: { id: leaId },
        memberLeas: [{ id: partnerLeaId }],
        focusSchool: { id: schoolId },
        joinedOn: '2027-01-15',
        commitmentEndsOn: '2028-06-30',
      });
      expect(team.memberships.nodes).toEqual([
        {
          role: 'DISTRICT_ENGAGEMENT_LEAD',
          startedOn: '2027-01-15',
          person: { givenName: 'Ana', familyName: 'Example', email: 'ana.example@example.org' },
        },
      ]);
      expect(team.stipends.nodes).toEqual([
        { programYear: '2026-27', amount: '30000.00', status: 'PLANNED' },
        { programYear: '2027-28', amount: '30000.00', status: 'PLANNED' },
      ]);
    });

    it('leaves nothing behind when selection fails half-way', async () => {
      // A cohort without a stipend amount cannot plan stipends; nothing else may be created.
      const noStipend = await run<{ id: string; version: number }>(
        'mutation { createCohort(input: { number: 6, name: "Cohort VI", phase: CEI_2_0, minimumCommitmentYears: 2 }) { id version } }',
      );
      const opened = await run<{ id: string }>(OPEN, {
        cohortId: noStipend.id,
        version: noStipend.version,
        input: {
          opensAt: new Date(Date.now() - DAY).toISOString(),
          dueAt: new Date(Date.now() + DAY).toISOString(),
        },
      });
      const application = await run<ApplicationResult>(CREATE, {
        input: { cohortId: opened.id, leaId, ...completeLetter() },
      });
      await upload(application.id, 'PDF', pdfFile());
      await upload(application.id, 'WORD', docxFile());
      let current = await run<ApplicationResult>(
        `query ($id: ID!) { application(id: $id) { ${APPLICATION_FIELDS} } }`,
        { id: application.id },
      );
      current = await run<ApplicationResult>(step('submitApplication'), {
        id: current.id,
        version: current.version,
      });
      current = await run<ApplicationResult>(step('startApplicationReview'), {
        id: current.id,
        version: current.version,
      });
      const error = await refused(SELECT, {
        id: current.id,
        version: current.version,
        input: { joinedOn: '2027-01-15' },
      });
      expect(error.extensions?.fields?.[0]).toMatchObject({ path: 'cohort.stipendPerTeamPerYear' });
    });
  });
});
