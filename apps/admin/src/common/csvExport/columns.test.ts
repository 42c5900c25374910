import { describe, expect, it } from 'vitest';
import {
  col,
  dayCell,
  type ExportContext,
  exportRows,
  instantCell,
  numberCell,
  personNameCell,
  textCell,
  valueAt,
} from './columns';

const words: Record<string, string> = {
  'ra.boolean.true': 'Yes',
  'ra.boolean.false': 'No',
};
const english: ExportContext = { language: 'en', translate: (key) => words[key] ?? key };
const spanish: ExportContext = {
  language: 'es',
  translate: (key) => ({ 'ra.boolean.true': 'Sí', 'ra.boolean.false': 'No' })[key] ?? key,
};

describe('export cells', () => {
  it('read nested values by dot path', () => {
    expect(valueAt({ membership: { team: { name: 'Azusa' } } }, 'membership.team.name')).toBe(
      'Azusa',
    );
    expect(valueAt({ membership: null }, 'membership.team.name')).toBeUndefined();
  });

  it('write numbers and the server’s decimal strings as numbers', () => {
    expect(numberCell(3)).toBe(3);
    expect(numberCell('30000.00')).toBe(30000);
    expect(numberCell('-12.5000')).toBe(-12.5);
    expect(numberCell('0.1')).toBe(0.1);
    expect(numberCell(null)).toBeNull();
    expect(numberCell(Number.NaN)).toBeNull();
  });

  it('keep a decimal too long for a double exact, as text', () => {
    expect(numberCell('12345678901234567.89')).toBe('12345678901234567.89');
    expect(numberCell('1234567890.1234')).toBe(1234567890.1234);
  });

  it('keep text that is not a plain decimal as text', () => {
    expect(numberCell('1e5')).toBe('1e5');
    expect(numberCell('-')).toBe('-');
  });

  it('leave empty values empty, and objects without text of their own empty', () => {
    expect(textCell('')).toBeNull();
    expect(textCell(undefined)).toBeNull();
    expect(textCell({ id: 'x' })).toBeNull();
    expect(textCell(false)).toBe('false');
  });

  it('write days as ISO dates, the same day anywhere', () => {
    expect(dayCell('2019-08-29')).toBe('2019-08-29');
    expect(dayCell(null)).toBeNull();
  });

  it('write instants as their Pacific date and time, in summer and in winter', () => {
    expect(instantCell('2022-06-16T16:00:00.000Z')).toBe('2022-06-16 09:00');
    expect(instantCell('2020-01-23T17:30:00.000Z')).toBe('2020-01-23 09:30');
    // Late evening in California is already the next day in UTC.
    expect(instantCell('2024-03-01T06:59:00.000Z')).toBe('2024-02-29 22:59');
    expect(instantCell(null)).toBeNull();
    expect(instantCell('not a date')).toBe('not a date');
  });

  it('name a person, and leave a withheld name empty rather than invent one', () => {
    expect(personNameCell({ givenName: 'Ana', familyName: 'Peña' })).toBe('Ana Peña');
    expect(personNameCell({ givenName: null, familyName: null })).toBeNull();
    expect(personNameCell(null)).toBeNull();
  });
});

describe('export columns', () => {
  const team = {
    id: 't1',
    name: 'Azusa',
    status: 'ACTIVE',
    joinedOn: '2021-01-21',
    cohort: { id: 'c2', name: 'Cohort II' },
    cohorts: [
      { id: 'c1', name: 'Cohort I' },
      { id: 'c2', name: 'Cohort II' },
    ],
    amount: '30000.00',
    isLead: true,
    startsAt: '2019-08-29T16:00:00.000Z',
    membership: { person: { givenName: 'Ana', familyName: 'Peña' } },
    role: 'FAMILY_MEMBER',
  };

  it('label vocabulary values in the interface’s language', () => {
    const role = col.enum('role', 'TeamRole');
    expect(role.value(team, english)).toBe('Family member');
    expect(role.value(team, spanish)).toBe('Familiar');
    expect(role.value({ role: null }, english)).toBeNull();
  });

  it('name references, lists of references, and people', () => {
    expect(col.reference('cohort').value(team, english)).toBe('Cohort II');
    expect(col.reference('cohort', { name: (c) => `#${c.id}` }).value(team, english)).toBe('#c2');
    expect(col.reference('missing').value(team, english)).toBeNull();
    expect(col.references('cohorts').value(team, english)).toBe('Cohort I; Cohort II');
    expect(col.references('cohorts').value({ cohorts: [] }, english)).toBeNull();
    expect(col.person('membership.person').value(team, english)).toBe('Ana Peña');
  });

  it('say yes or no in the interface’s language', () => {
    expect(col.boolean('isLead').value(team, english)).toBe('Yes');
    expect(col.boolean('isLead').value(team, spanish)).toBe('Sí');
    expect(col.boolean('isLead').value({ isLead: null }, english)).toBeNull();
  });

  it('make rows in the columns’ order, with each column’s label kept for the header', () => {
    const columns = [
      col.text('name'),
      col.money('amount'),
      col.day('joinedOn'),
      col.instant('startsAt', { label: 'Starts' }),
      col.enum('status', 'TeamStatus'),
    ];
    expect(exportRows(columns, [team], english)).toEqual([
      ['Azusa', 30000, '2021-01-21', '2019-08-29 09:00', 'Active'],
    ]);
    expect(columns.map((column) => column.label)).toEqual([
      undefined,
      undefined,
      undefined,
      'Starts',
      undefined,
    ]);
  });
});
