import { normalizeCdsCode as normalizedCdsCode, OrganizationKind } from '@cei/domain';
import { applyInput } from '../common/apply-input.js';
import { type FieldProblem, InvalidInputError } from '../common/errors.js';
import type { Message } from '../i18n/messages.js';
import type { ScopedData } from '../scope/scoped-data.js';
import { Organization } from './organization.entity.js';
import type { CreateOrganizationInput, UpdateOrganizationInput } from './organization.inputs.js';
import { organizationMessages as m } from './organization.messages.js';

const references = {
  countyOfficeId: [Organization, 'countyOffice'],
  leaId: [Organization, 'lea'],
} as const;

export async function createOrganization(
  data: ScopedData,
  input: CreateOrganizationInput,
): Promise<Organization> {
  return data.transaction(async (tx) => {
    const organization = tx.em.create(Organization, { kind: input.kind, name: input.name });
    await save(tx, organization, input);
    return organization;
  });
}

export async function updateOrganization(
  data: ScopedData,
  id: string,
  version: number,
  input: UpdateOrganizationInput,
): Promise<Organization> {
  return data.transaction(async (tx) => {
    const organization = await tx.forWrite(Organization, id, version);
    await save(tx, organization, input);
    return organization;
  });
}

async function save(
  tx: ScopedData,
  organization: Organization,
  input: CreateOrganizationInput | UpdateOrganizationInput,
): Promise<void> {
  const cdsCode = input.cdsCode ? normalizeCdsCode(input.cdsCode) : input.cdsCode;
  await applyInput(tx, organization, { ...input, cdsCode }, references);
  await checkKindRules(organization);
  await tx.assertWritable(Organization, organization);
  await tx.em.flush();
}

function normalizeCdsCode(value: string): string {
  const normalized = normalizedCdsCode(value);
  if (!normalized) throw InvalidInputError.field('input.cdsCode', m.cdsCodeFormat());
  return normalized;
}

async function checkKindRules(organization: Organization): Promise<void> {
  const countyOffice = organization.countyOffice ? await organization.countyOffice.load() : null;
  const lea = organization.lea ? await organization.lea.load() : null;
  const problems = kindRuleProblems(organization, countyOffice, lea);
  if (problems.length) throw new InvalidInputError(problems);
}

type KindFacts = Pick<
  Organization,
  'id' | 'kind' | 'countyCode' | 'leaType' | 'locale' | 'gradeSpan'
>;

/**
 * What each kind needs and may not have, every problem named at once (paths `input.<field>`):
 * for one organization here, and for each row of an LEA and school import.
 */
export function kindRuleProblems(
  organization: KindFacts,
  countyOffice: Pick<Organization, 'id' | 'kind'> | null,
  lea: Pick<Organization, 'id' | 'kind'> | null,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const problem = (field: string, message: Message) =>
    problems.push({ path: `input.${field}`, message });
  const { kind } = organization;

  if (kind === OrganizationKind.LEA && !countyOffice) problem('countyOfficeId', m.requiredForLea());
  if (countyOffice && countyOffice.kind !== OrganizationKind.COUNTY_OFFICE) {
    problem('countyOfficeId', m.mustBeCountyOffice());
  }
  if (kind === OrganizationKind.SCHOOL && !lea) problem('leaId', m.requiredForSchool());
  if (lea && lea.kind !== OrganizationKind.LEA) problem('leaId', m.mustBeLea());
  if (lea && kind !== OrganizationKind.SCHOOL) problem('leaId', m.onlyForSchools());
  if (organization.countyCode && kind !== OrganizationKind.COUNTY_OFFICE) {
    problem('countyCode', m.onlyForCountyOffices());
  }
  if (kind === OrganizationKind.COUNTY_OFFICE && countyOffice) {
    problem('countyOfficeId', m.notForCountyOffice());
  }
  if ((organization.leaType || organization.locale) && kind !== OrganizationKind.LEA) {
    problem(organization.leaType ? 'leaType' : 'locale', m.onlyForLeas());
  }
  if (organization.gradeSpan && kind !== OrganizationKind.SCHOOL)
    problem('gradeSpan', m.onlyForSchools());
  if (organization.id === countyOffice?.id || organization.id === lea?.id) {
    problem('countyOfficeId', m.notItself());
  }
  return problems;
}
