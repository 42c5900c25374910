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
    helperText={false}
    placeholder="cei.audit.entityPlaceholder"
  />,
  <ReferenceInput
    key="actorId"
    source="actorId"
    reference="accounts"
    sort={{ field: 'email', order: 'ASC' }}
  >
    <AutocompleteInput optionText="email" helperText={false} />
  </ReferenceInput>,
  <DateInput
    key="occurredAtFrom"
    source="occurredAtFrom"
    format={pacificDayOf}
    parse={startOfPacificDay}
    helperText={false}
    alwaysOn
  />,
  <DateInput
    key="occurredAtTo"
    source="occurredAtTo"
    format={pacificDayOf}
    parse={endOfPacificDay}
    helperText={false}
    alwaysOn
  />,
];

const exportColumns = [
  col.instant('occurredAt'),
  col.enum('action', 'AuditAction'),
  col.reference('actor', { name: (actor) => actor.email }),
  col.enum('actorRole', 'Role'),
  col.text('entity'),
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
        <DataTable.Col source="occurredAt" field={InstantField} />
        <DataTable.Col source="action" disableSort>
          <EnumField source="action" enumName="AuditAction" />
        </DataTable.Col>
        <DataTable.Col source="actor" disableSort>
          <RecordLink
            source="actor"
            reference="accounts"
            text={(actor: { email?: string }) => actor.email}
          />
        </DataTable.Col>
        <DataTable.Col source="actorRole" disableSort>
          <EnumField source="actorRole" enumName="Role" emptyText="—" />
        </DataTable.Col>
        <DataTable.Col source="entity" disableSort />
        <DataTable.Col source="summary" disableSort />
      </DataTable>
    </List>
  );
}
