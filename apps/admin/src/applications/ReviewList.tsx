import { DataTable, List } from 'react-admin';
import { col } from '../common/csvExport/columns';
import { ListActions } from '../common/ListActions';
import { RecordLink } from '../common/RecordLink';
import { InstantField, LocaleNumberField } from '../common/values';
import { applicationName } from './applicationName';

const exportColumns = [
  col.reference('application', { name: applicationName }),
  col.text('reviewer.displayName', { label: 'cei.reviews.reviewer' }),
  col.number('totalScore'),
  col.instant('submittedAt'),
  col.text('comment'),
];
export function ReviewList() {
  return (
    <List
      actions={<ListActions exportColumns={exportColumns} />}
      sort={{ field: 'submittedAt', order: 'DESC' }}
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="application" disableSort>
          <RecordLink source="application" reference="applications" text={applicationName} />
        </DataTable.Col>
        <DataTable.Col source="reviewer.displayName" label="cei.reviews.reviewer" disableSort />
        <DataTable.Col source="totalScore" field={LocaleNumberField} disableSort />
        <DataTable.Col source="submittedAt" field={InstantField} />
        <DataTable.Col source="comment" disableSort />
      </DataTable>
    </List>
  );
}
