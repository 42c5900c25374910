import {
  GradeSpan,
  ImportKind,
  LeaType,
  Locale,
  normalizeCdsCode,
  OrganizationKind,
} from '@cei/domain';
import { raw } from '@mikro-orm/core';
import { validateSync } from '../common/validation.js';
import { insertRows } from '../database/bulk-insert.js';
import { Organization } from '../organizations/organization.entity.js';
import { CreateOrganizationInput } from '../organizations/organization.inputs.js';
import { organizationMessages } from '../organizations/organization.messages.js';
import { kindRuleProblems } from '../organizations/organization.service.js';
import type { ScopedData } from '../scope/scoped-data.js';
import type { CsvRow } from './csv.js';
import { importMessages as m } from './import.messages.js';
import {
  CHUNK_ROWS,
  creationChange,
  type ImportHandler,
  newRecordColumns,
  type WriteResult,
} from './import-kind.js';
import { Lookup, lookupKey, type Problems, RowReader } from './problems.js';

/** CreateOrganizationInput's fields → the file's columns. */
const COLUMNS = {
  kind: 'kind',
  name: 'name',
  shortName: 'short_name',
  cdsCode: 'cds_code',
  countyOfficeId: 'county_code',
  leaId: 'lea',
  leaType: 'lea_type',
  locale: 'locale',
  gradeSpan: 'grade_span',
  city: 'city',
  website: 'website',
} as const;

interface OrganizationRow {
  row: number;
  cells: Readonly<Record<string, string>>;
  record: {
    id: string;
    kind: OrganizationKind;
    name: string;
    shortName: string | null;
    cdsCode: string | null;
    countyOffice: string | null;
    lea: string | null;
    leaType: LeaType | null;
    locale: Locale | null;
    gradeSpan: GradeSpan | null;
    city: string | null;
    website: string | null;
  };
  /** For a school whose LEA is a row of the same file: that row. */
  leaRow: number | null;
  /** Whether the kind cell could be read (the kind's rules are checked only then). */
  kindRead: boolean;
}

/**
 * LEAs and schools, one per row (kind LEA or SCHOOL). An LEA's county office is named by its
 * two-digit county code, or left to its CDS code's first two digits; a school's LEA by CDS code
 * or name, in the database or anywhere in the file (LEAs are written before schools). A CDS code
 * may not be used twice, nor an LEA's name twice in a county, nor a school's twice in an LEA.
 */
