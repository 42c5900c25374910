import {
  AutocompleteInput,
  DataTable,
  DateInput,
  List,
  ReferenceInput,
  TextInput,
} from 'react-admin';
import { col } from '../common/csvExport/columns';
import { EnumField, EnumInput } from '../common/enums';
import { ListActions } from '../common/ListActions';
import { endOfPacificDay, pacificDayOf, startOfPacificDay } from '../common/pacificDays';
import { RecordLink } from '../common/RecordLink';
import { InstantField } from '../common/values';

const filters = [
  <EnumInput key="action" source="action" enumName="AuditAction" alwaysOn />,
  <TextInput
    key="entity"
    source="entity"
    label="Record type"
    helperText={false}
    placeholder="Membership"
  />,
  <ReferenceInput
    key="actorId"
    source="actorId"
    reference="accounts"
    sort={{ field: 'email', order: 'ASC' }}
  >
    <AutocompleteInput optionText="email" label="Who" helperText={false} />
  </ReferenceInput>,
  <DateInput
    key="occurredAtFrom"
    source="occurredAtFrom"
    label="From"
    format={pacificDayOf}
    parse={startOfPacificDay}
    helperText={false}
    alwaysOn
  />,
  <DateInput
    key="occurredAtTo"
    source="occurredAtTo"
    label="To"
    format={pacificDayOf}
    parse={endOfPacificDay}
    helperText={false}
    alwaysOn
  />,
];

const exportColumns = [
  col.instant('occurredAt', { label: 'When' }),
  col.enum('action', 'AuditAction'),
  col.reference('actor', { label: 'Who', name: (actor) => actor.email }),
  col.enum('actorRole', 'Role', { label: 'As' }),
  col.text('entity', { label: 'Record type' }),
  col.text('summary'),
];
/** The audit log, newest first. Nobody edits it: no create, edit or delete. */
export function AuditEventList() {
  return (
    <List
      actions={<ListActions exportColumns={exportColumns} />}
      filters={filters}
      sort={{ field: 'occurredAt', order: 'DESC' }}
      exporter={false}
      perPage={50}
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="occurredAt" label="When" field={InstantField} />
        <DataTable.Col source="action" disableSort>
          <EnumField source="action" enumName="AuditAction" />
        </DataTable.Col>
        <DataTable.Col source="actor" label="Who" disableSort>
          <RecordLink
            source="actor"
            reference="accounts"
            text={(actor: { email?: string }) => actor.email}
          />
        </DataTable.Col>
        <DataTable.Col source="actorRole" label="As" disableSort>
          <EnumField source="actorRole" enumName="Role" emptyText="—" />
        </DataTable.Col>
        <DataTable.Col source="entity" label="Record type" disableSort />
        <DataTable.Col source="summary" disableSort />
      </DataTable>
    </List>
  );
}
