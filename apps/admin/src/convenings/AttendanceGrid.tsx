import { AttendanceMode, AttendanceStatus, labelOf, Modality, type TeamRole } from '@cei/domain';
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
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import { type KeyboardEvent, useEffect, useId, useReducer, useRef, useState } from 'react';
import { Link, Title, useCreatePath, useNotify, useTranslate } from 'react-admin';
import { useParams } from 'react-router-dom';
import { useAccess } from '../auth/useAccess';
import { useOperation } from '../common/actions';
import { useUiLanguage } from '../common/enums';
import { personName } from '../common/people';
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
  onMark,
  onClear,
}: {
  selectedCount: number;
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
            disabled={selectedCount === 0}
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

/**
 * Attendance of a whole convening, entered at once: every expected member (the active members of
 * its cohorts' teams on its date) on a line, marked present, absent or excused (and for a hybrid
 * convening, in person or online), by pointer or by keyboard (P, A, E, I, O; arrows), then saved
 * in one request.
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
  const hybrid = convening.modality === Modality.HYBRID;
  const attendees = [...convening.expectedAttendees].sort(byTeamThenName);
  const [state, dispatch] = useReducer(gridReducer, initialGrid(sheetRows(attendees), hybrid));
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const rowRefs = useRef<(HTMLTableRowElement | null)[]>([]);
  const editable = can('record', 'attendances');

  // A new reading of the sheet (after a save) starts over from what the server recorded.
  const loaded = JSON.stringify(sheetRows(attendees));
  useEffect(() => {
    dispatch({ type: 'load', rows: JSON.parse(loaded) as GridRow[], hybrid });
  }, [loaded, hybrid]);

  const focusRow = (row: number) => rowRefs.current[row]?.focus();

  function onKeyDown(event: KeyboardEvent<HTMLTableRowElement>, row: number) {
    if (!editable || event.altKey || event.ctrlKey || event.metaKey) return;
    const command = commandForKey(event.key, { ...state, focus: row });
    if (!command) return;
    // Space on a checkbox or button inside the line is theirs (they toggle themselves).
    if (command.type === 'select' && event.target !== event.currentTarget) return;
    event.preventDefault();
    dispatch(command);
    const next =
      command.type === 'move'
        ? row + command.by
        : command.type === 'focus'
          ? command.row
          : advancesAfter(command)
            ? row + 1
            : row;
    const target = Math.max(0, Math.min(next, state.rows.length - 1));
    dispatch({ type: 'focus', row: target });
    focusRow(target);
  }

  async function save() {
    setFailure(null);
    setPending(true);
    try {
      await run(
        RECORD_ATTENDANCE,
        { conveningId: convening.id, input: { entries: attendanceEntries(state) } },
        {
          success: 'cei.attendance.saved',
          successArgs: { smart_count: attendanceEntries(state).length },
        },
      );
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
  const name = conveningName(convening);
  return (
    <Card sx={{ mt: 2 }}>
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
          <AttendanceRate summary={convening.attendanceSummary} />
        </Stack>
        <Typography id={helpId} variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate(hybrid ? 'cei.attendance.keysHybrid' : 'cei.attendance.keys')}
          {editable && ` ${translate('cei.lists.bulk.attendance.keys')}`}
        </Typography>
        {editable && attendees.length > 0 && (
          <BulkMarks
            selectedCount={selectedCount}
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
                      checked={selectedCount > 0 && selectedCount === attendees.length}
                      indeterminate={selectedCount > 0 && selectedCount < attendees.length}
                      onChange={(event) =>
                        dispatch({ type: 'selectAll', selected: event.target.checked })
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
              {attendees.map((attendee, index) => {
                const row = state.rows[index];
                const who = personName(attendee.person ?? {});
                return (
                  <TableRow
                    key={attendee.id}
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
                            dispatch({ type: 'select', row: index, selected: event.target.checked })
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
                );
              })}
            </TableBody>
          </Table>
        )}
        {failure && (
          <Alert severity="error" role="alert" sx={{ mt: 2 }}>
            {failure}
          </Alert>
        )}
        {editable && attendees.length > 0 && (
          <Box sx={{ mt: 2, display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
            <Button
              startIcon={<DoneAllIcon />}
              onClick={() => dispatch({ type: 'markUnmarked', status: AttendanceStatus.PRESENT })}
              disabled={unmarked === 0}
            >
              {translate('cei.attendance.markRestPresent')}
            </Button>
            <Button variant="contained" startIcon={<SaveIcon />} onClick={save} disabled={pending}>
              {translate('cei.attendance.save')}
            </Button>
            <Typography variant="body2" role="status" aria-live="polite">
              {unmarked > 0
                ? translate('cei.attendance.unmarked', { smart_count: unmarked })
                : state.dirty
                  ? translate('cei.attendance.unsaved')
                  : translate('cei.attendance.allMarked')}
            </Typography>
          </Box>
        )}
      </CardContent>
    </Card>
  );
}
