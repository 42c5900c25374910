import {
  IMPORT_COLUMNS,
  IMPORT_KINDS,
  IMPORT_MAX_BYTES,
  IMPORT_MAX_ROWS,
  type ImportKind,
  importTemplate,
} from '@cei/domain';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  LinearProgress,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TablePagination,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { Title, useDataProvider, useLocaleState, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { useAccess } from '../auth/useAccess';
import type { CeiDataProvider } from '../data/dataProvider';
import {
  COMMIT_IMPORT,
  DATA_IMPORT,
  type DataImportRecord,
  PREVIEW_IMPORT,
} from './imports.graphql';

const PAGE_SIZE = 25;
/** How often the bar asks the server how far the import has got. */
const POLL_MS = 300;
const MB = 1024 * 1024;

/** Where the records an import created are listed. */
const LIST_OF: Record<string, string> = {
  Organization: '/organizations',
  Person: '/people',
  Membership: '/memberships',
  Measurement: '/measurements',
};

type Phase =
  | { step: 'choose' }
  | { step: 'checking' }
  | { step: 'previewed'; record: DataImportRecord }
  | { step: 'importing'; record: DataImportRecord }
  | { step: 'done'; record: DataImportRecord };

/**
 * The Import page: pick what the file holds (and its template), pick the file, see every
 * problem by row and column, then import every row (only when all are valid) or only the valid
 * ones, watching a bar that follows the server's own count of rows written.
 */
export function ImportPage() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { can } = useAccess();
  const dataProvider = useDataProvider<CeiDataProvider>();
  const kinds = IMPORT_KINDS.filter((kind) => can(kind, 'imports'));
  const [kind, setKind] = useState<ImportKind | ''>('');
  const [phase, setPhase] = useState<Phase>({ step: 'choose' });
  const [error, setError] = useState<string | null>(null);
  const [page, setPage] = useState(0);
  const fileInput = useRef<HTMLInputElement>(null);
  const ids = { file: useId(), help: useId() };
  const chosenKind = kind || kinds[0] || '';
  const numbers = useMemo(
    () => new Intl.NumberFormat(locale === 'es' ? 'es-US' : 'en-US'),
    [locale],
  );
  const format = (value: number) => numbers.format(value);

  function reset() {
    setPhase({ step: 'choose' });
    setError(null);
    setPage(0);
    if (fileInput.current) fileInput.current.value = '';
  }

  async function check(file: File) {
    setError(null);
    setPage(0);
    if (file.size > IMPORT_MAX_BYTES) {
      setError(translate('cei.imports.tooLarge', { size: IMPORT_MAX_BYTES / MB }));
      return;
    }
    setPhase({ step: 'checking' });
    try {
      const content = await file.text();
      const { previewImport } = await dataProvider.execute<{ previewImport: DataImportRecord }>(
        PREVIEW_IMPORT,
        { input: { kind: chosenKind, fileName: file.name, content }, errorLimit: PAGE_SIZE },
      );
      setPhase({ step: 'previewed', record: previewImport });
    } catch (failure) {
      setError((failure as Error).message);
      setPhase({ step: 'choose' });
    }
  }

  async function showPage(record: DataImportRecord, next: number) {
    const { dataImport } = await dataProvider.execute<{ dataImport: DataImportRecord }>(
      DATA_IMPORT,
      { id: record.id, errorOffset: next * PAGE_SIZE, errorLimit: PAGE_SIZE },
    );
    setPage(next);
    setPhase({ step: 'previewed', record: dataImport });
  }

  async function commit(record: DataImportRecord, mode: 'ALL' | 'VALID_ONLY') {
    setError(null);
    setPhase({ step: 'importing', record: { ...record, progress: 0, processedRows: 0 } });
    let running = true;
    // The commit answers once every row is written; meanwhile the bar follows the server.
    const poll = async () => {
      while (running) {
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        if (!running) break;
        try {
          const { dataImport } = await dataProvider.execute<{ dataImport: DataImportRecord }>(
            DATA_IMPORT,
            { id: record.id, errorLimit: 0 },
          );
          if (running && dataImport.status === 'IMPORTING') {
            setPhase({ step: 'importing', record: dataImport });
          }
        } catch {
          // A missed poll only delays the bar.
        }
      }
    };
    void poll();
    try {
      const { commitImport } = await dataProvider.execute<{ commitImport: DataImportRecord }>(
        COMMIT_IMPORT,
        { id: record.id, input: { mode }, errorLimit: PAGE_SIZE },
      );
      running = false;
      setPhase({ step: 'done', record: commitImport });
    } catch (failure) {
      running = false;
      setError((failure as Error).message);
      // The file is checked again on import: show what the server found this time (or that the
      // import failed).
      try {
        const { dataImport } = await dataProvider.execute<{ dataImport: DataImportRecord }>(
          DATA_IMPORT,
          { id: record.id, errorLimit: PAGE_SIZE },
        );
        setPage(0);
        if (dataImport.status === 'EXPIRED') {
          // Its file was deleted (the server's message says why): back to choosing one.
          setPhase({ step: 'choose' });
        } else {
          setPhase(
            dataImport.status === 'FAILED'
              ? { step: 'done', record: dataImport }
              : { step: 'previewed', record: dataImport },
          );
        }
      } catch {
        setPhase({ step: 'previewed', record });
      }
    }
  }

  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate('cei.imports.title')} />
      <CardContent>
        <Typography variant="h5" component="h1" gutterBottom>
          {translate('cei.imports.heading')}
        </Typography>
        <Typography variant="body2" color="text.secondary" gutterBottom>
          {translate('cei.imports.explain')}
        </Typography>

        {(phase.step === 'choose' || phase.step === 'checking') && chosenKind && (
          <Stack gap={2} sx={{ mt: 2, maxWidth: 720 }}>
            <TextField
              select
              size="small"
              label={translate('cei.imports.kind')}
              value={chosenKind}
              onChange={(event) => setKind(event.target.value as ImportKind)}
              disabled={phase.step === 'checking'}
            >
              {kinds.map((value) => (
                <MenuItem key={value} value={value}>
                  {translate(`cei.imports.kinds.${value}`)}
                </MenuItem>
              ))}
            </TextField>
            <Columns kind={chosenKind} />
            <Box>
              <Button
                variant="outlined"
                size="small"
                href={`data:text/csv;charset=utf-8,${encodeURIComponent(importTemplate(chosenKind))}`}
                download={`${chosenKind.toLowerCase()}-template.csv`}
              >
                {translate('cei.imports.template')}
              </Button>
            </Box>
            <Box>
              <Typography component="label" htmlFor={ids.file} variant="subtitle2" display="block">
                {translate('cei.imports.file')}
              </Typography>
              <input
                ref={fileInput}
                id={ids.file}
                type="file"
                accept=".csv,text/csv"
                aria-describedby={ids.help}
                disabled={phase.step === 'checking'}
                onChange={(event) => {
                  const file = event.target.files?.[0];
                  if (file) void check(file);
                }}
              />
              <Typography id={ids.help} variant="caption" color="text.secondary" display="block">
                {translate('cei.imports.fileHelp', {
                  size: IMPORT_MAX_BYTES / MB,
                  rows: format(IMPORT_MAX_ROWS),
                })}
              </Typography>
            </Box>
            {phase.step === 'checking' && (
              <Box>
                <Typography variant="body2">{translate('cei.imports.checking')}</Typography>
                <LinearProgress aria-label={translate('cei.imports.checking')} />
              </Box>
            )}
          </Stack>
        )}

        {error && (
          <Alert severity="error" sx={{ mt: 2 }} role="alert">
            {error}
          </Alert>
        )}

        {phase.step === 'previewed' && (
          <Preview
            record={phase.record}
            page={page}
            format={format}
            onPage={(next) => void showPage(phase.record, next)}
            onCommit={(mode) => void commit(phase.record, mode)}
            onReset={reset}
          />
        )}

        {phase.step === 'importing' && (
          <Box sx={{ mt: 3, maxWidth: 720 }}>
            <Typography variant="h6" component="h2">
              {translate('cei.imports.importing')}
            </Typography>
            <LinearProgress
              variant="determinate"
              value={Math.round(phase.record.progress * 100)}
              aria-label={translate('cei.imports.progress')}
              aria-valuetext={translate('cei.imports.progressText', {
                done: format(phase.record.processedRows),
                total: format(phase.record.rowsToImport),
              })}
              sx={{ height: 10, borderRadius: 1, my: 1 }}
            />
            <Typography variant="body2">
              {Math.round(phase.record.progress * 100)}% ·{' '}
              {translate('cei.imports.progressText', {
                done: format(phase.record.processedRows),
                total: format(phase.record.rowsToImport),
              })}
            </Typography>
          </Box>
        )}

        {phase.step === 'done' && <Result record={phase.record} format={format} onReset={reset} />}
      </CardContent>
    </Card>
  );
}

