import { IMPORT_MAX_ROWS, ImportKind } from '@cei/domain';
import { describe, expect, it } from 'vitest';
import { type ParsedFile, parseImportFile } from './csv.js';

const HEADER = 'given_name,family_name,email';
const rows = (count: number) =>
  Array.from({ length: count }, (_, index) => `Ana,Ruiz,ana${index}@example.org`).join('\n');

const fileProblems = (parsed: ParsedFile) =>
  parsed.problems.sorted().map((problem) => problem.message.render('en'));

describe('a file over the row limit', () => {
  it('is refused as a problem of the file, saying the limit', () => {
    const parsed = parseImportFile(
      ImportKind.PEOPLE_AND_MEMBERSHIPS,
      `${HEADER}\n${rows(IMPORT_MAX_ROWS + 1)}`,
    );
    expect(parsed.rows).toEqual([]);
    expect(fileProblems(parsed)).toEqual([
      `the file has more than ${IMPORT_MAX_ROWS} rows; at most ${IMPORT_MAX_ROWS} can be imported at once`,
    ]);
  });

  it('is not read past the first row over the limit', () => {
    // Were the whole file parsed, its unclosed quote at the end would be the problem reported.
    const parsed = parseImportFile(
      ImportKind.PEOPLE_AND_MEMBERSHIPS,
      `${HEADER}\n${rows(IMPORT_MAX_ROWS + 1)}\n"unclosed,Ruiz,x@example.org`,
    );
    expect(fileProblems(parsed)).toEqual([
      expect.stringContaining(`more than ${IMPORT_MAX_ROWS} rows`),
    ]);
  });

  it('counts only rows with something in them', () => {
    const blankLines = '\n,,\n'.repeat(10);
    const parsed = parseImportFile(
      ImportKind.PEOPLE_AND_MEMBERSHIPS,
      `${HEADER}\n${blankLines}${rows(IMPORT_MAX_ROWS)}`,
    );
    expect(parsed.totalRows).toBe(IMPORT_MAX_ROWS);
  });
});
