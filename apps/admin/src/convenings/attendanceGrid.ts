import { AttendanceMode, AttendanceStatus } from '@cei/domain';

/** One expected member's line on a convening's attendance sheet. */
export interface GridRow {
  membershipId: string;
  status: AttendanceStatus | null;
  /** In person or online: asked for hybrid convenings, for those present. */
  mode: AttendanceMode | null;
}

export interface GridState {
  rows: GridRow[];
  /** The lines as the server last recorded them (read or saved): what "unsaved" is against. */
  recorded: readonly GridRow[];
  /** The line the keyboard is on. */
  focus: number;
  /** Whether anything changed since the sheet was read or saved. */
  dirty: boolean;
  /** Whether the convening is hybrid: then a present member's mode is asked. */
  hybrid: boolean;
  /** The lines selected to be marked at once (their membership ids). */
  selected: readonly string[];
}

export type GridCommand =
  | { type: 'status'; row: number; status: AttendanceStatus }
  | { type: 'mode'; row: number; mode: AttendanceMode }
  | { type: 'focus'; row: number }
  | { type: 'move'; by: number }
  /** Marks every line not marked yet; only among `membershipIds` when given (a team, a filter). */
  | { type: 'markUnmarked'; status: AttendanceStatus; membershipIds?: readonly string[] }
  /** Marks the given lines (a whole team) whatever they were marked before. */
  | { type: 'markMembers'; status: AttendanceStatus; membershipIds: readonly string[] }
  /** Selects or unselects a line (toggles it without `selected`). */
  | { type: 'select'; row: number; selected?: boolean }
  /** Selects or unselects every line; only `membershipIds` when given (the lines shown). */
  | { type: 'selectAll'; selected: boolean; membershipIds?: readonly string[] }
  /** Marks every selected line at once. */
  | { type: 'markSelected'; status: AttendanceStatus }
  | { type: 'load'; rows: GridRow[]; hybrid: boolean }
  | { type: 'saved' };

export function initialGrid(rows: GridRow[], hybrid: boolean): GridState {
  return { rows, recorded: rows, focus: 0, dirty: false, hybrid, selected: [] };
}

function clamp(row: number, length: number): number {
  return Math.max(0, Math.min(row, length - 1));
}

/** A line with a new status: only those present attend in a mode. */
function withStatus(row: GridRow, status: AttendanceStatus, hybrid: boolean): GridRow {
  if (status !== AttendanceStatus.PRESENT) return { ...row, status, mode: null };
  return { ...row, status, mode: hybrid ? row.mode : null };
}

/** The sheet after one command (keyboard or pointer): a pure reducer for `useReducer`. */
export function gridReducer(state: GridState, command: GridCommand): GridState {
  const { rows } = state;
  switch (command.type) {
    case 'load':
      return initialGrid(command.rows, command.hybrid);
    case 'saved':
      return { ...state, recorded: rows, dirty: false };
    case 'focus':
      return { ...state, focus: clamp(command.row, rows.length) };
    case 'move':
      return { ...state, focus: clamp(state.focus + command.by, rows.length) };
    case 'status': {
      const row = rows[command.row];
      if (!row) return state;
      const next = rows.slice();
      next[command.row] = withStatus(row, command.status, state.hybrid);
      return { ...state, rows: next, dirty: true };
    }
    case 'mode': {
      const row = rows[command.row];
      if (!row || !state.hybrid) return state;
      const next = rows.slice();
      next[command.row] = withStatus(row, AttendanceStatus.PRESENT, true);
      next[command.row] = { ...(next[command.row] as GridRow), mode: command.mode };
      return { ...state, rows: next, dirty: true };
    }
    case 'select': {
      const row = rows[command.row];
      if (!row) return state;
      const isSelected = state.selected.includes(row.membershipId);
      const select = command.selected ?? !isSelected;
      if (select === isSelected) return state;
      return {
        ...state,
        selected: select
          ? [...state.selected, row.membershipId]
          : state.selected.filter((id) => id !== row.membershipId),
      };
    }
    case 'selectAll': {
      const chosen = new Set(command.membershipIds ?? rows.map((row) => row.membershipId));
      const others = state.selected.filter((id) => !chosen.has(id));
      return { ...state, selected: command.selected ? [...others, ...chosen] : others };
    }
    case 'markMembers': {
      const chosen = new Set(command.membershipIds);
      if (chosen.size === 0) return state;
      return {
        ...state,
        rows: rows.map((row) =>
          chosen.has(row.membershipId) ? withStatus(row, command.status, state.hybrid) : row,
        ),
        dirty: true,
      };
    }
    case 'markSelected': {
      if (state.selected.length === 0) return state;
      return {
        ...state,
        rows: rows.map((row) =>
          state.selected.includes(row.membershipId)
            ? withStatus(row, command.status, state.hybrid)
            : row,
        ),
        dirty: true,
      };
    }
    case 'markUnmarked': {
      const among = command.membershipIds && new Set(command.membershipIds);
      const marks = (row: GridRow) =>
        row.status === null && (!among || among.has(row.membershipId));
      if (!rows.some(marks)) return state;
      return {
        ...state,
        rows: rows.map((row) => (marks(row) ? withStatus(row, command.status, state.hybrid) : row)),
        dirty: true,
      };
    }
  }
}

