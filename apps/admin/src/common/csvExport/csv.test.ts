import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { numberCell } from './columns';
import { toCsv } from './csv';

/** The cells of a CSV text as a spreadsheet reads them (byte-order mark removed). */
function parse(csv: string): string[][] {
  return Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { newline: '\r\n' }).data;
}

describe('the CSV writer', () => {
  it('starts with a byte-order mark and separates lines with CRLF', () => {
    const csv = toCsv(['Name', 'Team'], [['Ana Peña', 'Azusa']]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1)).toBe('Name,Team\r\nAna Peña,Azusa');
  });

  it('quotes commas, quotes and line breaks so a cell stays one cell', () => {
    const csv = toCsv(['Note'], [['one, two'], ['say "hi"'], ['line\nbreak']]);
    expect(csv.slice(1)).toBe('Note\r\n"one, two"\r\n"say ""hi"""\r\n"line\nbreak"');
    expect(parse(csv)).toEqual([['Note'], ['one, two'], ['say "hi"'], ['line\nbreak']]);
  });

  it('writes empty cells for missing values', () => {
    expect(toCsv(['A', 'B', 'C'], [[null, 'x', null]]).slice(1)).toBe('A,B,C\r\n,x,');
  });

  it.each([
    { title: 'a formula', cell: '=HYPERLINK("http://evil.example","Click")' },
    { title: 'a plus sign', cell: '+1 (555) 010-0100' },
    { title: 'a minus sign in text', cell: '-2+3' },
    { title: 'an at sign', cell: '@SUM(A1:A2)' },
    { title: 'a tab', cell: '\t=1+1' },
    { title: 'a carriage return', cell: '\r=1+1' },
  ])('escapes text starting with $title: a leading quote, and the cell quoted', ({ cell }) => {
    const csv = toCsv(['Value'], [[cell]]);
    const written = csv.slice(1).split('\r\n').slice(1).join('\r\n');
    expect(written).toBe(`"'${cell.replace(/"/g, '""')}"`);
    expect(parse(csv)[1]).toEqual([`'${cell}`]);
  });

  it('leaves text with such a character elsewhere as it is', () => {
    expect(toCsv(['Value'], [['a=b', 'x-y', 'me@example.org']]).slice(1)).toBe(
      'Value\r\na=b,x-y,me@example.org',
    );
  });

  it('writes numbers as numbers: a negative amount is data, not a formula', () => {
    const csv = toCsv(['Change', 'Amount'], [[-12.5, 30000]]);
    expect(csv.slice(1)).toBe('Change,Amount\r\n-12.5,30000');
  });

  it('writes the server’s negative decimals as numbers, and text that looks negative escaped', () => {
    const csv = toCsv(['Decimal', 'Text'], [[numberCell('-12.50'), '-12.50']]);
    expect(csv.slice(1)).toBe(`Decimal,Text\r\n-12.5,"'-12.50"`);
  });

  it('escapes a header too', () => {
    expect(toCsv(['=cmd'], []).slice(1)).toBe(`"'=cmd"`);
  });
});
