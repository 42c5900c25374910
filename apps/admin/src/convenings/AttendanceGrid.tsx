import {
  AttendanceMode,
  AttendanceStatus,
  labelOf,
  Modality,
  type TeamRole,
  tallyAttendance,
} from '@cei/domain';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import SaveIcon from '@mui/icons-material/Save';
import {
  Alert,
  Box,
  Button,
  ButtonGroup,
  Card,
  CardContent,
  Checkbox,
  CircularProgress,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import {
  Fragment,
  type KeyboardEvent,
  useEffect,
  useId,
  useReducer,
  useRef,
  useState,
} from 'react';
import { Link, Title, useCreatePath, useNotify, useTranslate } from 'react-admin';
import { useParams } from 'react-router-dom';
import { useAccess } from '../auth/useAccess';
import { useOperation } from '../common/actions';
import { useUiLanguage } from '../common/enums';
import { personName } from '../common/people';
import { useLeaveGuard } from '../common/useLeaveGuard';
import { formatInstant } from '../common/values';
import { useGraphQuery } from '../data/useGraphQuery';
import { AttendanceRate } from './AttendanceRate';
import {
  advancesAfter,
  attendanceEntries,
  commandForKey,
  type GridRow,
  gridReducer,
  initialGrid,
  unmarkedCount,
  unsavedCount,
} from './attendanceGrid';
import { ATTENDANCE_SHEET, type AttendanceSummary, RECORD_ATTENDANCE } from './convening.graphql';
import { conveningName } from './conveningName';

export interface ExpectedAttendee {
  id: string;
  role: TeamRole;
  person: { id: string; givenName: string | null; familyName: string | null } | null;
  team: { id: string; name: string } | null;
  attendance: { nodes: { id: string; status: AttendanceStatus; mode: AttendanceMode | null }[] };
}

export interface AttendanceSheet {
  convening: {
    id: string;
    title: string | null;
    programYear: string;
    number: number;
    modality: Modality;
    startsAt: string;
    attendanceSummary: AttendanceSummary | null;
    expectedAttendees: ExpectedAttendee[];
  } | null;
}

const STATUSES = [AttendanceStatus.PRESENT, AttendanceStatus.ABSENT, AttendanceStatus.EXCUSED];
const MODES = [AttendanceMode.IN_PERSON, AttendanceMode.ONLINE];
/** The colour of a chosen status, beside its word: never the only sign of it. */
const STATUS_COLOR = {
  PRESENT: 'success',
  ABSENT: 'error',
  EXCUSED: 'warning',
} as const satisfies Record<AttendanceStatus, string>;

/** The sheet's lines as recorded so far, by team then name. */
export function sheetRows(attendees: readonly ExpectedAttendee[]): GridRow[] {
  return attendees.map((attendee) => {
    const recorded = attendee.attendance.nodes[0];
    return {
      membershipId: attendee.id,
      status: recorded?.status ?? null,
      mode: recorded?.mode ?? null,
    };
  });
}

function byTeamThenName(a: ExpectedAttendee, b: ExpectedAttendee): number {
  return (
    (a.team?.name ?? '').localeCompare(b.team?.name ?? '') ||
    personName(a.person ?? {}).localeCompare(personName(b.person ?? {}))
  );
}

/**
 * Marks the selected members at once: how many are selected (announced), a button per status,
 * and one to clear the selection. Space selects the line the keyboard is on.
 */
function BulkMarks({
  selectedCount,
  allowed,
  onMark,
  onClear,
}: {
  selectedCount: number;
  allowed: readonly AttendanceStatus[];
  onMark: (status: AttendanceStatus) => void;
  onClear: () => void;
}) {
  const translate = useTranslate();
  const language = useUiLanguage();
  const labelId = useId();
  return (
    <Stack direction="row" gap={1} alignItems="center" flexWrap="wrap" sx={{ mb: 1 }}>
      <Typography variant="body2" role="status" aria-live="polite" sx={{ minWidth: 180 }}>
        {translate('cei.lists.bulk.attendance.selected', { smart_count: selectedCount })}
      </Typography>
      <Typography id={labelId} variant="body2" color="text.secondary">
        {translate('cei.lists.bulk.attendance.mark')}
      </Typography>
      <ButtonGroup size="small" variant="outlined" aria-labelledby={labelId}>
        {STATUSES.map((status) => (
          <Button
            key={status}
            color={STATUS_COLOR[status]}
            disabled={selectedCount === 0 || !allowed.includes(status)}
            onClick={() => onMark(status)}
          >
            {labelOf('AttendanceStatus', status, language)}
          </Button>
        ))}
      </ButtonGroup>
      <Button size="small" disabled={selectedCount === 0} onClick={onClear}>
        {translate('cei.lists.bulk.attendance.clear')}
      </Button>
    </Stack>
  );
}

/** The attendance screen of one convening: `/convenings/:id/attendance`. */
export function AttendanceGridPage() {
  const { id = '' } = useParams();
  const translate = useTranslate();
  const { data, isPending, error } = useGraphQuery<AttendanceSheet>(ATTENDANCE_SHEET, {
    conveningId: id,
  });
  if (isPending) return <CircularProgress aria-label={translate('ra.page.loading')} />;
  if (error) return <Alert severity="error">{(error as Error).message}</Alert>;
  if (!data?.convening) return <Alert severity="warning">{translate('ra.page.not_found')}</Alert>;
  return <AttendanceGrid convening={data.convening} />;
}

/** Lines shown at once: a statewide convening has thousands of members. */
export const SHEET_PAGE_SIZE = 50;
/** The most entries `recordAttendance` takes in one call (the server's MAX_ATTENDANCE_ENTRIES). */
const ENTRIES_PER_CALL = 1000;

/** The teams on the sheet, in its order, each with its lines (indexes into the sheet). */
function teamsOf(attendees: readonly ExpectedAttendee[]) {
  const teams = new Map<string, { id: string; name: string; rows: number[] }>();
  attendees.forEach((attendee, index) => {
    const id = attendee.team?.id ?? '';
    const team = teams.get(id) ?? { id, name: attendee.team?.name ?? '—', rows: [] };
    team.rows.push(index);
    teams.set(id, team);
  });
  return [...teams.values()];
}

/**
 * Attendance of a whole convening, entered at once: every expected member (the active members of
 * its cohorts' teams on its date) on a line, grouped by team, marked present, absent or excused
 * (and for a hybrid convening, in person or online), by pointer or by keyboard (P, A, E, I, O;
 * arrows), a whole team at a time or the selected lines at once. A bar that stays in view keeps
 * Save and the count of marks not saved yet; leaving with unsaved marks asks first. Before the
 * convening starts, only excused absences known in advance can be marked (the server's rule too).
 */
export function AttendanceGrid({
  convening,
}: {
  convening: NonNullable<AttendanceSheet['convening']>;
}) {
  const translate = useTranslate();
  const language = useUiLanguage();
  const createPath = useCreatePath();
  const notify = useNotify();
  const run = useOperation();
  const { can } = useAccess();
  const helpId = useId();
  const teamFilterId = useId();
  const hybrid = convening.modality === Modality.HYBRID;
  const attendees = [...convening.expectedAttendees].sort(byTeamThenName);
  const teams = teamsOf(attendees);
  const [state, dispatch] = useReducer(gridReducer, initialGrid(sheetRows(attendees), hybrid));
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [teamId, setTeamId] = useState('');
  const [page, setPage] = useState(0);
  const rowRefs = useRef<(HTMLTableRowElement | null)[]>([]);
  /** A line to focus once shown (after the keyboard moved onto another page). */
  const focusAfterRender = useRef<number | null>(null);
  const editable = can('record', 'attendances');
  const started = Date.parse(convening.startsAt) <= Date.now();
  const allowed = started ? STATUSES : [AttendanceStatus.EXCUSED];

  // A new reading of the sheet (after a save) starts over from what the server recorded.
  const loaded = JSON.stringify(sheetRows(attendees));
  useEffect(() => {
    dispatch({ type: 'load', rows: JSON.parse(loaded) as GridRow[], hybrid });
  }, [loaded, hybrid]);

  const unsaved = unsavedCount(state);
  useLeaveGuard(
    editable && unsaved > 0
      ? translate('cei.attendance.leaveUnsaved', { smart_count: unsaved })
      : null,
  );

  // The lines shown: the chosen team's (or all), a page at a time.
  const filtered = teamId
    ? (teams.find((team) => team.id === teamId)?.rows ?? [])
    : attendees.map((_, index) => index);
  const pages = Math.max(1, Math.ceil(filtered.length / SHEET_PAGE_SIZE));
  const shownPage = Math.min(page, pages - 1);
  const shown = filtered.slice(shownPage * SHEET_PAGE_SIZE, (shownPage + 1) * SHEET_PAGE_SIZE);
  const idsOf = (rows: readonly number[]) =>
    rows.map((index) => attendees[index]?.id ?? '').filter(Boolean);

  useEffect(() => {
    if (focusAfterRender.current === null) return;
    rowRefs.current[focusAfterRender.current]?.focus();
    focusAfterRender.current = null;
  });

  /** Puts the keyboard on a line of the filtered sheet (by its position), turning the page. */
  function focusPosition(position: number) {
    const target = filtered[Math.max(0, Math.min(position, filtered.length - 1))];
    if (target === undefined) return;
    dispatch({ type: 'focus', row: target });
    const targetPage = Math.floor(filtered.indexOf(target) / SHEET_PAGE_SIZE);
    if (targetPage !== shownPage) {
      setPage(targetPage);
      focusAfterRender.current = target;
    } else {
      rowRefs.current[target]?.focus();
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLTableRowElement>, row: number) {
    if (!editable || event.altKey || event.ctrlKey || event.metaKey) return;
    const command = commandForKey(event.key, { ...state, focus: row });
    if (!command) return;
    // Space on a checkbox or button inside the line is theirs (they toggle themselves).
    if (command.type === 'select' && event.target !== event.currentTarget) return;
    event.preventDefault();
    const position = filtered.indexOf(row);
    if (command.type === 'move') return focusPosition(position + command.by);
    if (command.type === 'focus') return focusPosition(command.row === 0 ? 0 : filtered.length - 1);
    const status =
      command.type === 'status'
        ? command.status
        : command.type === 'mode'
          ? AttendanceStatus.PRESENT
          : null;
    if (status && !allowed.includes(status)) return;
    dispatch(command);
    focusPosition(advancesAfter(command) ? position + 1 : position);
  }

  async function save() {
    const entries = attendanceEntries(state);
    if (entries.length === 0) return;
    setFailure(null);
    setPending(true);
    try {
      // A statewide convening can change more lines than one call takes: saved in turn.
      for (let from = 0; from < entries.length; from += ENTRIES_PER_CALL) {
        const last = from + ENTRIES_PER_CALL >= entries.length;
        await run(
          RECORD_ATTENDANCE,
          {
            conveningId: convening.id,
            input: { entries: entries.slice(from, from + ENTRIES_PER_CALL) },
          },
          last
            ? { success: 'cei.attendance.saved', successArgs: { smart_count: entries.length } }
            : {},
        );
      }
      dispatch({ type: 'saved' });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      setFailure(message);
      notify(message, { type: 'error' });
    } finally {
      setPending(false);
    }
  }

  const unmarked = unmarkedCount(state);
  const selectedCount = state.selected.length;
  const shownIds = idsOf(shown);
  const shownSelected = shownIds.filter((id) => state.selected.includes(id)).length;
  const name = conveningName(convening);
  const columns = 4 + (editable ? 1 : 0) + (hybrid ? 1 : 0);
  const marked = state.rows.flatMap((row) => (row.status ? [{ status: row.status }] : []));
  return (
    <Card sx={{ mt: 2, overflow: 'visible' }}>
      <Title title={translate('cei.attendance.title', { name })} />
      <CardContent>
        <Stack direction="row" gap={2} alignItems="baseline" flexWrap="wrap" sx={{ mb: 1 }}>
          <Typography variant="h6" component="h1">
            <Link to={createPath({ resource: 'convenings', id: convening.id, type: 'show' })}>
              {name}
            </Link>
          </Typography>
          <Typography variant="body2">
            {formatInstant(convening.startsAt, language)} ·{' '}
            {labelOf('Modality', convening.modality, language)}
          </Typography>
          {/* The marks on the sheet, saved or not: what the rate will be once saved. */}
          <AttendanceRate summary={marked.length ? tallyAttendance(marked) : null} />
        </Stack>
        {!started && (
          <Alert severity="info" sx={{ mb: 1 }}>
            {translate('cei.attendance.notStarted', {
              date: formatInstant(convening.startsAt, language),
            })}
          </Alert>
        )}
        <Typography id={helpId} variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate(hybrid ? 'cei.attendance.keysHybrid' : 'cei.attendance.keys')}
          {editable && ` ${translate('cei.lists.bulk.attendance.keys')}`}
        </Typography>
        {teams.length > 1 && (
          <TextField
            select
            id={teamFilterId}
            size="small"
            label={translate('cei.attendance.team')}
            value={teamId}
            onChange={(event) => {
              setTeamId(event.target.value);
              setPage(0);
            }}
            sx={{ minWidth: 280, mb: 1 }}
          >
            <MenuItem value="">{translate('cei.attendance.allTeams')}</MenuItem>
            {teams.map((team) => (
              <MenuItem key={team.id} value={team.id}>
                {team.name}
              </MenuItem>
            ))}
          </TextField>
        )}
        {editable && attendees.length > 0 && (
          <BulkMarks
            selectedCount={selectedCount}
            allowed={allowed}
            onMark={(status) => dispatch({ type: 'markSelected', status })}
            onClear={() => dispatch({ type: 'selectAll', selected: false })}
          />
        )}
        {attendees.length === 0 ? (
          <Alert severity="info">{translate('cei.attendance.nobodyExpected')}</Alert>
        ) : (
          <Table
            size="small"
            aria-describedby={helpId}
            aria-label={translate('cei.attendance.sheet')}
          >
            <TableHead>
              <TableRow>
                {editable && (
                  <TableCell padding="checkbox">
                    <Checkbox
                      checked={shownSelected > 0 && shownSelected === shownIds.length}
                      indeterminate={shownSelected > 0 && shownSelected < shownIds.length}
                      onChange={(event) =>
                        dispatch({
                          type: 'selectAll',
                          selected: event.target.checked,
                          membershipIds: shownIds,
                        })
                      }
                      slotProps={{
                        input: { 'aria-label': translate('cei.lists.bulk.attendance.selectAll') },
                      }}
                    />
                  </TableCell>
                )}
                <TableCell>{translate('resources.attendances.fields.person')}</TableCell>
                <TableCell>{translate('resources.attendances.fields.team')}</TableCell>
                <TableCell>{translate('resources.attendances.fields.role')}</TableCell>
                <TableCell>{translate('resources.attendances.fields.status')}</TableCell>
                {hybrid && <TableCell>{translate('resources.attendances.fields.mode')}</TableCell>}
              </TableRow>
            </TableHead>
            <TableBody>
              {shown.map((index, position) => {
                const attendee = attendees[index] as ExpectedAttendee;
                const row = state.rows[index];
                const who = personName(attendee.person ?? {});
                const team = teams.find((each) => each.id === (attendee.team?.id ?? ''));
                const startsTeam =
                  position === 0 ||
                  attendees[shown[position - 1] ?? -1]?.team?.id !== attendee.team?.id;
                return (
                  <Fragment key={attendee.id}>
                    {startsTeam && team && (
                      <TeamHeading
                        team={team}
                        columns={columns}
                        markedCount={team.rows.filter((each) => state.rows[each]?.status).length}
                        onMarkPresent={
                          editable && started
                            ? () =>
                                dispatch({
                                  type: 'markMembers',
                                  status: AttendanceStatus.PRESENT,
                                  membershipIds: idsOf(team.rows),
                                })
                            : undefined
                        }
                      />
                    )}
                    <TableRow
                      ref={(element) => {
                        rowRefs.current[index] = element;
                      }}
                      tabIndex={index === state.focus ? 0 : -1}
                      onKeyDown={(event) => onKeyDown(event, index)}
                      onFocus={() => {
                        if (state.focus !== index) dispatch({ type: 'focus', row: index });
                      }}
                      selected={index === state.focus}
                      aria-label={who}
                      data-membership={attendee.id}
                      hover
                    >
                      {editable && (
                        <TableCell padding="checkbox">
                          <Checkbox
                            checked={state.selected.includes(attendee.id)}
                            onChange={(event) =>
                              dispatch({
                                type: 'select',
                                row: index,
                                selected: event.target.checked,
                              })
                            }
                            slotProps={{
                              input: {
                                tabIndex: -1,
                                'aria-label': translate('cei.lists.bulk.selectRow', {
                                  name: who,
                                }),
                              },
                            }}
                          />
                        </TableCell>
                      )}
                      <TableCell>{who}</TableCell>
                      <TableCell>{attendee.team?.name ?? '—'}</TableCell>
                      <TableCell>{labelOf('TeamRole', attendee.role, language)}</TableCell>
                      <TableCell>
                        <ToggleButtonGroup
                          exclusive
                          size="small"
                          value={row?.status ?? null}
                          disabled={!editable}
                          aria-label={translate('cei.attendance.statusOf', { name: who })}
                          onChange={(_, status: AttendanceStatus | null) => {
                            if (status) dispatch({ type: 'status', row: index, status });
                          }}
                        >
                          {STATUSES.map((status) => (
                            <ToggleButton
                              key={status}
                              value={status}
                              tabIndex={-1}
                              color={STATUS_COLOR[status]}
                              disabled={!editable || !allowed.includes(status)}
                            >
                              {labelOf('AttendanceStatus', status, language)}
                            </ToggleButton>
                          ))}
                        </ToggleButtonGroup>
                      </TableCell>
                      {hybrid && (
                        <TableCell>
                          <ToggleButtonGroup
                            exclusive
                            size="small"
                            value={row?.mode ?? null}
                            disabled={!editable || row?.status !== AttendanceStatus.PRESENT}
                            aria-label={translate('cei.attendance.modeOf', { name: who })}
                            onChange={(_, mode: AttendanceMode | null) => {
                              if (mode) dispatch({ type: 'mode', row: index, mode });
                            }}
                          >
                            {MODES.map((mode) => (
                              <ToggleButton key={mode} value={mode} tabIndex={-1} color="primary">
                                {labelOf('AttendanceMode', mode, language)}
                              </ToggleButton>
                            ))}
                          </ToggleButtonGroup>
                        </TableCell>
                      )}
                    </TableRow>
                  </Fragment>
                );
              })}
            </TableBody>
          </Table>
        )}
        {pages > 1 && (
          <Stack
            direction="row"
            gap={1}
            alignItems="center"
            justifyContent="flex-end"
            sx={{ mt: 1 }}
          >
            <Typography variant="body2">
              {translate('cei.attendance.members', {
                from: shownPage * SHEET_PAGE_SIZE + 1,
                to: shownPage * SHEET_PAGE_SIZE + shown.length,
                total: filtered.length,
              })}
            </Typography>
            <Button size="small" disabled={shownPage === 0} onClick={() => setPage(shownPage - 1)}>
              {translate('cei.attendance.previousPage')}
            </Button>
            <Button
              size="small"
              disabled={shownPage >= pages - 1}
              onClick={() => setPage(shownPage + 1)}
            >
              {translate('cei.attendance.nextPage')}
            </Button>
          </Stack>
        )}
        {failure && (
          <Alert severity="error" role="alert" sx={{ mt: 2 }}>
            {failure}
          </Alert>
        )}
        {editable && attendees.length > 0 && (
          <Box
            role="region"
            aria-label={translate('cei.attendance.save')}
            sx={{
              // Stays at the bottom of the window however long the sheet is.
              position: 'sticky',
              bottom: 0,
              zIndex: 2,
              mt: 2,
              py: 1,
              display: 'flex',
              gap: 2,
              alignItems: 'center',
              flexWrap: 'wrap',
              bgcolor: 'background.paper',
              borderTop: 1,
              borderColor: 'divider',
            }}
          >
            {started && (
              <Button
                startIcon={<DoneAllIcon />}
                onClick={() =>
                  dispatch({
                    type: 'markUnmarked',
                    status: AttendanceStatus.PRESENT,
                    ...(teamId ? { membershipIds: idsOf(filtered) } : {}),
                  })
                }
                disabled={unmarked === 0}
              >
                {translate('cei.attendance.markRestPresent')}
              </Button>
            )}
            <Button
              variant="contained"
              startIcon={<SaveIcon />}
              onClick={save}
              disabled={pending || unsaved === 0}
            >
              {translate('cei.attendance.save')}
            </Button>
            <Typography variant="body2" role="status" aria-live="polite">
              {unsaved > 0
                ? translate('cei.attendance.unsavedMarks', { smart_count: unsaved })
                : translate('cei.attendance.allSaved')}{' '}
              {unmarked > 0
                ? translate('cei.attendance.unmarked', { smart_count: unmarked })
                : translate('cei.attendance.allMarked')}
            </Typography>
          </Box>
        )}
      </CardContent>
    </Card>
  );
}

/** A team's first line on the sheet: its name, how many are marked, and its whole-team mark. */
function TeamHeading({
  team,
  columns,
  markedCount,
  onMarkPresent,
}: {
  team: { name: string; rows: number[] };
  columns: number;
  markedCount: number;
  onMarkPresent: (() => void) | undefined;
}) {
  const translate = useTranslate();
  return (
    <TableRow>
      <TableCell component="th" scope="rowgroup" colSpan={columns} sx={{ bgcolor: 'action.hover' }}>
        <Stack direction="row" gap={2} alignItems="center" flexWrap="wrap">
          <Typography variant="subtitle2" component="span">
            {team.name}
          </Typography>
          <Typography variant="body2" component="span" color="text.secondary">
            {translate('cei.attendance.teamMarked', {
              marked: markedCount,
              total: team.rows.length,
            })}
          </Typography>
          {onMarkPresent && (
            <Button
              size="small"
              startIcon={<DoneAllIcon />}
              onClick={onMarkPresent}
              aria-label={translate('cei.attendance.markTeamPresentOf', { team: team.name })}
            >
              {translate('cei.attendance.markTeamPresent')}
            </Button>
          )}
        </Stack>
      </TableCell>
    </TableRow>
  );
}
