import { DataTable, List, NullableBooleanInput } from 'react-admin';
import { useAccess } from '../auth/useAccess';
import { CohortReferenceInput } from '../cohorts/CohortReferenceInput';
import { selectableRows } from '../common/bulk/SelectableRows';
import { col } from '../common/csvExport/columns';
import { EnumField, EnumInput } from '../common/enums';
import { ListActions } from '../common/ListActions';
import { personName } from '../common/people';
import { RecordLink } from '../common/RecordLink';
import { DayField } from '../common/values';
import { TeamReferenceInput } from '../teams/TeamReferenceInput';
import { EndMembershipsButton, membershipRowName } from './EndMembershipsButton';
import { PersonReferenceInput } from './PersonReferenceInput';

const filters = [
  <TeamReferenceInput key="teamId" helperText={false} />,
  <EnumInput key="role" source="role" enumName="TeamRole" alwaysOn />,
  <NullableBooleanInput key="active" source="active" alwaysOn helperText={false} />,
  <CohortReferenceInput key="cohortId" helperText={false} />,
];

/** Rows whose checkbox says whose membership it selects. */
const MembershipRows = selectableRows(membershipRowName);

const exportColumns = [
  col.person('person'),
  col.reference('team'),
  col.enum('role', 'TeamRole'),
  col.reference('organization'),
  col.day('startedOn'),
  col.day('endedOn'),
];
/**
 * Memberships of the teams the viewer covers. The person filter picks a person by searching
 * names, which liaisons and CBO partners may not do: they filter by team, role and cohort.
 */
export function MembershipList() {
  const { can } = useAccess();
  const searchesPeople = can('filter', 'people.q');
  const ends = can('end', 'memberships');
  return (
    <List
      actions={<ListActions exportColumns={exportColumns} />}
      filters={
        searchesPeople
          ? [...filters, <PersonReferenceInput key="personId" helperText={false} />]
          : filters
      }
      sort={{ field: 'startedOn', order: 'DESC' }}
    >
      <DataTable
        rowClick="show"
        bulkActionButtons={ends ? <EndMembershipsButton /> : false}
        // Only memberships still running can be ended.
        isRowSelectable={(membership) => !membership.endedOn}
        body={MembershipRows}
      >
        <DataTable.Col source="person" disableSort>
          <RecordLink source="person" reference="people" text={personName} />
        </DataTable.Col>
        <DataTable.Col source="team" disableSort>
          <RecordLink source="team" reference="teams" />
        </DataTable.Col>
        <DataTable.Col source="role">
          <EnumField source="role" enumName="TeamRole" />
        </DataTable.Col>
        <DataTable.Col source="organization" disableSort>
          <RecordLink source="organization" reference="organizations" />
        </DataTable.Col>
        <DataTable.Col source="startedOn" field={DayField} />
        <DataTable.Col source="endedOn" field={DayField} />
      </DataTable>
    </List>
  );
}