/**
 * What a key does on the line the keyboard is on: P, A, E mark present, absent, excused and go
 * to the next line; on a hybrid sheet I and O mark present in person or online and go on;
 * Space selects or unselects the line (to mark the selected at once); arrows (and J, K) move
 * between lines, Home and End to the first and last.
 */
export function commandForKey(key: string, state: GridState): GridCommand | null {
  const row = state.focus;
  const last = state.rows.length - 1;
  switch (key.toLowerCase()) {
    case 'p':
      return { type: 'status', row, status: AttendanceStatus.PRESENT };
    case 'a':
      return { type: 'status', row, status: AttendanceStatus.ABSENT };
    case 'e':
      return { type: 'status', row, status: AttendanceStatus.EXCUSED };
    case 'i':
      return state.hybrid ? { type: 'mode', row, mode: AttendanceMode.IN_PERSON } : null;
    case 'o':
      return state.hybrid ? { type: 'mode', row, mode: AttendanceMode.ONLINE } : null;
    case ' ':
      return { type: 'select', row };
    case 'arrowdown':
    case 'j':
      return { type: 'move', by: 1 };
    case 'arrowup':
    case 'k':
      return { type: 'move', by: -1 };
    case 'home':
      return { type: 'focus', row: 0 };
    case 'end':
      return { type: 'focus', row: last };
    default:
      return null;
  }
}

/** Whether a command marks the line, after which the keyboard goes on to the next one. */
export function advancesAfter(command: GridCommand): boolean {
  return command.type === 'status' || command.type === 'mode';
}

function changed(row: GridRow, recorded: GridRow | undefined): boolean {
  return row.status !== (recorded?.status ?? null) || row.mode !== (recorded?.mode ?? null);
}

/** The lines marked differently from what the server recorded. */
export function unsavedRows(state: GridState): GridRow[] {
  return state.rows.filter((row, index) => changed(row, state.recorded[index]));
}

/** How many marks would be lost by leaving now. */
export function unsavedCount(state: GridState): number {
  return unsavedRows(state).length;
}

/**
 * The sheet as `recordAttendance` takes it: only the lines changed since the server recorded
 * them (a statewide convening has thousands of lines; resending them all would be slow).
 */
export function attendanceEntries(state: GridState) {
  return unsavedRows(state).flatMap((row) =>
    row.status === null
      ? []
      : [
          {
            membershipId: row.membershipId,
            status: row.status,
            ...(state.hybrid && row.mode ? { mode: row.mode } : {}),
          },
        ],
  );
}

/** How many lines are not marked yet. */
export function unmarkedCount(state: GridState): number {
  return state.rows.filter((row) => row.status === null).length;
}
