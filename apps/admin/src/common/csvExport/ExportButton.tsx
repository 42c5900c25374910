import { todayInPacific } from '@cei/domain';
import DownloadIcon from '@mui/icons-material/Download';
import { CircularProgress, Typography } from '@mui/material';
import { useCallback, useState } from 'react';
import {
  Button,
  downloadCSV,
  type RaRecord,
  useDataProvider,
  useListContext,
  useNotify,
  useTranslate,
  useTranslateLabel,
} from 'react-admin';
import { useUiLanguage } from '../enums';
import { type ExportColumn, exportRows } from './columns';
import { fetchAll } from './fetchAll';

/** `Equipos de distrito` → `equipos-de-distrito`: a file name safe on every system. */
export function fileSlug(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'export'
  );
}

/**
 * Writes records as a CSV file and downloads it: the headers as the list titles its columns
 * (in the interface's language), the cells as `columns` say. The CSV writer (papaparse) is
 * loaded here, on the first export, not with the screens.
 */
export function useCsvDownload() {
  const translate = useTranslate();
  const translateLabel = useTranslateLabel();
  const language = useUiLanguage();
  return useCallback(
    async (resource: string, columns: readonly ExportColumn[], records: readonly RaRecord[]) => {
      const { toCsv } = await import('./csv');
      const header = columns.map((column) =>
        String(translateLabel({ source: column.source, label: column.label, resource }) ?? ''),
      );
      const rows = exportRows(columns, records, { language, translate });
      const name = translate(`resources.${resource}.name`, { smart_count: 2, _: resource });
      const file = `${fileSlug(name)}-${todayInPacific()}`;
      downloadCSV(toCsv(header, rows), file);
      return `${file}.csv`;
    },
    [translate, translateLabel, language],
  );
}

interface ExportState {
  loaded: number;
  total: number;
}

function useExportRun() {
  const notify = useNotify();
  const [progress, setProgress] = useState<ExportState | null>(null);
  const run = useCallback(
    async (work: (onProgress: (loaded: number, total: number) => void) => Promise<unknown>) => {
      setProgress({ loaded: 0, total: 0 });
      try {
        const result = await work((loaded, total) => setProgress({ loaded, total }));
        return result;
      } catch (error) {
        notify('cei.lists.export.failed', {
          type: 'error',
          messageArgs: { message: error instanceof Error ? error.message : String(error) },
        });
        return undefined;
      } finally {
        setProgress(null);
      }
    },
    [notify],
  );
  return { run, progress };
}

function ExportControl({
  count,
  progress,
  onClick,
}: {
  count: number | undefined;
  progress: ExportState | null;
  onClick: () => void;
}) {
  const translate = useTranslate();
  return (
    <>
      <Button
        label="cei.lists.export.button"
        onClick={onClick}
        disabled={!!progress || count === 0}
      >
        {progress ? <CircularProgress size={16} /> : <DownloadIcon />}
      </Button>
      {/* Progress for screen readers (and the eye, on long lists), beside the busy button. */}
      <Typography
        component="span"
        variant="caption"
        role="status"
        aria-live="polite"
        sx={{ ml: progress ? 1 : 0 }}
      >
        {progress && progress.total > 0
          ? translate('cei.lists.export.progress', progress as unknown as Record<string, unknown>)
          : ''}
      </Typography>
    </>
  );
}

/**
 * "Export CSV" in a react-admin list: every record matching the list's filter, in its sort,
 * read page by page through the data provider (so no more than the viewer's scope, and no more
 * than the list has), with the list's columns.
 */
export function ExportButton({ columns }: { columns: readonly ExportColumn[] }) {
  const { resource, filter, filterValues, sort, total } = useListContext();
  const dataProvider = useDataProvider();
  const download = useCsvDownload();
  const notify = useNotify();
  const { run, progress } = useExportRun();

  const exportAll = () =>
    run(async (onProgress) => {
      const records = await fetchAll(
        dataProvider,
        // The list's permanent filter over what the user chose, as react-admin's own export does.
        { resource, filter: { ...filterValues, ...(filter ?? {}) }, sort },
        onProgress,
      );
      const file = await download(resource, columns, records);
      notify('cei.lists.export.done', {
        type: 'info',
        messageArgs: { smart_count: records.length, file },
      });
    });

  return <ExportControl count={total} progress={progress} onClick={exportAll} />;
}

/**
 * "Export CSV" on a screen that already holds all its rows (vacancies: one answer, not pages),
 * in the order shown. `resource` names the file and the headers' messages.
 */
export function ExportRowsButton({
  resource,
  columns,
  rows,
}: {
  resource: string;
  columns: readonly ExportColumn[];
  rows: readonly RaRecord[];
}) {
  const download = useCsvDownload();
  const notify = useNotify();
  const { run, progress } = useExportRun();
  const exportRowsNow = () =>
    run(async () => {
      const file = await download(resource, columns, rows);
      notify('cei.lists.export.done', {
        type: 'info',
        messageArgs: { smart_count: rows.length, file },
      });
    });
  return <ExportControl count={rows.length} progress={progress} onClick={exportRowsNow} />;
}
