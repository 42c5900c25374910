import { OrganizationKind, Role } from '@cei/domain';
import { BooleanInput, DataTable, List, Loading, SearchInput, usePermissions } from 'react-admin';
import { CohortReferenceInput } from '../cohorts/CohortReferenceInput';
import { col } from '../common/csvExport/columns';
import { EnumField, EnumInput } from '../common/enums';
import { ListActions } from '../common/ListActions';
import { RecordLink } from '../common/RecordLink';
import { DayField } from '../common/values';
import { OrganizationReferenceInput } from '../organizations/OrganizationReferenceInput';

/**
 * "My teams": on, the teams the viewer covers; off, every team. Off is an empty value (which the
 * data provider leaves out of the query), not no value: react-admin would put a default back in
 * an empty filter.
 */
const myTeamsFilter = (
  <BooleanInput
    key="inScope"
    source="inScope"
    label="cei.teams.myTeams"
    alwaysOn
    parse={(checked: boolean) => (checked ? true : '')}
  />
);

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <CohortReferenceInput key="cohortId" helperText={false} />,
  <EnumInput key="status" source="status" enumName="TeamStatus" />,
  <OrganizationReferenceInput
    key="countyOfficeId"
    source="countyOfficeId"
    kind={OrganizationKind.COUNTY_OFFICE}
    helperText={false}
  />,
];

const exportColumns = [
  col.text('name'),
  col.reference('cohort'),
  col.reference('leadLea'),
  col.reference('focusSchool'),
  col.enum('status', 'TeamStatus'),
  col.day('joinedOn'),
  col.day('commitmentEndsOn'),
];
/** Who covers some teams only (docs/access.md): a choice of what to offer, not an access rule. */
const COVERS_SOME_TEAMS: readonly string[] = [Role.COE_LIAISON, Role.CBO_PARTNER, Role.TEAM_LEAD];

/**
 * Every team is public; those who cover only some (a liaison, a CBO partner, a team lead) open
 * the list on "My teams", a default they can clear (react-admin keeps the list's filters).
 */
export function TeamList() {
  const { permissions: role, isPending } = usePermissions<string | undefined>();
  // The first query must already carry the role's default filter.
  if (isPending) return <Loading />;
  const myTeams = COVERS_SOME_TEAMS.includes(role ?? '');
  return (
    <List
      actions={<ListActions exportColumns={exportColumns} />}
      filters={myTeams ? [myTeamsFilter, ...filters] : filters}
      filterDefaultValues={myTeams ? { inScope: true } : undefined}
      sort={{ field: 'name', order: 'ASC' }}
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="name" />
        <DataTable.Col source="cohort" disableSort>
          <RecordLink source="cohort" reference="cohorts" />
        </DataTable.Col>
        <DataTable.Col source="leadLea" disableSort>
          <RecordLink source="leadLea" reference="organizations" />
        </DataTable.Col>
        <DataTable.Col source="focusSchool" disableSort>
          <RecordLink source="focusSchool" reference="organizations" />
        </DataTable.Col>
        <DataTable.Col source="status">
          <EnumField source="status" enumName="TeamStatus" />
        </DataTable.Col>
        <DataTable.Col source="joinedOn" field={DayField} />
        <DataTable.Col source="commitmentEndsOn" field={DayField} />
      </DataTable>
    </List>
  );
}
