import { Box, Stack } from '@mui/material';
import { DataTable, List, TextField } from 'react-admin';
import { useAccess } from '../auth/useAccess';
import { CohortReferenceInput } from '../cohorts/CohortReferenceInput';
import { col } from '../common/csvExport/columns';
import { EnumField, EnumInput } from '../common/enums';
import { ListActions } from '../common/ListActions';
import { RecordLink } from '../common/RecordLink';
import { InstantField, LocaleNumberField } from '../common/values';
import { ApplicationActions } from './ApplicationActions';
import { LateBadge } from './ApplicationBadges';
import { ApplicationStatusTabs } from './ApplicationStatusTabs';

const filters = [
  <CohortReferenceInput key="cohortId" helperText={false} alwaysOn />,
  <EnumInput key="status" source="status" enumName="ApplicationStatus" alwaysOn />,
];

const exportColumns = [
  col.reference('lea'),
  col.reference('cohort'),
  // As the column shows it: the status, and "Late" beside it for a late letter.
  col.custom('status', (application, context) => {
    const status = col.enum('status', 'ApplicationStatus').value(application, context);
    return application.isLate
      ? `${status} (${context.translate('cei.applications.late')})`
      : status;
  }),
  col.instant('submittedAt'),
  col.number('totalScore'),
  col.number('rank'),
];

/**
 * The applications board: a tab per status with its count, the letters with their lateness,
 * score and rank in their cohort, and on each row the steps its status allows. A row (the
 * applicant's name included) opens the application, not the applicant's organization. A
 * cohort's page lists its applications in rank order (the Ranking tab).
 */
export function ApplicationList() {
  const { can } = useAccess();
  const movesOn = can('startReview', 'applications');
  return (
    <List
      actions={<ListActions exportColumns={exportColumns} />}
      filters={filters}
      sort={{ field: 'submittedAt', order: 'DESC' }}
    >
      <ApplicationStatusTabs />
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="lea" disableSort>
          <TextField source="lea.name" />
        </DataTable.Col>
        <DataTable.Col source="cohort" disableSort>
          <RecordLink source="cohort" reference="cohorts" />
        </DataTable.Col>
        <DataTable.Col source="status">
          <Stack direction="row" gap={1} alignItems="center">
            <EnumField source="status" enumName="ApplicationStatus" />
            <LateBadge />
          </Stack>
        </DataTable.Col>
        <DataTable.Col source="submittedAt" field={InstantField} />
        <DataTable.Col source="totalScore" disableSort>
          <LocaleNumberField source="totalScore" options={{ maximumFractionDigits: 1 }} />
        </DataTable.Col>
        <DataTable.Col source="rank" field={LocaleNumberField} disableSort />
        {movesOn && (
          <DataTable.Col label="cei.common.actions" disableSort>
            {/* The buttons act on the row; a click on them does not also open it. */}
            <Box onClick={(event) => event.stopPropagation()}>
              <ApplicationActions />
            </Box>
          </DataTable.Col>
        )}
      </DataTable>
    </List>
  );
}
