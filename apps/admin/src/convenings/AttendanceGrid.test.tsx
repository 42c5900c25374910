import { AttendanceStatus, Modality, Role, TeamRole } from '@cei/domain';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { AdminContext, type AuthProvider, Link, memoryStore } from 'react-admin';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { i18nProvider } from '../i18n/i18nProvider';
import { type FakeOperation, fakeServer } from '../testing/fakeServer';
import { signedInAs } from '../testing/signedInAs';
import { AttendanceGrid, type AttendanceSheet, type ExpectedAttendee } from './AttendanceGrid';

const VAL_VERDE = { id: 't1', name: 'Val Verde Unified School District' };
const SANGER = { id: 't2', name: 'Sanger Unified School District' };

function attendee(
  id: string,
  givenName: string,
  status?: AttendanceStatus,
  team = VAL_VERDE,
): ExpectedAttendee {
  return {
    id,
    role: TeamRole.SITE_STAFF,
    person: { id: `p-${id}`, givenName, familyName: 'Example' },
    team,
    attendance: { nodes: status ? [{ id: `a-${id}`, status, mode: null }] : [] },
  };
}

const convening = (
  modality: Modality,
  attendees: ExpectedAttendee[],
  startsAt = '2024-10-29T16:00:00.000Z',
): NonNullable<AttendanceSheet['convening']> => ({
  id: 'c1',
  title: 'Network convening',
  programYear: '2024-25',
  number: 3,
  modality,
  startsAt,
  attendanceSummary: null,
  expectedAttendees: attendees,
});

function answer({ operationName }: FakeOperation) {
  if (operationName === 'RecordAttendance') return { data: { recordAttendance: [] } };
  return { data: { record: null } };
}

function renderGrid(
  sheet: NonNullable<AttendanceSheet['convening']>,
  auth?: AuthProvider,
  language: 'en' | 'es' = 'en',
) {
  const server = fakeServer(answer);
  render(
    <AdminContext
      dataProvider={server.dataProvider}
      authProvider={auth}
      i18nProvider={i18nProvider}
      store={memoryStore({ locale: language })}
    >
      <AttendanceGrid convening={sheet} />
      <Link to="/convenings">Leave</Link>
    </AdminContext>,
  );
  return server;
}

/** The browser's "are you sure?" question (happy-dom has none), answering `answer`. */
function stubConfirm(answer: boolean) {
  const confirm = vi.fn((_message?: string) => answer);
  Object.defineProperty(window, 'confirm', { value: confirm, configurable: true, writable: true });
  return confirm;
}

