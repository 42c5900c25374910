import {
  Box,
  Button,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useId } from 'react';
import { useGetRecordRepresentation, useTranslate } from 'react-admin';
import { useUiLanguage } from '../common/enums';
import { formatInstant } from '../common/values';
import type { ConflictChoice, EditConflict } from './conflictBroker';
import { conflictRows, displayValue } from './editConflict';

/** The comparison of the user's version with the current one, and their three choices. */
export function ConflictComparison({
  conflict,
  decide,
}: {
  conflict: EditConflict;
  decide(choice: ConflictChoice): void;
}) {
  const translate = useTranslate();
  const language = useUiLanguage();
  const represent = useGetRecordRepresentation(conflict.resource);
  const titleId = useId();
  const introId = useId();
  const rows = conflictRows(conflict);
  const words = {
    empty: translate('cei.conflicts.empty'),
    yes: translate('cei.conflicts.yes'),
    no: translate('cei.conflicts.no'),
  };
  const show = (field: string, value: unknown) =>
    displayValue(conflict, field, value, language, words);
  const record = `${translate(`resources.${conflict.resource}.name`, { smart_count: 1 })} “${represent(conflict.theirs as never)}”`;
  const savedAt = conflict.theirs.updatedAt;

  return (
    <Dialog
      open
      maxWidth="md"
      fullWidth
      onClose={() => decide('cancel')}
      aria-labelledby={titleId}
      aria-describedby={introId}
    >
      <DialogTitle id={titleId}>{translate('cei.conflicts.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText id={introId} sx={{ mb: 2 }}>
          {typeof savedAt === 'string'
            ? translate('cei.conflicts.intro', {
                record,
                time: formatInstant(savedAt, language),
              })
            : translate('cei.conflicts.introNoTime', { record })}
        </DialogContentText>
        {rows.length === 0 ? (
          <Typography>{translate('cei.conflicts.noDifferences')}</Typography>
        ) : (
          <Table size="small" aria-label={translate('cei.conflicts.caption')}>
            <TableHead>
              <TableRow>
                <TableCell component="th" scope="col">
                  {translate('cei.conflicts.field')}
                </TableCell>
                <TableCell component="th" scope="col">
                  {translate('cei.conflicts.mine')}
                </TableCell>
                <TableCell component="th" scope="col">
                  {translate('cei.conflicts.theirs')}
                </TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((row) => (
                <TableRow key={row.field} data-field={row.field}>
                  <TableCell component="th" scope="row" sx={{ verticalAlign: 'top' }}>
                    <Box>{translate(`resources.${conflict.resource}.fields.${row.field}`)}</Box>
                    <Chip
                      size="small"
                      variant="outlined"
                      label={translate(`cei.conflicts.changedBy.${row.changedBy}`)}
                      sx={{ mt: 0.5 }}
                    />
                  </TableCell>
                  <TableCell sx={{ verticalAlign: 'top', whiteSpace: 'pre-wrap' }}>
                    {show(row.field, row.mine)}
                  </TableCell>
                  <TableCell sx={{ verticalAlign: 'top', whiteSpace: 'pre-wrap' }}>
                    {show(row.field, row.theirs)}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        <Typography variant="body2" sx={{ mt: 2 }}>
          {translate('cei.conflicts.explainMine')}
        </Typography>
        <Typography variant="body2">{translate('cei.conflicts.explainTheirs')}</Typography>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => decide('cancel')}>{translate('cei.conflicts.backToForm')}</Button>
        <Button variant="outlined" onClick={() => decide('theirs')}>
          {translate('cei.conflicts.keepTheirs')}
        </Button>
        <Button variant="contained" onClick={() => decide('mine')}>
          {translate('cei.conflicts.applyMine')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
