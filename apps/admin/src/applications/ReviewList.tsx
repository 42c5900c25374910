import { DataTable, List } from 'react-admin';
import { RecordLink } from '../common/RecordLink';
import { InstantField, LocaleNumberField } from '../common/values';
import { applicationName } from './applicationName';

export function ReviewList() {
  return (
    <List sort={{ field: 'submittedAt', order: 'DESC' }}>
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