export const leasAndSchools: ImportHandler = {
  kind: ImportKind.LEAS_AND_SCHOOLS,
  entities: [Organization],
  refusals: { Organization: m.mayNotAddOrganizations },

  async plan(data: ScopedData, rows: readonly CsvRow[], problems: Problems) {
    const cds = (cell: string) => normalizeCdsCode(cell);
    const fileCds = rows.flatMap((row) => {
      const code = row.cells.cds_code ? cds(row.cells.cds_code) : null;
      return code ? [code] : [];
    });
    const names = [...new Set(rows.flatMap((row) => [row.cells.name, row.cells.lea]))]
      .filter((name): name is string => !!name)
      .map(lookupKey);
    const leaCds = rows.flatMap((row) => {
      const code = row.cells.lea ? cds(row.cells.lea) : null;
      return code ? [code] : [];
    });
    // Four queries, whatever the file's length.
    const countyOffices = await data.em.find(Organization, {
      kind: OrganizationKind.COUNTY_OFFICE,
    });
    const usedCds = fileCds.length
      ? await data.em.find(Organization, { cdsCode: { $in: [...new Set(fileCds)] } })
      : [];
    const sameNames = names.length
      ? await data.em.find(Organization, {
          kind: { $in: [OrganizationKind.LEA, OrganizationKind.SCHOOL] },
          [raw('lower(name)')]: { $in: names },
        })
      : [];
    const leasByCds = leaCds.length
      ? await data.em.find(Organization, {
          kind: OrganizationKind.LEA,
          cdsCode: { $in: [...new Set(leaCds)] },
        })
      : [];

    const countyByCode = new Map(countyOffices.map((office) => [office.countyCode, office]));
    const cdsOwner = new Map(usedCds.map((organization) => [organization.cdsCode, organization]));
    const existingNames = new Set(
      sameNames.map((organization) =>
        nameKey(
          organization.kind,
          organization.name,
          organization.countyOffice?.id ?? organization.lea?.id,
        ),
      ),
    );

    const planned: OrganizationRow[] = [];
    const cdsRow = new Map<string, number>();
    const nameRow = new Map<string, number>();
    const now = new Date();
    for (const { row, cells } of rows) {
      const read = new RowReader(row, cells, problems);
      const kind = read.oneOf('kind', [OrganizationKind.LEA, OrganizationKind.SCHOOL], true);
      const name = read.text('name', true);
      const cdsText = read.text('cds_code');
      const cdsCode = cdsText ? cds(cdsText) : null;
      if (cdsText && !cdsCode) read.problem('cds_code', organizationMessages.cdsCodeFormat());

      let countyOffice: Organization | null = null;
      const countyCode = read.text('county_code');
      if (countyCode) {
        countyOffice = countyByCode.get(countyCode.padStart(2, '0')) ?? null;
        if (!countyOffice) read.problem('county_code', m.noCountyOffice({ code: countyCode }));
        else if (cdsCode && cdsCode.slice(0, 2) !== countyOffice.countyCode) {
          read.problem('county_code', m.countyMismatch({ county: cdsCode.slice(0, 2) }));
        }
      } else if (kind === OrganizationKind.LEA && cdsCode) {
        countyOffice = countyByCode.get(cdsCode.slice(0, 2)) ?? null;
      }

      const input = Object.assign(new CreateOrganizationInput(), {
        kind: kind ?? OrganizationKind.LEA,
        name: name ?? '',
        shortName: read.text('short_name') ?? undefined,
        cdsCode: cdsCode ?? undefined,
        leaType: read.oneOf('lea_type', Object.values(LeaType)),
        locale: read.oneOf('locale', Object.values(Locale)),
        gradeSpan: read.oneOf('grade_span', Object.values(GradeSpan)),
        city: read.text('city') ?? undefined,
        website: read.text('website') ?? undefined,
      });
      if (name !== null) problems.addValidation(row, validateSync(input), COLUMNS);

      const id = newRecordColumns(now).id;
      planned.push({
        row,
        cells,
        leaRow: null,
        kindRead: kind !== null,
        record: {
          id,
          kind: input.kind,
          name: input.name,
          shortName: input.shortName ?? null,
          cdsCode,
          countyOffice: countyOffice?.id ?? null,
          lea: null,
          leaType: input.leaType ?? null,
          locale: input.locale ?? null,
          gradeSpan: input.gradeSpan ?? null,
          city: input.city ?? null,
          website: input.website ?? null,
        },
      });

      if (cdsCode) {
        const owner = cdsOwner.get(cdsCode);
        if (owner) read.problem('cds_code', m.cdsTaken({ name: owner.name }));
        const earlier = cdsRow.get(cdsCode);
        if (earlier) read.problem('cds_code', m.cdsRepeated({ row: earlier }));
        else cdsRow.set(cdsCode, row);
      }
    }

    // Schools' LEAs: in the database (by CDS code or name), or LEA rows of this file.
    const fileLeas = planned.filter((entry) => entry.record.kind === OrganizationKind.LEA);
    const rowOfLea = new Map(fileLeas.map((entry) => [entry.record.id, entry.row]));
    const leas = new Lookup<{ id: string; kind: string; cdsCode?: string | null; name: string }>(
      [
        ...new Map(
          [
            ...leasByCds,
            ...sameNames.filter((organization) => organization.kind === OrganizationKind.LEA),
          ].map((organization) => [organization.id, organization]),
        ).values(),
        ...fileLeas.map((entry) => entry.record),
      ],
      (lea) => [lea.name, lea.cdsCode],
      { missing: m.noLea, shared: m.leasShareName },
    );
    for (const entry of planned) {
      const { row, record } = entry;
      const read = new RowReader(row, entry.cells, problems);
      const leaCell = read.text('lea');
      let lea: { id: string; kind: string } | null = null;
      if (leaCell) {
        const found = leas.find(cds(leaCell) ?? leaCell);
        if ('problem' in found) read.problem('lea', found.problem);
        else {
          lea = found.record;
          record.lea = lea.id;
          entry.leaRow = rowOfLea.get(lea.id) ?? null;
        }
      }
      const countyOffice =
        countyOffices.find((office) => office.id === record.countyOffice) ?? null;
      if (entry.kindRead) {
        problems.addFields(
          row,
          kindRuleProblems({ ...record, countyCode: null }, countyOffice, lea as never),
          COLUMNS,
        );
      }
      // One name per county office for an LEA, per LEA for a school.
      const key = nameKey(record.kind, record.name, record.countyOffice ?? record.lea ?? undefined);
      if (record.name && existingNames.has(key)) {
        read.problem(
          'name',
          record.kind === OrganizationKind.LEA ? m.leaNameTaken() : m.schoolNameTaken(),
        );
      }
      const earlier = nameRow.get(key);
      if (record.name && earlier) read.problem('name', m.nameRepeated({ row: earlier }));
      else nameRow.set(key, row);
    }
    // A school whose LEA's row cannot be written cannot be either.
    for (const entry of planned) {
      if (entry.leaRow !== null && problems.has(entry.leaRow)) {
        problems.add(entry.row, 'lea', m.leaRowInvalid({ row: entry.leaRow }));
      }
    }

    return {
      async write(tx, valid, progress): Promise<WriteResult> {
        const result: WriteResult = { written: [], changes: [], created: {} };
        // LEAs before the schools that refer to them.
        const ordered = planned
          .filter((entry) => valid.has(entry.row))
          .sort(
            (a, b) =>
              Number(a.record.kind === OrganizationKind.SCHOOL) -
              Number(b.record.kind === OrganizationKind.SCHOOL),
          );
        for (let start = 0; start < ordered.length; start += CHUNK_ROWS) {
          const chunk = ordered.slice(start, start + CHUNK_ROWS);
          await insertRows(
            tx.em,
            Organization,
            chunk.map((entry) => ({ ...newRecordColumns(now), ...entry.record })),
          );
          for (const entry of chunk) {
            result.written.push({
              entity: Organization,
              id: entry.record.id,
              row: entry.row,
              column: 'kind',
            });
            result.changes.push(creationChange('Organization', entry.record));
          }
          await progress(start + chunk.length);
        }
        result.created.Organization = ordered.length;
        return result;
      },
    };
  },
};

function nameKey(kind: string, name: string, parentId: string | undefined): string {
  return `${kind}\u0000${lookupKey(name)}\u0000${parentId ?? ''}`;
}
