import { describe, expect, it } from 'vitest';
import {
  csvCell,
  IMPORT_COLUMNS,
  IMPORT_KINDS,
  importBooleanValue,
  importDateValue,
  importEnumValue,
  importHeaderName,
  importTemplate,
} from './imports.js';

describe('import columns', () => {
  it.each(IMPORT_KINDS)('names each column of %s once, in snake_case', (kind) => {
    const names = IMPORT_COLUMNS[kind].map((column) => column.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toBe(importHeaderName(name));
  });

  it('reads headers ignoring case, spaces and dashes', () => {
    expect(importHeaderName(' Given name ')).toBe('given_name');
    expect(importHeaderName('PERIOD-START')).toBe('period_start');
  });
});

describe('import cells', () => {
  it('reads enum values written in words', () => {
    expect(importEnumValue(' unified district ')).toBe('UNIFIED_DISTRICT');
    expect(importEnumValue('Site-Staff')).toBe('SITE_STAFF');
  });

  it.each([
    ['2024-08-01', '2024-08-01'],
    ['8/1/2024', '2024-08-01'],
    ['12/31/2024', '2024-12-31'],
    ['2/29/2024', '2024-02-29'],
  ])('reads the date %s as %s', (cell, expected) => {
    expect(importDateValue(cell)).toBe(expected);
  });

  it.each(['2023-02-29', '2/29/2023', '13/1/2024', '2024-8-1', 'August 1', ''])(
    'refuses %j as a date',
    (cell) => {
      expect(importDateValue(cell)).toBeNull();
    },
  );

  it.each([
    ['yes', true],
    ['TRUE', true],
    ['1', true],
    ['Sí', true],
    ['no', false],
    ['', false],
    ['0', false],
    ['maybe', null],
  ])('reads %j as %j', (cell, expected) => {
    expect(importBooleanValue(cell)).toBe(expected);
  });

  it('quotes cells with commas, quotes and line breaks only', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });
});

describe('importTemplate', () => {
  it('is the header and an example row, CRLF-ended', () => {
    expect(importTemplate('MEASUREMENTS')).toBe(
      'metric,team,period_start,period_end,value,source,is_baseline\r\nfamily-survey-participation,Azusa Unified School District,2024-08-01,2024-12-31,42.5,sign-in sheets,no\r\n',
    );
  });
});
