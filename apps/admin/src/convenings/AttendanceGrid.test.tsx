import { AttendanceStatus, Modality, Role, TeamRole } from '@cei/domain';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { AdminContext, type AuthProvider } from 'react-admin';
import { afterEach, describe, expect, it } from 'vitest';
import { i18nProvider } from '../i18n/i18nProvider';
import { type FakeOperation, fakeServer } from '../testing/fakeServer';
import { signedInAs } from '../testing/signedInAs';
import { AttendanceGrid, type AttendanceSheet, type ExpectedAttendee } from './AttendanceGrid';

function attendee(id: string, givenName: string, status?: AttendanceStatus): ExpectedAttendee {
  return {
    id,
    role: TeamRole.SITE_STAFF,
    person: { id: `p-${id}`, givenName, familyName: 'Example' },
    team: { id: 't1', name: 'Val Verde Unified School District' },
    attendance: { nodes: status ? [{ id: `a-${id}`, status, mode: null }] : [] },
  };
}

const convening = (
  modality: Modality,
  attendees: ExpectedAttendee[],
): NonNullable<AttendanceSheet['convening']> => ({
  id: 'c1',
  title: 'Network convening',
  programYear: '2024-25',
  number: 3,
  modality,
  startsAt: '2024-10-29T16:00:00.000Z',
  attendanceSummary: null,
  expectedAttendees: attendees,
});

function answer({ operationName }: FakeOperation) {
  if (operationName === 'RecordAttendance') return { data: { recordAttendance: [] } };
  return { data: { record: null } };
}

function renderGrid(sheet: NonNullable<AttendanceSheet['convening']>, auth?: AuthProvider) {
  const server = fakeServer(answer);
  render(
    <AdminContext
      dataProvider={server.dataProvider}
      authProvider={auth}
      i18nProvider={i18nProvider}
    >
      <AttendanceGrid convening={sheet} />
    </AdminContext>,
  );
  return server;
}

const statusOf = (name: string) =>
  within(screen.getByRole('group', { name: `Attendance of ${name} Example` }))
    .getAllByRole('button')
    .filter((button) => button.getAttribute('aria-pressed') === 'true')
    .map((button) => button.textContent);

