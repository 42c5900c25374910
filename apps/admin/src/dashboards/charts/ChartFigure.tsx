import TableChartOutlinedIcon from '@mui/icons-material/TableChartOutlined';
import {
  Box,
  Button,
  Skeleton,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { type ReactNode, Suspense, useId, useState } from 'react';
import { useTranslate } from 'react-admin';

/** A chart's data as a table: column headings, then rows whose first cell names the row. */
export interface ChartTable {
  columns: string[];
  rows: { key: string; cells: string[] }[];
}

export const CHART_HEIGHT = 280;

/**
 * A chart with its text alternatives: a caption, a sentence saying what it shows (also the
 * chart's accessible name), and its data as a table behind a "Show as table" button. The chart
 * itself is a lazily loaded component (the charting library is not in the first page's code);
 * the caption, summary and table are not, so they read before it arrives.
 */
export function ChartFigure({
  title,
  summary,
  table,
  height = CHART_HEIGHT,
  children,
}: {
  title: string;
  summary: string;
  table: ChartTable;
  height?: number;
  children: ReactNode;
}) {
  const translate = useTranslate();
  const tableId = useId();
  const [showTable, setShowTable] = useState(false);
  return (
    <Box component="figure" sx={{ m: 0, mb: 2 }}>
      <Typography component="figcaption" variant="subtitle2">
        {title}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {summary}
      </Typography>
      <Box role="img" aria-label={`${title}. ${summary}`} sx={{ height, width: '100%' }}>
        <Suspense
          fallback={
            // Inside the figure's image, named by its title and summary: nothing to announce.
            <Skeleton variant="rectangular" height={height} aria-hidden />
          }
        >
          {children}
        </Suspense>
      </Box>
      <Button
        size="small"
        startIcon={<TableChartOutlinedIcon />}
        aria-expanded={showTable}
        aria-controls={tableId}
        onClick={() => setShowTable((shown) => !shown)}
        sx={{ mt: 0.5 }}
      >
        {translate(showTable ? 'cei.dashboard.chart.hideTable' : 'cei.dashboard.chart.showTable')}
      </Button>
      <Box
        id={tableId}
        hidden={!showTable}
        role="region"
        aria-label={translate('cei.dashboard.tableOf', { title })}
        // The table may scroll sideways: the keyboard must reach it.
        tabIndex={0}
        sx={{ overflowX: 'auto' }}
      >
        <Table size="small">
          <caption>{title}</caption>
          <TableHead>
            <TableRow>
              {table.columns.map((column) => (
                <TableCell key={column} scope="col">
                  {column}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {table.rows.map((row) => (
              <TableRow key={row.key}>
                <TableCell component="th" scope="row">
                  {row.cells[0]}
                </TableCell>
                {row.cells.slice(1).map((cell, index) => (
                  // A row's cells are its columns': the column names them.
                  <TableCell key={table.columns[index + 1] ?? index}>{cell}</TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
    </Box>
  );
}
