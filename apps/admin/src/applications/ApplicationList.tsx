import { Stack } from '@mui/material';
import { DataTable, List } from 'react-admin';
import { CohortReferenceInput } from '../cohorts/CohortReferenceInput';
import { col } from '../common/csvExport/columns';
import { EnumField, EnumInput } from '../common/enums';
import { ListActions } from '../common/ListActions';
import { RecordLink } from '../common/RecordLink';
import { InstantField, LocaleNumberField } from '../common/values';
import { LateBadge } from './ApplicationBadges';

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
 * Letters of interest with their status, lateness, score and rank in their cohort. A cohort's
 * page lists its applications in rank order (the Ranking tab).
 */
export function ApplicationList() {
  return (
    <List
      actions={<ListActions exportColumns={exportColumns} />}
      filters={filters}
      sort={{ field: 'submittedAt', order: 'DESC' }}
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="lea" disableSort>
          <RecordLink source="lea" reference="organizations" />
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
      </DataTable>
    </List>
  );
}