/** The kind's columns, the required ones marked in words. */
function Columns({ kind }: { kind: ImportKind }) {
  const translate = useTranslate();
  return (
    <Box>
      <Typography variant="subtitle2" component="h2">
        {translate('cei.imports.columns')}
      </Typography>
      <Typography variant="body2" sx={{ fontFamily: 'monospace' }}>
        {IMPORT_COLUMNS[kind]
          .map((column) =>
            column.required ? `${column.name} (${translate('cei.imports.required')})` : column.name,
          )
          .join(', ')}
      </Typography>
    </Box>
  );
}

function Preview({
  record,
  page,
  format,
  onPage,
  onCommit,
  onReset,
}: {
  record: DataImportRecord;
  page: number;
  format: (value: number) => string;
  onPage: (page: number) => void;
  onCommit: (mode: 'ALL' | 'VALID_ONLY') => void;
  onReset: () => void;
}) {
  const translate = useTranslate();
  const headingId = useId();
  const disabledHelp = useId();
  const hasProblems = record.errors.totalCount > 0;
  return (
    <Box sx={{ mt: 2 }}>
      <Alert severity={hasProblems ? 'warning' : 'success'} sx={{ mb: 2 }}>
        {translate('cei.imports.summary', {
          fileName: record.fileName,
          total: format(record.totalRows),
          valid: format(record.validRows),
          invalid: format(record.invalidRows),
        })}{' '}
        {!hasProblems && translate('cei.imports.noProblems')}
      </Alert>
      {hasProblems && (
        <>
          <Typography variant="h6" component="h2" id={headingId}>
            {translate('cei.imports.problems')} ({format(record.errors.totalCount)})
          </Typography>
          <Table size="small" aria-labelledby={headingId}>
            <TableHead>
              <TableRow>
                <TableCell scope="col">{translate('cei.imports.row')}</TableCell>
                <TableCell scope="col">{translate('cei.imports.column')}</TableCell>
                <TableCell scope="col">{translate('cei.imports.problem')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {record.errors.nodes.map((problem) => (
                <TableRow key={`${problem.row}\u0000${problem.column}\u0000${problem.message}`}>
                  <TableCell>{problem.row}</TableCell>
                  <TableCell sx={{ fontFamily: 'monospace' }}>
                    {problem.column ?? translate('cei.imports.wholeRow')}
                  </TableCell>
                  <TableCell>{problem.message}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {record.errors.totalCount > PAGE_SIZE && (
            <TablePagination
              component="div"
              count={record.errors.totalCount}
              page={page}
              rowsPerPage={PAGE_SIZE}
              rowsPerPageOptions={[PAGE_SIZE]}
              onPageChange={(_event, next) => onPage(next)}
            />
          )}
        </>
      )}
      <Stack direction="row" gap={2} flexWrap="wrap" sx={{ mt: 2 }}>
        <Button
          variant="contained"
          disabled={hasProblems || record.totalRows === 0}
          aria-describedby={hasProblems ? disabledHelp : undefined}
          onClick={() => onCommit('ALL')}
        >
          {translate('cei.imports.importAll', { count: format(record.totalRows) })}
        </Button>
        {hasProblems && record.validRows > 0 && (
          <Button variant="outlined" onClick={() => onCommit('VALID_ONLY')}>
            {translate('cei.imports.importValid', { count: format(record.validRows) })}
          </Button>
        )}
        <Button onClick={onReset}>{translate('cei.imports.chooseAgain')}</Button>
      </Stack>
      {hasProblems && (
        <Typography id={disabledHelp} variant="caption" color="text.secondary" display="block">
          {translate('cei.imports.importAllDisabled')}
        </Typography>
      )}
    </Box>
  );
}

function Result({
  record,
  format,
  onReset,
}: {
  record: DataImportRecord;
  format: (value: number) => string;
  onReset: () => void;
}) {
  const translate = useTranslate();
  const finished = useRef<HTMLDivElement>(null);
  useEffect(() => finished.current?.focus(), []);
  if (record.status === 'FAILED') {
    return (
      <Alert severity="error" sx={{ mt: 2 }}>
        {translate('cei.imports.failed', { failure: record.failure ?? '' })}
      </Alert>
    );
  }
  return (
    <Box sx={{ mt: 2 }}>
      <Typography variant="h6" component="h2" gutterBottom>
        {translate('cei.imports.progress')}
      </Typography>
      <LinearProgress
        variant="determinate"
        value={100}
        aria-label={translate('cei.imports.progress')}
        sx={{ height: 10, borderRadius: 1, mb: 2 }}
      />
      <Alert severity="success" ref={finished} tabIndex={-1}>
        {translate('cei.imports.done', {
          imported: format(record.importedRows),
          skipped: format(record.skippedRows),
        })}
      </Alert>
      <Stack component="ul" sx={{ pl: 2 }}>
        {record.created
          .filter(({ count }) => count > 0)
          .map(({ entity, count }) => (
            <li key={entity}>
              {translate(`cei.imports.created.${entity}`, { count: format(count) })}
              {LIST_OF[entity] && (
                <>
                  {' — '}
                  <Link to={LIST_OF[entity] as string}>{translate('cei.imports.view')}</Link>
                </>
              )}
            </li>
          ))}
      </Stack>
      <Button onClick={onReset} sx={{ mt: 1 }}>
        {translate('cei.imports.another')}
      </Button>
    </Box>
  );
}