describe('the attendance grid of a convening', () => {
  afterEach(cleanup);

  it('starts from what was recorded and enters the rest from the keyboard, row after row', async () => {
    renderGrid(
      convening(Modality.VIRTUAL, [
        attendee('m1', 'Ana', AttendanceStatus.PRESENT),
        attendee('m2', 'Ben'),
        attendee('m3', 'Cy'),
      ]),
    );
    expect(statusOf('Ana')).toEqual(['Present']);
    expect(screen.getByText('2 members are not marked.')).toBeTruthy();

    const first = await screen.findByRole('row', { name: 'Ana Example' });
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    const second = screen.getByRole('row', { name: 'Ben Example' });
    expect(document.activeElement).toBe(second);
    fireEvent.keyDown(second, { key: 'a' });
    // Marking moves the keyboard on to the next member.
    const third = screen.getByRole('row', { name: 'Cy Example' });
    expect(document.activeElement).toBe(third);
    fireEvent.keyDown(third, { key: 'e' });

    expect(statusOf('Ben')).toEqual(['Absent']);
    expect(statusOf('Cy')).toEqual(['Excused']);
    expect(screen.getByText('Every member is marked; not saved yet.')).toBeTruthy();
  });

  it('saves the whole convening in one request', async () => {
    const { operations } = renderGrid(
      convening(Modality.HYBRID, [attendee('m1', 'Ana'), attendee('m2', 'Ben')]),
    );
    const first = await screen.findByRole('row', { name: 'Ana Example' });
    fireEvent.keyDown(first, { key: 'i' });
    fireEvent.keyDown(screen.getByRole('row', { name: 'Ben Example' }), { key: 'o' });
    fireEvent.click(screen.getByRole('button', { name: 'Save attendance' }));

    await waitFor(() =>
      expect(operations.filter((call) => call.operationName === 'RecordAttendance')).toHaveLength(
        1,
      ),
    );
    expect(operations.find((call) => call.operationName === 'RecordAttendance')?.variables).toEqual(
      {
        conveningId: 'c1',
        input: {
          entries: [
            { membershipId: 'm1', status: 'PRESENT', mode: 'IN_PERSON' },
            { membershipId: 'm2', status: 'PRESENT', mode: 'ONLINE' },
          ],
        },
      },
    );
  });

  it('marks everyone not yet marked present with one button', async () => {
    renderGrid(convening(Modality.VIRTUAL, [attendee('m1', 'Ana'), attendee('m2', 'Ben')]));
    fireEvent.click(
      await screen.findByRole('button', { name: 'Mark everyone not marked as present' }),
    );
    expect(statusOf('Ana')).toEqual(['Present']);
    expect(statusOf('Ben')).toEqual(['Present']);
  });

  it('marks the members selected with their checkboxes at once, then saves them', async () => {
    const { operations } = renderGrid(
      convening(Modality.VIRTUAL, [
        attendee('m1', 'Ana'),
        attendee('m2', 'Ben'),
        attendee('m3', 'Cy', AttendanceStatus.PRESENT),
      ]),
    );
    const marks = await screen.findByRole('group', { name: 'Mark the selected as' });
    expect(within(marks).getByRole('button', { name: 'Absent' }).hasAttribute('disabled')).toBe(
      true,
    );
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select Ana Example' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select Ben Example' }));
    expect(screen.getByText('2 members selected')).toBeTruthy();
    fireEvent.click(within(marks).getByRole('button', { name: 'Excused' }));

    expect(statusOf('Ana')).toEqual(['Excused']);
    expect(statusOf('Ben')).toEqual(['Excused']);
    expect(statusOf('Cy')).toEqual(['Present']);
    fireEvent.click(screen.getByRole('button', { name: 'Save attendance' }));
    await waitFor(() =>
      expect(operations.find((call) => call.operationName === 'RecordAttendance')).toBeTruthy(),
    );
    expect(
      operations.find((call) => call.operationName === 'RecordAttendance')?.variables.input,
    ).toEqual({
      entries: [
        { membershipId: 'm1', status: 'EXCUSED' },
        { membershipId: 'm2', status: 'EXCUSED' },
        { membershipId: 'm3', status: 'PRESENT' },
      ],
    });
  });

  it('selects from the keyboard with Space, and everyone with the header checkbox', async () => {
    renderGrid(convening(Modality.VIRTUAL, [attendee('m1', 'Ana'), attendee('m2', 'Ben')]));
    const first = await screen.findByRole('row', { name: 'Ana Example' });
    fireEvent.keyDown(first, { key: ' ' });
    const ana = screen.getByRole('checkbox', { name: 'Select Ana Example' }) as HTMLInputElement;
    expect(ana.checked).toBe(true);
    // Selecting does not move on: Space again unselects the same member.
    expect(document.activeElement).not.toBe(screen.getByRole('row', { name: 'Ben Example' }));
    fireEvent.keyDown(first, { key: ' ' });
    expect(ana.checked).toBe(false);

    fireEvent.click(screen.getByRole('checkbox', { name: 'Select every member' }));
    expect(screen.getByText('2 members selected')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear the selection' }));
    expect(screen.getByText('0 members selected')).toBeTruthy();
  });

  it('shows the sheet read-only, without a save, to a role that may not record it', async () => {
    renderGrid(
      convening(Modality.VIRTUAL, [attendee('m1', 'Ana', AttendanceStatus.ABSENT)]),
      signedInAs(Role.COE_LIAISON),
    );
    await screen.findByRole('row', { name: 'Ana Example' });
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: 'Save attendance' })).toBeNull(),
    );
    fireEvent.keyDown(screen.getByRole('row', { name: 'Ana Example' }), { key: 'p' });
    expect(statusOf('Ana')).toEqual(['Absent']);
  });
});
