import { csvCell, formatIsoDate, TeamRole } from '@cei/domain';

/**
 * Files and operations for the import tests and the import benchmark (bench/import.ts): no test
 * framework here, so the benchmark runs it as built.
 */

export const PREVIEW_IMPORT = `mutation ($input: PreviewImportInput!) {
  previewImport(input: $input) {
    id status totalRows validRows invalidRows
    errors(limit: 100) { totalCount nodes { row column message } }
  }
}`;

export const COMMIT_IMPORT = `mutation ($id: ID!, $input: CommitImportInput!) {
  commitImport(id: $id, input: $input) {
    id status mode totalRows validRows importedRows skippedRows processedRows progress
    created { entity count }
  }
}`;

export const IMPORT_PROGRESS = `query ($id: ID!) {
  dataImport(id: $id) { id status processedRows rowsToImport progress }
}`;

/** A CSV file: cells quoted where needed, lines ended CRLF (as spreadsheets save them). */
export function csvFile(rows: readonly (readonly string[])[]): string {
  return `${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

const PROFESSIONAL_ROLES = [
  TeamRole.DISTRICT_ENGAGEMENT_LEAD,
  TeamRole.SITE_ENGAGEMENT_LEAD,
  TeamRole.SITE_STAFF,
  TeamRole.COE_REPRESENTATIVE,
  TeamRole.COMMUNITY_PARTNER,
];

/** `count` new people, each joining one of `teams` (names) in a professional seat. */
export function peopleFile(count: number, teams: readonly string[], tag = 'bulk'): string {
  const rows: string[][] = [
    [
      'given_name',
      'family_name',
      'email',
      'kind',
      'title',
      'phone',
      'preferred_language',
      'team',
      'role',
      'started_on',
    ],
  ];
  for (let index = 0; index < count; index++) {
    rows.push([
      `Given${index}`,
      `Family${index}`,
      `person.${tag}.${index}@import.example.org`,
      'PROFESSIONAL',
      'Site staff',
      `+1 555 ${String(1000000 + index).slice(1, 4)} ${String(index % 10000).padStart(4, '0')}`,
      index % 3 === 0 ? 'SPANISH' : 'ENGLISH',
      teams[index % teams.length] as string,
      PROFESSIONAL_ROLES[index % PROFESSIONAL_ROLES.length] as string,
      '2024-08-01',
    ]);
  }
  return csvFile(rows);
}

/**
 * `count` values of `metrics` (keys) for `teams` (names): one per team, metric and month, from
 * January 1990 on (no demo value is that old, so none collides).
 */
export function measurementsFile(
  count: number,
  metrics: readonly string[],
  teams: readonly string[],
): string {
  const rows: string[][] = [['metric', 'team', 'period_start', 'period_end', 'value', 'source']];
  const perMonth = metrics.length * teams.length;
  for (let index = 0; index < count; index++) {
    const month = Math.floor(index / perMonth);
    const year = 1990 + Math.floor(month / 12);
    const start = formatIsoDate({ year, month: (month % 12) + 1, day: 1 });
    const end = formatIsoDate({ year, month: (month % 12) + 1, day: 28 });
    rows.push([
      metrics[index % metrics.length] as string,
      teams[Math.floor(index / metrics.length) % teams.length] as string,
      start,
      end,
      String((index % 1000) / 10),
      'bulk survey',
    ]);
  }
  return csvFile(rows);
}
