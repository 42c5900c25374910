import { cleanup, render, screen, within } from '@testing-library/react';
import { AdminContext, memoryStore } from 'react-admin';
import { afterEach, describe, expect, it } from 'vitest';
import { i18nProvider } from '../i18n/i18nProvider';
import { fakeServer } from '../testing/fakeServer';
import { TeamAttendanceRates } from './TeamAttendanceRates';

const point = (
  id: string,
  startsAt: string,
  programYear: string,
  present: number,
  absent: number,
  excused: number,
) => ({
  __typename: 'ConveningAttendance',
  convening: { __typename: 'Convening', id, title: `Convening ${id}`, startsAt, programYear },
  attendanceSummary: {
    __typename: 'AttendanceSummary',
    present,
    absent,
    excused,
    total: present + absent + excused,
    rate: present / (present + absent),
  },
});

async function renderRates(locale: 'en' | 'es') {
  await i18nProvider.changeLocale(locale);
  const server = fakeServer(() => ({
    data: {
      team: {
        __typename: 'Team',
        id: 't1',
        attendanceTrend: [
          point('1', '2021-01-21T17:00:00Z', '2020-21', 5, 4, 1),
          point('2', '2021-02-25T17:00:00Z', '2020-21', 4, 5, 0),
          point('3', '2021-09-23T16:00:00Z', '2021-22', 9, 1, 0),
        ],
      },
    },
  }));
  render(
    <AdminContext
      dataProvider={server.dataProvider}
      i18nProvider={i18nProvider}
      store={memoryStore({ locale })}
    >
      <TeamAttendanceRates teamId="t1" />
    </AdminContext>,
  );
  return server;
}

const rowsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    );

/** Issue 14, point 5: a liaison sees the rates of a team they cover, never a member's marks. */
describe('a team’s attendance rates', () => {
  afterEach(async () => {
    cleanup();
    await i18nProvider.changeLocale('en');
  });

  it('are shown per program year and per convening, from the team’s own trend', async () => {
    const { operations } = await renderRates('en');
    const years = await screen.findByRole('table', { name: 'Attendance by program year' });
    expect(rowsOf(years)).toEqual([
      ['2020-21', '9', '9', '1', '50%'],
      ['2021-22', '9', '1', '0', '90%'],
    ]);
    const convenings = screen.getByRole('table', { name: 'Attendance by convening' });
    expect(rowsOf(convenings)[0]).toEqual(['Convening 1 (Jan 21, 2021)', '5', '4', '1', '56%']);
    expect(operations.map(({ operationName }) => operationName)).toEqual(['TeamAttendanceTrend']);
  });

  it('read in Spanish', async () => {
    await renderRates('es');
    const years = await screen.findByRole('table', { name: 'Asistencia por año del programa' });
    expect(within(years).getByText('Año del programa')).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Asistencia por convocatoria' })).toBeTruthy();
  });
});