const recorded = (operations: FakeOperation[]) =>
  operations.filter((call) => call.operationName === 'RecordAttendance');

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
    expect(screen.getByText(/2 members are not marked\./)).toBeTruthy();

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
    expect(screen.getByText(/2 marks are not saved yet\. Every member is marked\./)).toBeTruthy();
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
      // Cy's recorded mark did not change: only the new marks are sent.
      entries: [
        { membershipId: 'm1', status: 'EXCUSED' },
        { membershipId: 'm2', status: 'EXCUSED' },
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

  it('keeps Save and the count of unsaved marks in a bar at the bottom of the window', async () => {
    const { operations } = renderGrid(
      convening(Modality.VIRTUAL, [
        attendee('m1', 'Ana', AttendanceStatus.PRESENT),
        attendee('m2', 'Ben'),
      ]),
    );
    const bar = await screen.findByRole('region', { name: 'Save attendance' });
    expect(getComputedStyle(bar).position).toBe('sticky');
    expect(within(bar).getByRole('status').textContent).toBe(
      'Every mark is saved. One member is not marked.',
    );
    const save = within(bar).getByRole('button', { name: 'Save attendance' }) as HTMLButtonElement;
    expect(save.disabled).toBe(true);

    fireEvent.keyDown(screen.getByRole('row', { name: 'Ben Example' }), { key: 'a' });
    expect(within(bar).getByRole('status').textContent).toBe(
      'One mark is not saved yet. Every member is marked.',
    );
    fireEvent.click(save);
    await waitFor(() => expect(recorded(operations)).toHaveLength(1));
    await waitFor(() =>
      expect(within(bar).getByRole('status').textContent).toBe(
        'Every mark is saved. Every member is marked.',
      ),
    );
  });

  it('shows in its header the rate of the marks being made, saved or not', async () => {
    renderGrid(
      convening(Modality.VIRTUAL, [
        attendee('m1', 'Ana', AttendanceStatus.PRESENT),
        attendee('m2', 'Ben'),
      ]),
    );
    const rate = await screen.findByTestId('attendance-rate');
    expect(rate.textContent).toBe('Attendance 100% (1 of 1 present, 0 excused)');
    fireEvent.keyDown(screen.getByRole('row', { name: 'Ben Example' }), { key: 'a' });
    expect(rate.textContent).toBe('Attendance 50% (1 of 2 present, 0 excused)');
  });

  it('asks before leaving with unsaved marks, and stays when told to', async () => {
    window.location.hash = '#/convenings/c1/attendance';
    renderGrid(convening(Modality.VIRTUAL, [attendee('m1', 'Ana'), attendee('m2', 'Ben')]));
    fireEvent.keyDown(await screen.findByRole('row', { name: 'Ana Example' }), { key: 'p' });
    const confirm = stubConfirm(false);
    try {
      fireEvent.click(screen.getByRole('link', { name: 'Leave' }));
      await waitFor(() =>
        expect(confirm).toHaveBeenCalledWith(
          'One attendance mark is not saved. Leave this page and lose it?',
        ),
      );
      expect(window.location.hash).toBe('#/convenings/c1/attendance');
      expect(statusOf('Ana')).toEqual(['Present']);

      // Closing the tab is asked by the browser itself.
      const unload = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(unload);
      expect(unload.defaultPrevented).toBe(true);

      confirm.mockReturnValue(true);
      fireEvent.click(screen.getByRole('link', { name: 'Leave' }));
      await waitFor(() => expect(window.location.hash).toBe('#/convenings'));
    } finally {
      Reflect.deleteProperty(window, 'confirm');
    }
  });

  it('leaves without asking when every mark is saved', async () => {
    window.location.hash = '#/convenings/c1/attendance';
    renderGrid(convening(Modality.VIRTUAL, [attendee('m1', 'Ana', AttendanceStatus.ABSENT)]));
    await screen.findByRole('row', { name: 'Ana Example' });
    const confirm = stubConfirm(true);
    try {
      const unload = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(unload);
      expect(unload.defaultPrevented).toBe(false);
      fireEvent.click(screen.getByRole('link', { name: 'Leave' }));
      await waitFor(() => expect(window.location.hash).toBe('#/convenings'));
      expect(confirm).not.toHaveBeenCalled();
    } finally {
      Reflect.deleteProperty(window, 'confirm');
    }
  });

  it('groups the members by team, filters to one team, and marks a whole team present', async () => {
    renderGrid(
      convening(Modality.VIRTUAL, [
        attendee('m1', 'Ana'),
        attendee('m2', 'Ben', AttendanceStatus.ABSENT),
        attendee('m3', 'Cy', undefined, SANGER),
      ]),
    );
    const headings = (await screen.findAllByRole('rowheader')).map((cell) => cell.textContent);
    expect(headings).toEqual([
      expect.stringMatching(/^Sanger Unified School District0 of 1 marked/),
      expect.stringMatching(/^Val Verde Unified School District1 of 2 marked/),
    ]);
    fireEvent.click(
      screen.getByRole('button', { name: 'Mark all of Val Verde Unified School District present' }),
    );
    expect(statusOf('Ana')).toEqual(['Present']);
    expect(statusOf('Ben')).toEqual(['Present']);
    expect(statusOf('Cy')).toEqual([]);

    fireEvent.mouseDown(screen.getByRole('combobox', { name: 'Team' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Sanger Unified School District' }));
    await waitFor(() => expect(screen.queryByRole('row', { name: 'Ana Example' })).toBeNull());
    expect(screen.getByRole('row', { name: 'Cy Example' })).toBeTruthy();
  });

  it('shows a large convening fifty members at a time', async () => {
    const many = Array.from({ length: 60 }, (_, index) =>
      attendee(`m${index}`, `Member${String(index).padStart(3, '0')}`),
    );
    renderGrid(convening(Modality.VIRTUAL, many));
    await screen.findByRole('row', { name: 'Member000 Example' });
    expect(screen.getAllByRole('row', { name: /^Member\d+ Example$/ })).toHaveLength(50);
    expect(screen.getByText('Members 1–50 of 60')).toBeTruthy();
    // The keyboard goes on to the next page from the last line of one.
    const last = screen.getByRole('row', { name: 'Member049 Example' });
    fireEvent.keyDown(last, { key: 'p' });
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('row', { name: 'Member050 Example' })),
    );
    expect(screen.getByText('Members 51–60 of 60')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Previous members' }));
    expect(statusOf('Member049')).toEqual(['Present']);
  });

  const upcoming = new Date(Date.now() + 30 * 86_400_000).toISOString();

  it.each([
    {
      language: 'en' as const,
      notice: /has not started yet .*only excused absences known in advance/,
      present: 'Present',
      excused: 'Excused',
      group: 'Attendance of Ana Example',
    },
    {
      language: 'es' as const,
      notice: /todavía no ha empezado .*solo se pueden registrar ausencias justificadas/,
      present: 'Presente',
      excused: 'Ausencia justificada',
      group: 'Asistencia de Ana Example',
    },
  ])(
    'before the convening starts, offers only excused absences known in advance ($language)',
    async ({ language, notice, present, excused, group }) => {
      renderGrid(
        convening(Modality.VIRTUAL, [attendee('m1', 'Ana')], upcoming),
        undefined,
        language,
      );
      expect(await screen.findByText(notice)).toBeTruthy();
      const marks = within(screen.getByRole('group', { name: group }));
      expect((marks.getByRole('button', { name: present }) as HTMLButtonElement).disabled).toBe(
        true,
      );
      fireEvent.keyDown(screen.getByRole('row', { name: 'Ana Example' }), { key: 'p' });
      expect(marks.getByRole('button', { name: present }).getAttribute('aria-pressed')).toBe(
        'false',
      );
      fireEvent.click(marks.getByRole('button', { name: excused }));
      // Asked afresh: the row may have been drawn again since `marks` was found.
      await waitFor(() =>
        expect(
          within(screen.getByRole('group', { name: group }))
            .getByRole('button', { name: excused })
            .getAttribute('aria-pressed'),
        ).toBe('true'),
      );
    },
  );
});
