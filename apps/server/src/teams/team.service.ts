import { OrganizationKind, todayInPacific } from '@cei/domain';
import { ref } from '@mikro-orm/core';
import { Cohort } from '../cohorts/cohort.entity.js';
import { applyInput } from '../common/apply-input.js';
import { type FieldProblem, InvalidInputError } from '../common/errors.js';
import type { Message } from '../i18n/messages.js';
import { Organization } from '../organizations/organization.entity.js';
import { organizationMessages } from '../organizations/organization.messages.js';
import type { ScopedData } from '../scope/scoped-data.js';
import { ProblemOfPractice, Team, TeamLea } from './team.entity.js';
import type { CreateTeamInput, UpdateTeamInput } from './team.inputs.js';
import { teamMessages as m } from './team.messages.js';

const references = {
  cohortId: [Cohort, 'cohort'],
  leadLeaId: [Organization, 'leadLea'],
  focusSchoolId: [Organization, 'focusSchool'],
} as const;

export async function createTeam(data: ScopedData, input: CreateTeamInput): Promise<Team> {
  return data.transaction(async (tx) => {
    const leadLea = await tx.reference(Organization, input.leadLeaId, 'input.leadLeaId');
    const team = tx.em.create(Team, {
      cohort: ref(await tx.reference(Cohort, input.cohortId, 'input.cohortId')),
      leadLea: ref(leadLea),
      name: input.name ?? leadLea.name,
      joinedOn: input.joinedOn,
    });
    await save(tx, team, input);
    return team;
  });
}

export async function updateTeam(
  data: ScopedData,
  id: string,
  version: number,
  input: UpdateTeamInput,
): Promise<Team> {
  return data.transaction(async (tx) => {
    const team = await tx.forWrite(Team, id, version);
    await save(tx, team, input);
    return team;
  });
}

async function save(
  tx: ScopedData,
  team: Team,
  input: CreateTeamInput | UpdateTeamInput,
): Promise<void> {
  const { memberLeaIds, problemOfPractice, ...fields } = input;
  await applyInput(tx, team, fields, references);
  const memberLeas = memberLeaIds
    ? await Promise.all(
        memberLeaIds.map((id, index) =>
          tx.reference(Organization, id, `input.memberLeaIds.${index}`),
        ),
      )
    : await currentMemberLeas(tx, team);
  await checkTeam(tx, team, memberLeas);
  await tx.assertWritable(Team, team);

  if (memberLeaIds) {
    await tx.em.nativeDelete(TeamLea, { team: team.id });
    for (const lea of memberLeas) tx.em.create(TeamLea, { team: ref(team), lea: ref(lea) });
  }
  if (problemOfPractice !== undefined) {
    const latest = await tx.em.findOne(
      ProblemOfPractice,
      { team: team.id },
      { orderBy: { effectiveOn: 'desc', createdAt: 'desc' } },
    );
    if (latest?.text !== problemOfPractice) {
      tx.em.create(ProblemOfPractice, {
        team: ref(team),
        text: problemOfPractice,
        effectiveOn: todayInPacific(new Date()),
      });
    }
  }
  await tx.em.flush();
}

async function currentMemberLeas(tx: ScopedData, team: Team): Promise<Organization[]> {
  const links = await tx.em.find(TeamLea, { team: team.id }, { populate: ['lea'] });
  return links.map((link) => link.lea.getEntity());
}

/** The lead and member LEAs are LEAs; the focus school is a school of one of them. */
async function checkTeam(tx: ScopedData, team: Team, memberLeas: Organization[]): Promise<void> {
  const problems: FieldProblem[] = [];
  const problem = (path: string, message: Message) =>
    problems.push({ path: `input.${path}`, message });
  const leadLea = await team.leadLea.load();
  if (leadLea?.kind !== OrganizationKind.LEA)
    problem('leadLeaId', organizationMessages.mustBeLea());
  memberLeas.forEach((lea, index) => {
    if (lea.kind !== OrganizationKind.LEA) {
      problem(`memberLeaIds.${index}`, organizationMessages.mustBeLea());
    }
    if (lea.id === leadLea?.id) problem(`memberLeaIds.${index}`, m.isLeadLea());
  });
  const focusSchool = team.focusSchool ? await team.focusSchool.load() : null;
  if (focusSchool) {
    const teamLeaIds = new Set([leadLea?.id, ...memberLeas.map((lea) => lea.id)]);
    if (focusSchool.kind !== OrganizationKind.SCHOOL) {
      problem('focusSchoolId', organizationMessages.mustBeSchool());
    } else if (!teamLeaIds.has(focusSchool.lea?.id)) {
      problem('focusSchoolId', m.schoolOfTeamLeas());
    }
  }
  if (team.commitmentEndsOn && team.commitmentEndsOn <= team.joinedOn) {
    problem('commitmentEndsOn', m.commitmentEndsBeforeJoin());
  }
  const sameLead = await tx.em.count(Team, {
    cohort: team.cohort.id,
    leadLea: team.leadLea.id,
    id: { $ne: team.id },
  });
  if (sameLead > 0) problem('leadLeaId', m.leadsTeamInCohort());
  if (problems.length) throw new InvalidInputError(problems);
}
