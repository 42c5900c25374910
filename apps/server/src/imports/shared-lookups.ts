import { normalizeCdsCode } from '@cei/domain';
import { raw } from '@mikro-orm/core';
import { Organization } from '../organizations/organization.entity.js';
import type { ScopedData } from '../scope/scoped-data.js';
import { isUuid } from '../scope/where.js';
import { Team } from '../teams/team.entity.js';
import { importMessages as m } from './import.messages.js';
import { chunks, Lookup, lookupKey } from './problems.js';

/** The distinct non-blank cells of some columns. */
export function cellsOf(
  rows: readonly { cells: Readonly<Record<string, string>> }[],
  ...columns: string[]
): string[] {
  const values = new Set<string>();
  for (const row of rows) {
    for (const column of columns) if (row.cells[column]) values.add(row.cells[column] as string);
  }
  return [...values];
}

/** Teams a file names, by id or name, in one query per 5,000 names. */
export async function teamLookup(data: ScopedData, cells: string[]): Promise<Lookup<Team>> {
  const found: Team[] = [];
  for (const piece of chunks(cells, 5000)) {
    const ids = piece.filter(isUuid).map((id) => id.toLowerCase());
    found.push(
      ...(await data.em.find(Team, {
        $or: [{ id: { $in: ids } }, { [raw('lower(name)')]: { $in: piece.map(lookupKey) } }],
      })),
    );
  }
  return new Lookup(found, (team) => [team.name], { missing: m.noTeam, shared: m.teamsShareName });
}

/** Organizations a file names, by CDS code or name, in one query per 5,000 names. */
export async function organizationLookup(
  data: ScopedData,
  cells: string[],
): Promise<Lookup<Organization>> {
  const found: Organization[] = [];
  for (const piece of chunks(cells, 5000)) {
    const codes = piece.flatMap((cell) => normalizeCdsCode(cell) ?? []);
    found.push(
      ...(await data.em.find(Organization, {
        $or: [{ cdsCode: { $in: codes } }, { [raw('lower(name)')]: { $in: piece.map(lookupKey) } }],
      })),
    );
  }
  return new Lookup(found, (organization) => [organization.name, organization.cdsCode], {
    missing: m.noOrganization,
    shared: m.organizationsShareName,
  });
}

/** Finds what a cell names: CDS codes in any of their written forms. */
export function findOrganization(lookup: Lookup<Organization>, cell: string) {
  return lookup.find(normalizeCdsCode(cell) ?? cell);
}
