import { DataTable, List } from 'react-admin';
import { useAccess } from '../auth/useAccess';
import { CohortReferenceInput } from '../cohorts/CohortReferenceInput';
import { col } from '../common/csvExport/columns';
import { EnumField, EnumInput } from '../common/enums';
import { ListActions } from '../common/ListActions';
import { RecordLink } from '../common/RecordLink';
import { DayField, MoneyField } from '../common/values';
import { ProgramYearInput } from '../convenings/ProgramYearInput';
import { TeamReferenceInput } from '../teams/TeamReferenceInput';
import { StipendActions } from './FundingActions';
import { FundingTotals } from './FundingTotals';

const filters = [
  <CohortReferenceInput key="cohortId" helperText={false} alwaysOn />,
  <ProgramYearInput key="programYear" helperText={false} alwaysOn />,
  <TeamReferenceInput key="teamId" helperText={false} />,
  <EnumInput key="status" source="status" enumName="StipendStatus" />,
];

const exportColumns = [
  col.reference('team'),
  col.text('programYear'),
  col.money('amount'),
  col.enum('status', 'StipendStatus'),
  col.day('dueOn'),
  col.day('paidOn'),
];
/** Stipends per team and year, with the totals against the appropriation and the next step. */
export function StipendList() {
  const { can } = useAccess();
  const acting = can('approve', 'stipends') || can('pay', 'stipends');
  return (
    <List
      actions={<ListActions exportColumns={exportColumns} />}
      filters={filters}
      sort={{ field: 'programYear', order: 'DESC' }}
    >
      <FundingTotals focus="stipends" />
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="team" disableSort>
          <RecordLink source="team" reference="teams" />
        </DataTable.Col>
        <DataTable.Col source="programYear" />
        <DataTable.Col source="amount" field={MoneyField} disableSort />
        <DataTable.Col source="status">
          <EnumField source="status" enumName="StipendStatus" />
        </DataTable.Col>
        <DataTable.Col source="dueOn" field={DayField} />
        <DataTable.Col source="paidOn" field={DayField} disableSort />
        {acting && (
          <DataTable.Col label="cei.common.actions" disableSort>
            <StipendActions />
          </DataTable.Col>
        )}
      </DataTable>
    </List>
  );
}
