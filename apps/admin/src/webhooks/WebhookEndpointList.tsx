import { BooleanInput, DataTable, List, SearchInput } from 'react-admin';
import { useAccess } from '../auth/useAccess';
import { col } from '../common/csvExport/columns';
import { ListActions } from '../common/ListActions';
import { InstantField, LocaleNumberField } from '../common/values';
import { EndpointStatus, EventTypes } from './EndpointStatus';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <BooleanInput key="enabled" source="enabled" />,
];

const exportColumns = [
  col.text('url'),
  col.number('consecutiveFailures'),
  col.instant('disabledAt'),
  col.instant('createdAt'),
];

/** Webhook endpoints: an API partner's own, every partner's for CEI admins. */
export function WebhookEndpointList() {
  const { can } = useAccess();
  return (
    <List
      actions={<ListActions exportColumns={exportColumns} />}
      filters={filters}
      sort={{ field: 'createdAt', order: 'DESC' }}
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="url" />
        {can('edit', 'accounts') && (
          <DataTable.Col
            source="owner.email"
            label="resources.webhookEndpoints.fields.owner"
            disableSort
          />
        )}
        <DataTable.Col source="eventTypes" disableSort>
          <EventTypes />
        </DataTable.Col>
        <DataTable.Col label="cei.webhooks.status" disableSort>
          <EndpointStatus />
        </DataTable.Col>
        <DataTable.Col source="consecutiveFailures" field={LocaleNumberField} disableSort />
        <DataTable.Col source="createdAt" field={InstantField} />
      </DataTable>
    </List>
  );
}
