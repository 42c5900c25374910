import { AttendanceMode, AttendanceStatus } from '@cei/domain';
import { describe, expect, it } from 'vitest';
import {
  attendanceEntries,
  commandForKey,
  type GridState,
  gridReducer,
  initialGrid,
  unmarkedCount,
  unsavedCount,
} from './attendanceGrid';

const { PRESENT, ABSENT, EXCUSED } = AttendanceStatus;
const rows = (...ids: string[]) =>
  ids.map((membershipId) => ({ membershipId, status: null, mode: null }));

/** The sheet after pressing `keys` in turn, each on the line the keyboard is on. */
function press(state: GridState, ...keys: string[]): GridState {
  return keys.reduce((current, key) => {
    const command = commandForKey(key, current);
    if (!command) return current;
    const next = gridReducer(current, command);
    // The screen moves on to the next line after marking one.
    return command.type === 'status' || command.type === 'mode'
      ? gridReducer(next, { type: 'move', by: 1 })
      : next;
  }, state);
}

describe('a convening’s attendance sheet', () => {
  it('marks each member with one key and moves on to the next', () => {
    const state = press(initialGrid(rows('m1', 'm2', 'm3'), false), 'p', 'a', 'E');
    expect(state.rows.map((row) => row.status)).toEqual([PRESENT, ABSENT, EXCUSED]);
    expect(state.dirty).toBe(true);
    expect(state.focus).toBe(2);
  });

  it('moves with the arrows, Home and End without going past either end', () => {
    const start = initialGrid(rows('m1', 'm2', 'm3'), false);
    expect(press(start, 'ArrowUp').focus).toBe(0);
    expect(press(start, 'ArrowDown', 'ArrowDown', 'ArrowDown').focus).toBe(2);
    expect(press(start, 'End').focus).toBe(2);
    expect(press(start, 'End', 'Home').focus).toBe(0);
    expect(press(start, 'j', 'k', 'j').focus).toBe(1);
  });

  it('ignores other keys', () => {
    const start = initialGrid(rows('m1'), false);
    expect(commandForKey('x', start)).toBeNull();
    expect(press(start, 'x', 'Enter')).toEqual(start);
  });

  it('asks how present members attended only when the convening is hybrid', () => {
    const virtual = initialGrid(rows('m1'), false);
    expect(commandForKey('i', virtual)).toBeNull();

    const hybrid = press(initialGrid(rows('m1', 'm2', 'm3'), true), 'i', 'o', 'a');
    expect(hybrid.rows).toEqual([
      { membershipId: 'm1', status: PRESENT, mode: AttendanceMode.IN_PERSON },
      { membershipId: 'm2', status: PRESENT, mode: AttendanceMode.ONLINE },
      { membershipId: 'm3', status: ABSENT, mode: null },
    ]);
  });

  it('forgets the mode of a member marked absent after being present', () => {
    let state = press(initialGrid(rows('m1'), true), 'i');
    state = gridReducer(state, { type: 'status', row: 0, status: ABSENT });
    expect(state.rows[0]).toEqual({ membershipId: 'm1', status: ABSENT, mode: null });
  });

  it('marks everyone not yet marked present at once, leaving the others as they are', () => {
    let state = press(initialGrid(rows('m1', 'm2', 'm3'), false), 'ArrowDown', 'e');
    expect(unmarkedCount(state)).toBe(2);
    state = gridReducer(state, { type: 'markUnmarked', status: PRESENT });
    expect(state.rows.map((row) => row.status)).toEqual([PRESENT, EXCUSED, PRESENT]);
    expect(unmarkedCount(state)).toBe(0);
  });

  it('counts the marks not saved yet against what the server recorded, and sends only those', () => {
    const recorded = [
      { membershipId: 'm1', status: PRESENT, mode: null },
      { membershipId: 'm2', status: null, mode: null },
      { membershipId: 'm3', status: null, mode: null },
    ];
    const start = initialGrid(recorded, false);
    expect(unsavedCount(start)).toBe(0);
    // Marking m1 present again changes nothing; m2 and m3 are new marks.
    const marked = press(start, 'p', 'a', 'e');
    expect(unsavedCount(marked)).toBe(2);
    expect(attendanceEntries(marked)).toEqual([
      { membershipId: 'm2', status: ABSENT },
      { membershipId: 'm3', status: EXCUSED },
    ]);
    const saved = gridReducer(marked, { type: 'saved' });
    expect(unsavedCount(saved)).toBe(0);
    expect(attendanceEntries(saved)).toEqual([]);
  });

  it('marks a whole team present at once, or only those of it not marked yet', () => {
    const start = press(initialGrid(rows('m1', 'm2', 'm3', 'm4'), false), 'a', 'ArrowDown');
    const team = gridReducer(start, {
      type: 'markMembers',
      status: PRESENT,
      membershipIds: ['m1', 'm2'],
    });
    expect(team.rows.map((row) => row.status)).toEqual([PRESENT, PRESENT, null, null]);
    const rest = gridReducer(start, {
      type: 'markUnmarked',
      status: PRESENT,
      membershipIds: ['m1', 'm3'],
    });
    expect(rest.rows.map((row) => row.status)).toEqual([ABSENT, null, PRESENT, null]);
  });

  it('selects all of the lines shown, keeping the selection elsewhere', () => {
    const start = press(initialGrid(rows('m1', 'm2', 'm3'), false), 'End', ' ');
    const shown = gridReducer(start, { type: 'selectAll', selected: true, membershipIds: ['m1'] });
    expect(shown.selected).toEqual(['m3', 'm1']);
    const none = gridReducer(shown, { type: 'selectAll', selected: false, membershipIds: ['m1'] });
    expect(none.selected).toEqual(['m3']);
  });

  it('sends every marked member, with a mode only on a hybrid sheet', () => {
    const virtual = press(initialGrid(rows('m1', 'm2', 'm3'), false), 'p', 'a');
    expect(attendanceEntries(virtual)).toEqual([
      { membershipId: 'm1', status: PRESENT },
      { membershipId: 'm2', status: ABSENT },
    ]);
    const hybrid = press(initialGrid(rows('m1'), true), 'o');
    expect(attendanceEntries(hybrid)).toEqual([
      { membershipId: 'm1', status: PRESENT, mode: AttendanceMode.ONLINE },
    ]);
  });

  it('is no longer changed once saved, and starts over from a new reading', () => {
    const saved = gridReducer(press(initialGrid(rows('m1'), false), 'p'), { type: 'saved' });
    expect(saved.dirty).toBe(false);
    const reloaded = gridReducer(saved, {
      type: 'load',
      rows: [{ membershipId: 'm1', status: ABSENT, mode: null }],
      hybrid: false,
    });
    expect(reloaded.rows[0]?.status).toBe(ABSENT);
    expect(reloaded.focus).toBe(0);
  });

  it('selects lines with Space, all or none, and marks the selected at once', () => {
    const start = initialGrid(rows('m1', 'm2', 'm3'), true);
    const selected = press(start, ' ', 'ArrowDown', 'ArrowDown', ' ');
    expect(selected.selected).toEqual(['m1', 'm3']);
    expect(selected.dirty).toBe(false);
    expect(press(selected, 'Home', ' ').selected).toEqual(['m3']);

    const marked = gridReducer(selected, { type: 'markSelected', status: ABSENT });
    expect(marked.rows.map((row) => row.status)).toEqual([ABSENT, null, ABSENT]);
    expect(marked.dirty).toBe(true);

    const all = gridReducer(marked, { type: 'selectAll', selected: true });
    expect(all.selected).toEqual(['m1', 'm2', 'm3']);
    expect(gridReducer(all, { type: 'selectAll', selected: false }).selected).toEqual([]);
  });

  it('marks nothing when nothing is selected, and a hybrid sheet keeps a present mode', () => {
    const start = initialGrid(rows('m1'), true);
    expect(gridReducer(start, { type: 'markSelected', status: PRESENT })).toBe(start);
    const online = press(start, 'o');
    const again = gridReducer(gridReducer(online, { type: 'select', row: 0 }), {
      type: 'markSelected',
      status: PRESENT,
    });
    expect(again.rows[0]).toEqual({
      membershipId: 'm1',
      status: PRESENT,
      mode: AttendanceMode.ONLINE,
    });
  });

  it('starts a newly read sheet with nothing selected', () => {
    const selected = gridReducer(initialGrid(rows('m1'), false), { type: 'select', row: 0 });
    expect(
      gridReducer(selected, { type: 'load', rows: rows('m1'), hybrid: false }).selected,
    ).toEqual([]);
  });
});
